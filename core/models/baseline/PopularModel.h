#pragma once
// "popular": the training popularity of each item (event count, optionally time-decayed), optionally
// blended with the popularity inside the visitor's category.
//
// Time decay: an event of age a before the training cutoff weighs 2^(-a / half_life). The exponential only
// rescales every weight by the same factor when the reference moves, so we measure ages from the latest
// training event: the normalised scores equal those measured from the cutoff, and no event gets a weight
// above 1. half_life_days = 0 turns decay off (plain counts).
//
// Per category: the visitor's category is the most frequent category of the history's events (ties: the
// one seen last), or the category of the most recent event (per_category = most_recent). The score is
//   (1 - category_blend) * pop(i) / max pop  +  category_blend * pop(i) / max pop in c   (i in c; else 0),
// so with an empty or uncategorised history the list is the global one.
#include <vector>

#include "models/Recommender.h"

namespace vitrina::models {

class PopularRecommender final : public Recommender {
public:
    PopularRecommender() : Recommender("popular", specs()) {}
    /// The declared parameters (static data, shared with the catalogue entry).
    static const ParamSpecs& specs();
    ScoreKind scoreKind() const override { return ScoreKind::Dense; }
    void score(const Query& query, std::span<float> scores) const override;
    std::vector<Reason> explain(const Query& query, data::ItemIndex item) const override;
    /// Without a category part (per_category none, or a visitor without a category) every query ranks alike.
    const FixedRanking* fixedRanking(const Query& query) const override;
    std::uint64_t memoryBytes() const override;

    /// The (decayed) popularity of an item; 0 for an item without training events.
    double popularity(data::ItemIndex item) const { return popularity_[item]; }

protected:
    void fitModel(const TrainingSet& train, const FitContext& ctx) override;
    void saveState(util::ByteWriter& out) const override;
    void loadState(util::ByteReader& in, const TrainingSet& train) override;

private:
    std::vector<double> popularity_;
    std::vector<data::CategoryIndex> itemCategory_;
    std::vector<double> categoryMax_; ///< largest popularity per category
    double globalMax_ = 0.0;
    FixedRanking global_; ///< the ranking and score() of a query without a category part

    void cacheGlobalScores(const TrainingSet& train);

    data::CategoryIndex visitorCategory(const Query& query) const;
    struct Parts {
        double global = 0.0;
        double category = 0.0;
    };
    /// The weight of the within-category part for a visitor of this category (0 without one).
    double blendFor(data::CategoryIndex visitorCategory) const;
    Parts parts(data::ItemIndex item, data::CategoryIndex visitorCategory, double blend) const;
};

} // namespace vitrina::models
