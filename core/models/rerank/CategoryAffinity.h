#pragma once
// "<inner>+cat": category-affinity re-ranking of the inner model's top N. The visitor's category profile
// (the history's event weights 1 / 3 / 5 summed per category, divided by the largest) is blended with the
// inner score min-max normalised over the block:  (1 - beta) * rel(i) + beta * profile(category(i)).
// Ties keep the inner order, so beta = 0 (or an empty history) returns the inner list.
#include <memory>

#include "models/rerank/Reranker.h"

namespace vitrina::models {

class CategoryAffinityRecommender final : public RerankingRecommender {
public:
    explicit CategoryAffinityRecommender(std::unique_ptr<Recommender> inner)
        : RerankingRecommender(std::move(inner), "cat", specs()) {}
    /// The wrapper's own parameters (static data, shared with the catalogue's re-ranker entry).
    static const ParamSpecs& specs();

protected:
    std::size_t blockSize() const override;
    void rerank(const Query& query, std::vector<data::ItemIndex>& block,
                const std::vector<float>& innerScores) const override;
    void prepare(const TrainingSet& train) override;

private:
    std::vector<data::CategoryIndex> itemCategory_;
};

} // namespace vitrina::models
