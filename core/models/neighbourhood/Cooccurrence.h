#pragma once
// "cooc" ("bought together"): co-occurrence of items in baskets with lift (core/models/README.md, cooc).
//
// Baskets: the distinct items added to cart or bought in one session (training events only), and the items
// of one transaction id. A transaction whose events all lie in one session is already inside that session's
// basket and is not counted twice; a transaction spread over several sessions is a basket of its own.
// lift_ij = N C_ij / (C_i C_j), N = number of baskets, C_i = baskets holding i, C_ij = baskets holding both;
// pairs with C_ij below min_support are dropped, and each anchor keeps its k largest lifts.
//
// A split without a single basket of two items (the session-rec presets keep views only) would leave the model
// empty, every candidate tied and every list from the fallback: then the baskets are the distinct items viewed
// in one session ("viewed together"), the explanation says "because you viewed X", and
// basketsFromSessionViews() tells the caller so.
//
// Scoring: anchors are the history's items, an item carted or bought weighing 1 and an item only viewed
// weighing view_weight (views are a weaker anchor: they reach far more visitors than carts do, which is what
// lets the model say something for the many visitors without a cart; view_weight = 0 turns that off).
// score(j) = sum over anchors a of weight(a) * lift_aj. A Sparse model.
//
// Defaults (min_support = 1, view_weight = 0.25, k = 100) were chosen on a validation week of the generator's
// full-size output (carts and purchases, rolling lists): NDCG@10 .029 with support 1 against .013 with 2
// (most carted pairs are rare there); view anchors .013 against .009 without them at support 2, and
// weights .25 and 1 within .001 of each other. On data with many more baskets a higher support is worth a try.
#include <cstdint>
#include <vector>

#include "data/InteractionMatrix.h"
#include "models/Recommender.h"

namespace vitrina::models {

struct CooccurrenceCounts {
    std::uint64_t baskets = 0;                ///< N
    std::vector<std::uint32_t> itemBaskets;   ///< C_i per item
    /// Pairs i != j with C_ij >= 1, both orders, sorted by (i, j).
    std::vector<std::uint32_t> first, second, together;
};

/// Counts baskets given as lists of distinct item indexes (< itemCount).
CooccurrenceCounts countCooccurrence(const std::vector<std::vector<data::ItemIndex>>& baskets, std::size_t itemCount);

/// The baskets of a training set (see the file comment), each sorted and distinct, in a fixed order.
std::vector<std::vector<data::ItemIndex>> trainingBaskets(const TrainingSet& train);
/// The distinct training items of each session, for a split without carts or purchases.
std::vector<std::vector<data::ItemIndex>> sessionViewBaskets(const TrainingSet& train);
/// Whether some basket holds two items (a pair to count).
bool anyPair(const std::vector<std::vector<data::ItemIndex>>& baskets);

class CoocRecommender final : public Recommender {
public:
    CoocRecommender() : Recommender("cooc", specs()) {}
    /// The declared parameters (static data, shared with the catalogue entry).
    static const ParamSpecs& specs();
    ScoreKind scoreKind() const override { return ScoreKind::Sparse; }
    void score(const Query& query, std::span<float> scores) const override;
    void scoreSparse(const Query& query, SparseRow& out) const override;
    /// BoughtTogether per anchor: item = the anchor, value = lift, share of the score.
    std::vector<Reason> explain(const Query& query, data::ItemIndex item) const override;
    std::uint64_t memoryBytes() const override;

    /// Row a = the items j bought together with anchor a, lift descending (ties: j ascending); values = lift.
    const data::CsrMatrix& lifts() const { return lifts_; }
    std::uint64_t basketCount() const { return basketCount_; }
    /// True when the split had no basket of two carted or bought items and sessions' views served instead.
    bool basketsFromSessionViews() const { return fromSessionViews_; }

protected:
    void fitModel(const TrainingSet& train, const FitContext& ctx) override;
    void saveState(util::ByteWriter& out) const override;
    void loadState(util::ByteReader& in, const TrainingSet& train) override;

private:
    data::CsrMatrix lifts_;
    std::uint64_t basketCount_ = 0;
    bool fromSessionViews_ = false;

    /// (anchor, weight) pairs of a query, anchors ascending.
    std::vector<std::pair<data::ItemIndex, float>> anchors(const Query& query) const;
    /// Calls add(item, value) for every lift contribution, in the order score() sums them.
    template <class Add> void accumulate(const Query& query, Add&& add) const;
};

} // namespace vitrina::models
