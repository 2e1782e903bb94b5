#pragma once
// Hand-made event logs and a synthetic co-view dataset for the model tests (no files involved).
#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "data/Dataset.h"
#include "data/Sessions.h"
#include "models/ParamsJson.h"
#include "models/Recommender.h"
#include "models/TrainingSet.h"
#include "util/Random.h"

namespace vitrina::test {

struct HandEvent {
    std::int64_t visitor = 0;
    std::int64_t timeMs = 0;
    std::int64_t item = 0;
    data::EventType type = data::EventType::View;
    std::int64_t transaction = -1;
};

/// A dataset from raw events (sorted by visitor then time here, ties in the given order). `itemCategory` maps
/// raw item -> raw category; `categoryParent` lists every category with its raw parent (-1 for a root).
inline std::shared_ptr<data::Dataset> handDataset(std::vector<HandEvent> events,
                                                  const std::vector<std::pair<std::int64_t, std::int64_t>>& itemCategory = {},
                                                  const std::vector<std::pair<std::int64_t, std::int64_t>>& categoryParent = {}) {
    std::stable_sort(events.begin(), events.end(), [](const HandEvent& a, const HandEvent& b) {
        return a.visitor < b.visitor || (a.visitor == b.visitor && a.timeMs < b.timeMs);
    });
    const auto distinctSorted = [](std::vector<std::int64_t> v) {
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
        return v;
    };
    std::vector<std::int64_t> visitors, items, categories;
    for (const auto& e : events) {
        visitors.push_back(e.visitor);
        items.push_back(e.item);
    }
    for (const auto& [c, parent] : categoryParent) categories.push_back(c);
    auto ds = std::make_shared<data::Dataset>();
    ds->name = "hand";
    ds->visitors = data::IdMap(distinctSorted(visitors));
    ds->items.ids = data::IdMap(distinctSorted(items));
    ds->categories.ids = data::IdMap(distinctSorted(categories));

    auto& log = ds->events;
    for (const auto& e : events) {
        log.timestamp.push_back(e.timeMs);
        log.visitor.push_back(*ds->visitors.find(e.visitor));
        log.item.push_back(*ds->items.ids.find(e.item));
        log.type.push_back(e.type);
        log.transaction.push_back(e.transaction);
    }
    log.visitorOffsets.assign(ds->visitors.size() + 1, 0);
    for (const auto v : log.visitor) ++log.visitorOffsets[v + 1];
    for (std::size_t v = 0; v < ds->visitors.size(); ++v) log.visitorOffsets[v + 1] += log.visitorOffsets[v];

    auto& tree = ds->categories;
    const std::size_t nc = tree.ids.size();
    tree.parent.assign(nc, data::kNoCategory);
    tree.root.assign(nc, data::kNoCategory);
    tree.level.assign(nc, 1);
    for (const auto& [c, parent] : categoryParent)
        if (parent >= 0) tree.parent[*tree.ids.find(c)] = static_cast<data::CategoryIndex>(*tree.ids.find(parent));
    for (std::size_t c = 0; c < nc; ++c) {
        auto r = static_cast<data::CategoryIndex>(c);
        std::uint8_t level = 1;
        while (tree.parent[static_cast<std::size_t>(r)] != data::kNoCategory) {
            r = tree.parent[static_cast<std::size_t>(r)];
            ++level;
        }
        tree.root[c] = r;
        tree.level[c] = level;
    }

    auto& cat = ds->items.category;
    cat.offsets.assign(ds->items.size() + 1, 0);
    std::vector<std::pair<data::ItemIndex, data::CategoryIndex>> assigned;
    for (const auto& [item, c] : itemCategory)
        if (const auto i = ds->items.ids.find(item))
            assigned.emplace_back(*i, static_cast<data::CategoryIndex>(*tree.ids.find(c)));
    std::sort(assigned.begin(), assigned.end());
    for (const auto& [i, c] : assigned) {
        ++cat.offsets[i + 1];
        cat.time.push_back(0);
        cat.value.push_back(c);
    }
    for (std::size_t i = 0; i < ds->items.size(); ++i) cat.offsets[i + 1] += cat.offsets[i];
    return ds;
}

/// A training set over the events before `cutoffMs` (every event when cutoffMs is 0), sessions at `gapMs`.
inline std::shared_ptr<models::TrainingSet> trainingBefore(const std::shared_ptr<const data::Dataset>& ds,
                                                            std::int64_t cutoffMs = 0,
                                                            std::int64_t gapMs = data::kDefaultSessionGapMs) {
    std::vector<std::uint8_t> mask(ds->events.size(), 1);
    if (cutoffMs != 0)
        for (std::size_t e = 0; e < mask.size(); ++e) mask[e] = ds->events.timestamp[e] < cutoffMs ? 1 : 0;
    auto sessions = std::make_shared<const data::SessionIndex>(data::buildSessions(ds->events, gapMs));
    return std::make_shared<models::TrainingSet>(ds, std::move(mask), sessions, cutoffMs);
}

/// A query that owns its events (dense item indexes).
struct OwnedQuery {
    std::vector<data::ItemIndex> items;
    std::vector<data::EventType> types;
    std::vector<std::int64_t> times;
    std::size_t sessionBegin = 0;
    std::int64_t at = 0;
    std::optional<data::VisitorIndex> visitor;

    void add(data::ItemIndex item, data::EventType type, std::int64_t time) {
        items.push_back(item);
        types.push_back(type);
        times.push_back(time);
        at = time + 1;
    }
    models::Query query() const {
        models::Query q;
        q.items = items;
        q.types = types;
        q.times = times;
        q.sessionBegin = sessionBegin;
        q.at = at;
        q.visitor = visitor;
        return q;
    }
};

/// Parameter values written as a JSON object literal ({{"k", 5}}), for specs and records.
inline models::ParamValues paramsOf(const nlohmann::json& object) { return models::paramValuesFromJson(object, "test"); }

/// The dense index of a raw item id.
inline data::ItemIndex itemOf(const data::Dataset& ds, std::int64_t raw) { return *ds.items.ids.find(raw); }

/// A log with co-view structure: items fall into clusters, a session stays in one cluster (mostly the
/// visitor's favourite), items and clusters have skewed popularity; some views turn into carts and buys.
/// The test period is the last 7 of 60 days.
struct CoviewData {
    std::shared_ptr<data::Dataset> dataset;
    std::shared_ptr<models::TrainingSet> train;
    std::vector<OwnedQuery> queries; ///< one per test visitor: every event before the visitor's last one
    std::vector<data::ItemIndex> targets;
};

inline CoviewData coviewData(std::uint64_t seed, int visitors = 3000, int clusters = 30, int perCluster = 20) {
    util::Rng rng(seed);
    constexpr std::int64_t kDay = 86'400'000;
    const std::int64_t cutoff = 53 * kDay;
    const auto skewed = [&](int n) { // P(r) proportional to 1 / (r + 1)
        double total = 0.0;
        for (int r = 0; r < n; ++r) total += 1.0 / (r + 1);
        double u = rng.uniform() * total;
        for (int r = 0; r < n; ++r) {
            u -= 1.0 / (r + 1);
            if (u <= 0.0) return r;
        }
        return n - 1;
    };
    std::vector<HandEvent> events;
    std::vector<std::pair<std::int64_t, std::int64_t>> itemCategory, categoryParent;
    for (int c = 0; c < clusters; ++c) categoryParent.emplace_back(1000 + c, -1);
    for (int c = 0; c < clusters; ++c)
        for (int i = 0; i < perCluster; ++i) itemCategory.emplace_back(c * perCluster + i, 1000 + c);
    std::int64_t transaction = 1;
    for (int v = 0; v < visitors; ++v) {
        const int favourite = skewed(clusters);
        const int sessions = 1 + static_cast<int>(rng.below(3));
        for (int s = 0; s < sessions; ++s) {
            std::int64_t t = static_cast<std::int64_t>(rng.below(60 * kDay - 3'600'000));
            const int cluster = rng.bernoulli(0.8) ? favourite : skewed(clusters);
            const int length = 2 + static_cast<int>(rng.below(5));
            std::vector<int> seen;
            for (int k = 0; k < length; ++k) {
                int pick = skewed(perCluster);
                for (int guard = 0; guard < 20 && std::find(seen.begin(), seen.end(), pick) != seen.end(); ++guard)
                    pick = skewed(perCluster);
                seen.push_back(pick);
                const std::int64_t item = cluster * perCluster + pick;
                events.push_back({v, t, item, data::EventType::View});
                t += 30'000 + static_cast<std::int64_t>(rng.below(120'000));
                if (rng.bernoulli(0.1)) {
                    events.push_back({v, t, item, data::EventType::AddToCart});
                    t += 20'000;
                    if (rng.bernoulli(0.3)) {
                        events.push_back({v, t, item, data::EventType::Transaction, transaction++});
                        t += 20'000;
                    }
                }
            }
        }
    }
    CoviewData out;
    out.dataset = handDataset(std::move(events), itemCategory, categoryParent);
    out.train = trainingBefore(out.dataset, cutoff);
    const auto& log = out.dataset->events;
    const auto& sessions = out.train->sessions();
    for (std::size_t v = 0; v < log.visitorCount(); ++v) {
        const std::uint64_t begin = log.begin(static_cast<data::VisitorIndex>(v));
        const std::uint64_t end = log.end(static_cast<data::VisitorIndex>(v));
        const std::uint64_t last = end - 1;
        if (log.timestamp[last] < cutoff || last == begin) continue;
        OwnedQuery q;
        for (std::uint64_t e = begin; e < last; ++e) q.add(log.item[e], log.type[e], log.timestamp[e]);
        q.sessionBegin = static_cast<std::size_t>(sessions.start[sessions.sessionOfEvent[last]] - begin);
        q.at = log.timestamp[last];
        q.visitor = static_cast<data::VisitorIndex>(v);
        out.queries.push_back(std::move(q));
        out.targets.push_back(log.item[last]);
    }
    return out;
}

/// Share of queries whose target is in the model's top k.
inline double hitRate(const models::Recommender& model, const CoviewData& data, int k) {
    std::vector<models::Query> queries;
    for (const auto& q : data.queries) queries.push_back(q.query());
    models::RecommendOptions options;
    options.k = k;
    const auto lists = model.recommendBatch(queries, options, 2);
    std::size_t hits = 0;
    for (std::size_t q = 0; q < lists.size(); ++q)
        hits += std::find(lists[q].items.begin(), lists[q].items.end(), data.targets[q]) != lists[q].items.end();
    return lists.empty() ? 0.0 : static_cast<double>(hits) / static_cast<double>(lists.size());
}

/// Sets `params` on `model`, fits it on `train` and hands it back.
template <class Model>
std::unique_ptr<Model> fitted(std::unique_ptr<Model> model,
                                                   const std::shared_ptr<models::TrainingSet>& train,
                                                   const nlohmann::json& params = nlohmann::json::object(),
                                                   std::uint64_t seed = 42, int threads = 1) {
    model->setParameters(params);
    models::FitContext ctx;
    ctx.seed = seed;
    ctx.threads = threads;
    model->fit(train, ctx);
    return model;
}

/// Lists of `model` for `queries`, one by one, and the same from recommendBatch (must be identical).
struct SingleAndBatch {
    std::vector<models::RecommendationList> single, batch;
};
inline SingleAndBatch listsOf(const models::Recommender& model, const std::vector<models::Query>& queries, int k = 10) {
    models::RecommendOptions options;
    options.k = k;
    SingleAndBatch out;
    for (const auto& q : queries) out.single.push_back(model.recommend(q, options));
    out.batch = model.recommendBatch(queries, options, 2);
    return out;
}

inline bool sameLists(const std::vector<models::RecommendationList>& a, const std::vector<models::RecommendationList>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t q = 0; q < a.size(); ++q)
        if (a[q].items != b[q].items || a[q].scores != b[q].scores || a[q].modelItems != b[q].modelItems) return false;
    return true;
}

/// Queries for a model round trip: each coview query (the first `limit`).
inline std::vector<models::Query> queriesOf(const CoviewData& data, std::size_t limit = 200) {
    std::vector<models::Query> out;
    for (std::size_t q = 0; q < data.queries.size() && q < limit; ++q) out.push_back(data.queries[q].query());
    return out;
}

/// Fits `model`, saves, loads into `fresh`, and checks single == batch == loaded lists on `queries`.
inline bool roundTripAgrees(const models::Recommender& model, models::Recommender& fresh,
                            const std::shared_ptr<models::TrainingSet>& train, const std::vector<models::Query>& queries) {
    const auto before = listsOf(model, queries);
    fresh.load(model.save(), train);
    const auto after = listsOf(fresh, queries);
    return sameLists(before.single, before.batch) && sameLists(before.single, after.single) &&
           sameLists(after.single, after.batch);
}

} // namespace vitrina::test
