#include "models/ExclusionFilter.h"

#include <algorithm>

#include "util/Numbers.h"

namespace vitrina::models {
namespace {

/// Whether category `c` is, or descends from, one in `set`.
bool inCategories(const data::CategoryTree& tree, data::CategoryIndex c, const std::vector<data::CategoryIndex>& set) {
    for (std::size_t guard = 0; c != data::kNoCategory && guard < 64; ++guard) {
        if (std::find(set.begin(), set.end(), c) != set.end()) return true;
        c = tree.parent[static_cast<std::size_t>(c)];
    }
    return false;
}

} // namespace

ExclusionFilter::ExclusionFilter(const Query& query, const Exclusions& exclusions, const data::Dataset& dataset)
    : exclusions_(exclusions), dataset_(dataset), empty_(exclusions.empty()) {
    if (empty_) return;
    for (std::size_t e = 0; e < query.items.size(); ++e) {
        const bool bought = query.types[e] == data::EventType::Transaction;
        if (exclusions.alreadySeen || (exclusions.alreadyBought && bought)) listed_.push_back(query.items[e]);
    }
    listed_.insert(listed_.end(), exclusions.items.begin(), exclusions.items.end());
    std::sort(listed_.begin(), listed_.end());
    listed_.erase(std::unique(listed_.begin(), listed_.end()), listed_.end());
}

bool ExclusionFilter::categoryExcluded(data::ItemIndex item) const {
    if (exclusions_.includeCategories.empty() && exclusions_.excludeCategories.empty()) return false;
    const data::CategoryIndex c = dataset_.items.latestCategory(item);
    if (!exclusions_.includeCategories.empty() && !inCategories(dataset_.categories, c, exclusions_.includeCategories))
        return true;
    return !exclusions_.excludeCategories.empty() && inCategories(dataset_.categories, c, exclusions_.excludeCategories);
}

bool ExclusionFilter::excluded(data::ItemIndex item) const {
    if (empty_) return false;
    return std::binary_search(listed_.begin(), listed_.end(), item) || categoryExcluded(item);
}

void ExclusionFilter::apply(std::span<float> scores) const {
    if (empty_) return;
    for (const data::ItemIndex i : listed_)
        if (i < scores.size()) scores[i] = kExcluded;
    if (exclusions_.includeCategories.empty() && exclusions_.excludeCategories.empty()) return;
    for (std::size_t i = 0; i < scores.size(); ++i)
        if (scores[i] != kExcluded && categoryExcluded(static_cast<data::ItemIndex>(i))) scores[i] = kExcluded;
}

} // namespace vitrina::models
