#pragma once
// "<inner>+mmr": maximal marginal relevance (Carbonell & Goldstein 1998) over the inner model's top N.
// Greedily picks the item maximising  lambda * rel(i) - (1 - lambda) * max over picked j of sim(i, j),
// rel = the inner score min-max normalised over the block; ties go to the better inner rank, so lambda = 1
// returns the inner list. sim: same leaf category (1 or 0), same root category, or the cosine of the items'
// training visitor sets (binary), computed for the block's pairs at query time. The visitor sets come from the
// training set (fit and load alike), so the saved state is the inner model alone.
#include <memory>

#include "data/InteractionMatrix.h"
#include "models/rerank/Reranker.h"

namespace vitrina::models {

class MmrRecommender final : public RerankingRecommender {
public:
    explicit MmrRecommender(std::unique_ptr<Recommender> inner)
        : RerankingRecommender(std::move(inner), "mmr", specs()) {}
    /// The wrapper's own parameters (static data, shared with the catalogue's re-ranker entry).
    static const ParamSpecs& specs();

protected:
    std::size_t blockSize() const override;
    void rerank(const Query& query, std::vector<data::ItemIndex>& block,
                const std::vector<float>& innerScores) const override;
    void prepare(const TrainingSet& train) override;

private:
    enum class Similarity : std::uint8_t { Category, RootCategory, Cosine };
    Similarity similarity_ = Similarity::Category;
    std::vector<data::CategoryIndex> itemCategory_;
    std::shared_ptr<const data::CsrMatrix> visitorItem_; ///< binary, shared with the training set's cache
    data::CsrMatrix itemVisitor_;

    /// Row-major block x block similarities.
    std::vector<double> blockSimilarity(const std::vector<data::ItemIndex>& block) const;
};

} // namespace vitrina::models
