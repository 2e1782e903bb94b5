#include "models/baseline/Categories.h"

#include <algorithm>

namespace vitrina::models {

std::vector<data::CategoryIndex> itemCategories(const data::Dataset& dataset, CategoryLevel level) {
    std::vector<data::CategoryIndex> out(dataset.items.size(), data::kNoCategory);
    const auto& roots = dataset.categories.root;
    for (std::size_t i = 0; i < out.size(); ++i) {
        data::CategoryIndex c = dataset.items.latestCategory(static_cast<data::ItemIndex>(i));
        if (c != data::kNoCategory && level == CategoryLevel::Root && static_cast<std::size_t>(c) < roots.size())
            c = roots[static_cast<std::size_t>(c)];
        out[i] = c;
    }
    return out;
}

double CategoryProfile::of(data::CategoryIndex c) const {
    const auto it = std::lower_bound(weights.begin(), weights.end(), c,
                                     [](const auto& entry, data::CategoryIndex key) { return entry.first < key; });
    return it != weights.end() && it->first == c ? it->second : 0.0;
}

CategoryProfile categoryProfile(const Query& query, const std::vector<data::CategoryIndex>& itemCategory,
                                const data::EventWeights& eventWeights) {
    CategoryProfile profile;
    for (std::size_t e = 0; e < query.items.size(); ++e) {
        const data::ItemIndex item = query.items[e];
        if (item >= itemCategory.size() || itemCategory[item] == data::kNoCategory) continue;
        profile.weights.emplace_back(itemCategory[item], eventWeights.of(query.types[e]));
    }
    std::sort(profile.weights.begin(), profile.weights.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::pair<data::CategoryIndex, double>> merged;
    for (const auto& entry : profile.weights) {
        if (!merged.empty() && merged.back().first == entry.first) merged.back().second += entry.second;
        else merged.push_back(entry);
    }
    double largest = 0.0;
    for (const auto& entry : merged) largest = std::max(largest, entry.second);
    if (largest <= 0.0) merged.clear();
    for (auto& entry : merged) entry.second /= largest;
    profile.weights = std::move(merged);
    return profile;
}

data::CategoryIndex mostFrequentCategory(const Query& query, const std::vector<data::CategoryIndex>& itemCategory) {
    // (category, count, last position) over the history
    struct Tally {
        data::CategoryIndex category;
        std::size_t count;
        std::size_t last;
    };
    std::vector<Tally> tallies;
    for (std::size_t e = 0; e < query.items.size(); ++e) {
        const data::ItemIndex item = query.items[e];
        if (item >= itemCategory.size() || itemCategory[item] == data::kNoCategory) continue;
        const data::CategoryIndex c = itemCategory[item];
        auto it = std::find_if(tallies.begin(), tallies.end(), [c](const Tally& t) { return t.category == c; });
        if (it == tallies.end()) tallies.push_back({c, 1, e});
        else {
            ++it->count;
            it->last = e;
        }
    }
    const Tally* best = nullptr;
    for (const auto& t : tallies)
        if (!best || t.count > best->count || (t.count == best->count && t.last > best->last)) best = &t;
    return best ? best->category : data::kNoCategory;
}

data::CategoryIndex mostRecentCategory(const Query& query, const std::vector<data::CategoryIndex>& itemCategory) {
    for (std::size_t e = query.items.size(); e-- > 0;) {
        const data::ItemIndex item = query.items[e];
        if (item < itemCategory.size() && itemCategory[item] != data::kNoCategory) return itemCategory[item];
    }
    return data::kNoCategory;
}

} // namespace vitrina::models
