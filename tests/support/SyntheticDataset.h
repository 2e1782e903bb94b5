#pragma once
// A synthetic Dataset built straight in memory (no CSV), with roughly the release's shape: most visitors have
// one event, sessions of a few minutes, a popularity-skewed item distribution, 96.7 / 2.5 / 0.8 % event mix,
// a category forest and category histories that sometimes change. For store tests and benchmarks where only
// the sizes and the layout matter; the generator (datasets/generator) is the realistic one.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "data/Dataset.h"
#include "util/Random.h"

namespace vitrina::test {

struct SyntheticShape {
    std::size_t visitors = 1'407'580;
    std::size_t items = 235'061;
    std::size_t categories = 1'669;
    std::size_t roots = 25;
    std::int64_t firstMs = 1'430'622'000'000; // 2015-05-03
    std::int64_t spanMs = 139LL * 86'400'000;
    bool names = false;
};

/// About 1.96 events per visitor (2.76 M events at the default 1.41 M visitors). Deterministic in `seed`.
inline data::Dataset syntheticDataset(const SyntheticShape& shape, std::uint64_t seed) {
    util::Rng rng(seed);
    data::Dataset d;
    d.name = "synthetic-" + std::to_string(seed);
    std::vector<std::int64_t> raw(shape.visitors);
    for (std::size_t v = 0; v < raw.size(); ++v) raw[v] = static_cast<std::int64_t>(v) * 3 + 1;
    d.visitors = data::IdMap(std::move(raw));
    raw.assign(shape.items, 0);
    for (std::size_t i = 0; i < raw.size(); ++i) raw[i] = static_cast<std::int64_t>(i) * 7 + 5;
    d.items.ids = data::IdMap(std::move(raw));

    auto& e = d.events;
    const std::size_t expected = shape.visitors * 2;
    e.timestamp.reserve(expected);
    e.visitor.reserve(expected);
    e.item.reserve(expected);
    e.type.reserve(expected);
    e.transaction.reserve(expected);
    e.visitorOffsets.reserve(shape.visitors + 1);
    e.visitorOffsets.push_back(0);
    std::int64_t nextTransaction = 1;
    for (std::size_t v = 0; v < shape.visitors; ++v) {
        // 70 % one event; otherwise 2 + a geometric tail (mean about 2.2 more)
        const std::uint64_t count = rng.bernoulli(0.70) ? 1 : 2 + rng.geometric(0.31);
        std::int64_t t = shape.firstMs + static_cast<std::int64_t>(rng.below(static_cast<std::uint64_t>(shape.spanMs)));
        const double skew = rng.uniform();
        for (std::uint64_t k = 0; k < count; ++k) {
            if (k > 0) // mostly within a session, sometimes days later
                t += rng.bernoulli(0.85) ? static_cast<std::int64_t>(rng.exponential(1.0 / 90'000.0))
                                         : static_cast<std::int64_t>(rng.exponential(1.0 / 2.6e8));
            const double u = rng.uniform();
            const data::EventType type = u < 0.9667   ? data::EventType::View
                                         : u < 0.9919 ? data::EventType::AddToCart
                                                      : data::EventType::Transaction;
            const double popularity = std::pow(rng.uniform() * 0.7 + skew * 0.3, 3.0);
            e.timestamp.push_back(t);
            e.visitor.push_back(static_cast<data::VisitorIndex>(v));
            e.item.push_back(static_cast<data::ItemIndex>(popularity * static_cast<double>(shape.items - 1)));
            e.type.push_back(type);
            e.transaction.push_back(type == data::EventType::Transaction ? nextTransaction++ : -1);
        }
        e.visitorOffsets.push_back(e.timestamp.size());
    }

    // Category forest: roots first, then each category hangs under an earlier one (depth grows slowly).
    auto& tree = d.categories;
    raw.assign(shape.categories, 0);
    for (std::size_t c = 0; c < raw.size(); ++c) raw[c] = static_cast<std::int64_t>(c) * 2 + 1;
    tree.ids = data::IdMap(std::move(raw));
    tree.parent.resize(shape.categories);
    tree.root.resize(shape.categories);
    tree.level.resize(shape.categories);
    for (std::size_t c = 0; c < shape.categories; ++c) {
        if (c < shape.roots) {
            tree.parent[c] = data::kNoCategory;
            tree.root[c] = static_cast<data::CategoryIndex>(c);
            tree.level[c] = 1;
        } else {
            const auto p = static_cast<std::size_t>(rng.below(c));
            tree.parent[c] = static_cast<data::CategoryIndex>(p);
            tree.root[c] = tree.root[p];
            tree.level[c] = static_cast<std::uint8_t>(std::min(6, tree.level[p] + 1));
        }
        if (shape.names) tree.names.push_back("Category " + std::to_string(c));
    }
    // 79 % of items have a category; one in ten of those moves to another category mid-way.
    auto& cat = d.items.category;
    auto& available = d.items.available;
    cat.offsets.push_back(0);
    available.offsets.push_back(0);
    for (std::size_t i = 0; i < shape.items; ++i) {
        if (rng.bernoulli(0.79)) {
            cat.time.push_back(shape.firstMs - 86'400'000);
            cat.value.push_back(static_cast<data::CategoryIndex>(rng.below(shape.categories)));
            if (rng.bernoulli(0.1)) {
                cat.time.push_back(shape.firstMs + shape.spanMs / 2);
                cat.value.push_back(static_cast<data::CategoryIndex>(rng.below(shape.categories)));
            }
        }
        cat.offsets.push_back(cat.time.size());
        for (std::int64_t week = 0; week < 3; ++week) {
            available.time.push_back(shape.firstMs + week * 7 * 86'400'000);
            available.value.push_back(static_cast<std::uint8_t>(rng.bernoulli(0.6)));
        }
        available.offsets.push_back(available.time.size());
        if (shape.names) d.items.names.push_back("Item " + std::to_string(i));
    }
    return d;
}

} // namespace vitrina::test
