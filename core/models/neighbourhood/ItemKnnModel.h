#pragma once
// "itemknn": item-based nearest neighbours (core/models/README.md, itemknn). Fit keeps the top-k most similar
// items of every item; a query's history, weighted by event type (view / addtocart / transaction, repeats
// combined by sum, max or binary), scores item j as  score(j) = sum over history items i of r_i * s_ij. Items
// of the history are not removed (the protocol decides). A Sparse model: the popularity fallback fills what
// the neighbourhoods do not reach.
//
// Defaults (k = 100, shrink = 30, combine = binary, so the event weights 1 / 3 / 5 only act with sum or max)
// were chosen on a validation week of the generator's full-size output (train before T - 14 d, carts and
// purchases of [T - 14 d, T - 7 d), rolling lists): NDCG@10 binary .184 (shrink 30) / .175 (shrink 10),
// max .128, sum .108, BM25 .129, TF-IDF .137. Weighting the query's history by event type while the
// similarity stays binary scored lower too (.165).
#include "data/InteractionMatrix.h"
#include "models/Recommender.h"
#include "models/neighbourhood/ItemSimilarity.h"

namespace vitrina::models {

/// Event weights and the repeat rule from a model's weight_view / weight_cart / weight_buy / combine
/// parameters (shared by the models that weigh history events).
data::EventWeights eventWeightsOf(const Params& params);
data::Combine combineOf(const Params& params);
/// The four parameter specs behind eventWeightsOf / combineOf.
ParamSpecs eventWeightSpecs(std::string_view defaultCombine);

class ItemKnnRecommender final : public Recommender {
public:
    ItemKnnRecommender() : Recommender("itemknn", specs()) {}
    /// The declared parameters (static data, shared with the catalogue entry).
    static const ParamSpecs& specs();
    ScoreKind scoreKind() const override { return ScoreKind::Sparse; }
    void score(const Query& query, std::span<float> scores) const override;
    void scoreSparse(const Query& query, SparseRow& out) const override;
    /// One BecauseViewed reason per history item with a stored similarity to `item`: contribution r_i * s_ij,
    /// share = contribution / score (the shares sum to 1). Largest contribution first.
    std::vector<Reason> explain(const Query& query, data::ItemIndex item) const override;
    std::uint64_t memoryBytes() const override;

    /// The stored neighbours (row i = neighbours of item i, similarity descending).
    const data::CsrMatrix& neighbours() const { return neighbours_; }

protected:
    void fitModel(const TrainingSet& train, const FitContext& ctx) override;
    void saveState(util::ByteWriter& out) const override;
    void loadState(util::ByteReader& in, const TrainingSet& train) override;

private:
    data::CsrMatrix neighbours_;

    /// Calls add(item, value) for every neighbour contribution, in the order score() sums them.
    template <class Add> void accumulate(const Query& query, Add&& add) const;
};

} // namespace vitrina::models
