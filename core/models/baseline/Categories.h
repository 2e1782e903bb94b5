#pragma once
// Item categories as the models see them, and a visitor's category profile from a query's history.
// Models use each item's latest known category, the same rule as the category exclusions in Recommender.
#include <cstdint>
#include <utility>
#include <vector>

#include "data/Dataset.h"
#include "data/InteractionMatrix.h"
#include "models/Query.h"

namespace vitrina::models {

enum class CategoryLevel : std::uint8_t { Leaf, Root };

/// Each item's latest known category (kNoCategory when unknown), lifted to its root for CategoryLevel::Root.
std::vector<data::CategoryIndex> itemCategories(const data::Dataset& dataset, CategoryLevel level);

/// The visitor's weight per category: the event weights of the history's events summed per category of
/// their item, divided by the largest (so the favourite category has 1). Categories ascending.
struct CategoryProfile {
    std::vector<std::pair<data::CategoryIndex, double>> weights;
    double of(data::CategoryIndex c) const;
    bool empty() const { return weights.empty(); }
};
CategoryProfile categoryProfile(const Query& query, const std::vector<data::CategoryIndex>& itemCategory,
                                const data::EventWeights& eventWeights);

/// The category a query's history points at: the one with the most events (ties: the one seen most
/// recently), or the category of the most recent event with a known category. kNoCategory when none.
data::CategoryIndex mostFrequentCategory(const Query& query, const std::vector<data::CategoryIndex>& itemCategory);
data::CategoryIndex mostRecentCategory(const Query& query, const std::vector<data::CategoryIndex>& itemCategory);

} // namespace vitrina::models
