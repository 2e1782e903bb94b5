#pragma once
// Re-rankers that sit on top of any model: a wrapper Recommender owning an inner model, with id
// "<inner id>+<suffix>" ("als+mmr", "itemknn+cat+mmr"). The catalogue (models/Catalogue.h) lists each
// re-ranker once and builds the wrapper from such ids.
//
// The wrapper reorders the inner model's top N (its own `*_candidates` parameter) and leaves the rest in
// the inner order below them: the reordered block gets scores 1 + (N - r) / N for r = 0..N-1, and every other
// candidate keeps its inner score divided by the largest absolute inner score (so it stays below the block,
// keeps its sign and therefore the Sparse / Dense reading of the inner model). Exclusions are applied after
// scoring, as for every model, so an excluded block item simply drops out of the reordered list.
//
// Parameters: the inner model's parameters under their own names, plus the wrapper's prefixed ones
// (mmr_lambda, cat_beta, ...); the wrapper forwards the inner ones before fitting or loading.
#include <memory>
#include <string>
#include <vector>

#include "models/Recommender.h"

namespace vitrina::models {

class RerankingRecommender : public Recommender {
public:
    /// `ownSpecs`: the wrapper's own parameters (static data; names must not clash with the inner model's).
    RerankingRecommender(std::unique_ptr<Recommender> inner, std::string suffix, const ParamSpecs& ownSpecs);

    ScoreKind scoreKind() const override { return inner_->scoreKind(); }
    void score(const Query& query, std::span<float> scores) const override;
    /// The inner model's reasons (re-ranking moves items; it does not change why they were found; their shares
    /// are shares of the inner score), then, for an item of the reordered block, a Reranked reason: value = the
    /// inner model's rank (1-based), component = the suffix, share and contribution 0.
    std::vector<Reason> explain(const Query& query, data::ItemIndex item) const override;
    std::uint64_t memoryBytes() const override;

    const Recommender& inner() const { return *inner_; }

protected:
    /// How many of the inner model's best items are reordered.
    virtual std::size_t blockSize() const = 0;
    /// Reorders `block` (the inner top N, best first; `innerScores[r]` = inner score of block[r]).
    virtual void rerank(const Query& query, std::vector<data::ItemIndex>& block,
                        const std::vector<float>& innerScores) const = 0;
    virtual void prepare(const TrainingSet& train) = 0; ///< after the inner fit or load

    void fitModel(const TrainingSet& train, const FitContext& ctx) final;
    void saveState(util::ByteWriter& out) const final;
    void loadState(util::ByteReader& in, const TrainingSet& train) final;

private:
    std::unique_ptr<Recommender> inner_;
    std::string suffix_;

    void forwardInnerParameters();
    static std::shared_ptr<const TrainingSet> borrowed(const TrainingSet& train);
};

/// Relevance of each block entry in [0, 1]: min-max of the inner scores over the block (1 when all equal).
std::vector<double> normalisedRelevance(const std::vector<float>& innerScores);

} // namespace vitrina::models
