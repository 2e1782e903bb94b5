#pragma once
// Builds a small in-memory Dataset from hand-written rows, the way the importer orders it: dense ids from
// sorted raw ids, events by visitor then time, ties in row order. For hand-computed analytics fixtures.
#include <algorithm>
#include <cstdint>
#include <map>
#include <numeric>
#include <string>
#include <vector>

#include "data/Dataset.h"

namespace vitrina::test {

struct RawEvent {
    std::int64_t visitor = 0;
    std::int64_t ms = 0;
    std::int64_t item = 0;
    data::EventType type = data::EventType::View;
    std::int64_t transaction = -1;
};

struct RawCategory {
    std::int64_t id = 0;
    std::int64_t parent = -1; ///< -1 for a root
    std::string name;
};

/// categoryid (or available) of an item from time `ms` on.
struct RawItemValue {
    std::int64_t item = 0;
    std::int64_t ms = 0;
    std::int64_t value = 0;
};

namespace detail {
template <class V>
data::TimedValues<V> timed(const data::IdMap& items, const std::vector<RawItemValue>& entries, auto convert) {
    data::TimedValues<V> t;
    if (entries.empty()) return t;
    std::vector<std::vector<std::pair<std::int64_t, V>>> perItem(items.size());
    for (const auto& e : entries)
        if (const auto i = items.find(e.item)) perItem[*i].push_back({e.ms, convert(e.value)});
    t.offsets.push_back(0);
    for (auto& list : perItem) {
        std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [ms, value] : list) {
            t.time.push_back(ms);
            t.value.push_back(value);
        }
        t.offsets.push_back(t.time.size());
    }
    return t;
}

inline std::vector<std::int64_t> sortedUnique(std::vector<std::int64_t> v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
}
} // namespace detail

inline data::Dataset buildDataset(const std::vector<RawEvent>& rows, const std::vector<RawCategory>& tree = {},
                                  const std::vector<RawItemValue>& itemCategories = {},
                                  const std::vector<RawItemValue>& itemAvailable = {}) {
    data::Dataset d;
    d.name = "fixture";
    std::vector<std::int64_t> visitors, items, categories;
    for (const auto& r : rows) {
        visitors.push_back(r.visitor);
        items.push_back(r.item);
    }
    for (const auto& c : tree) categories.push_back(c.id);
    d.visitors = data::IdMap(detail::sortedUnique(visitors));
    d.items.ids = data::IdMap(detail::sortedUnique(items));
    d.categories.ids = data::IdMap(detail::sortedUnique(categories));

    std::vector<std::size_t> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (rows[a].visitor != rows[b].visitor) return rows[a].visitor < rows[b].visitor;
        return rows[a].ms < rows[b].ms;
    });
    auto& e = d.events;
    e.visitorOffsets.assign(d.visitors.size() + 1, 0);
    for (const std::size_t k : order) {
        const auto& r = rows[k];
        const auto v = *d.visitors.find(r.visitor);
        e.timestamp.push_back(r.ms);
        e.visitor.push_back(v);
        e.item.push_back(*d.items.ids.find(r.item));
        e.type.push_back(r.type);
        e.transaction.push_back(r.transaction);
        ++e.visitorOffsets[v + 1];
    }
    for (std::size_t v = 0; v < d.visitors.size(); ++v) e.visitorOffsets[v + 1] += e.visitorOffsets[v];

    const std::size_t c = d.categories.size();
    d.categories.parent.assign(c, data::kNoCategory);
    d.categories.names.assign(c, std::string());
    for (const auto& cat : tree) {
        const auto i = *d.categories.ids.find(cat.id);
        if (cat.parent >= 0) d.categories.parent[i] = static_cast<data::CategoryIndex>(*d.categories.ids.find(cat.parent));
        d.categories.names[i] = cat.name;
    }
    d.categories.root.resize(c);
    d.categories.level.resize(c);
    for (std::size_t i = 0; i < c; ++i) {
        auto r = static_cast<data::CategoryIndex>(i);
        std::uint8_t level = 1;
        while (d.categories.parent[static_cast<std::size_t>(r)] != data::kNoCategory) {
            r = d.categories.parent[static_cast<std::size_t>(r)];
            ++level;
        }
        d.categories.root[i] = r;
        d.categories.level[i] = level;
    }
    d.items.category = detail::timed<data::CategoryIndex>(d.items.ids, itemCategories, [&](std::int64_t raw) {
        const auto i = d.categories.ids.find(raw);
        return i ? static_cast<data::CategoryIndex>(*i) : data::kNoCategory;
    });
    d.items.available = detail::timed<std::uint8_t>(d.items.ids, itemAvailable,
                                                    [](std::int64_t v) { return static_cast<std::uint8_t>(v != 0); });
    return d;
}

} // namespace vitrina::test
