#pragma once
// "recent": re-shows the items of the visitor's history, most recently interacted first (an item counts at
// its latest event), then the popularity fallback fills the list (a Sparse model). On RetailRocket most
// carts follow a view of the same item, which makes this the baseline a personalised model must beat.
#include "models/Recommender.h"

namespace vitrina::models {

class RecentRecommender final : public Recommender {
public:
    RecentRecommender() : Recommender("recent", specs()) {}
    /// The declared parameters (static data, shared with the catalogue entry).
    static const ParamSpecs& specs();
    ScoreKind scoreKind() const override { return ScoreKind::Sparse; }
    /// The item at recency rank r (0 = latest) scores 1 / (r + 1).
    void score(const Query& query, std::span<float> scores) const override;
    void scoreSparse(const Query& query, SparseRow& out) const override;
    std::vector<Reason> explain(const Query& query, data::ItemIndex item) const override;
    std::uint64_t memoryBytes() const override { return 0; }

protected:
    void fitModel(const TrainingSet&, const FitContext&) override {}
    void saveState(util::ByteWriter&) const override {}
    void loadState(util::ByteReader&, const TrainingSet&) override {}

private:
    /// Distinct history items, most recent first, at most max_items, filtered by the `events` parameter.
    std::vector<data::ItemIndex> recentItems(const Query& query) const;
};

} // namespace vitrina::models
