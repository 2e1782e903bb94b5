#include "models/baseline/RecentModel.h"

#include <algorithm>
#include <limits>

namespace vitrina::models {

const ParamSpecs& RecentRecommender::specs() {
    using util::MessageCode;
    static const ParamSpecs specs = {
        ParamSpec::integer("max_items", 100, 1, 10000, MessageCode::ParamRecentMaxItems),
        ParamSpec::choice("events", "any", {"any", "view"}, MessageCode::ParamRecentEvents),
    };
    return specs;
}

std::vector<data::ItemIndex> RecentRecommender::recentItems(const Query& query) const {
    const auto limit = static_cast<std::size_t>(parameters().integer("max_items"));
    const bool viewsOnly = parameters().choice("events") == "view";
    std::vector<data::ItemIndex> out;
    std::vector<data::ItemIndex> seen; // sorted, for the distinct test
    for (std::size_t e = query.items.size(); e-- > 0 && out.size() < limit;) {
        if (viewsOnly && query.types[e] != data::EventType::View) continue;
        const data::ItemIndex item = query.items[e];
        const auto at = std::lower_bound(seen.begin(), seen.end(), item);
        if (at != seen.end() && *at == item) continue;
        seen.insert(at, item);
        out.push_back(item);
    }
    return out;
}

void RecentRecommender::score(const Query& query, std::span<float> scores) const {
    const auto& candidates = training().candidates();
    for (std::size_t i = 0; i < scores.size(); ++i)
        scores[i] = candidates[i] ? 0.0f : -std::numeric_limits<float>::infinity();
    const auto items = recentItems(query);
    for (std::size_t r = 0; r < items.size(); ++r)
        if (items[r] < scores.size() && candidates[items[r]]) scores[items[r]] = 1.0f / static_cast<float>(r + 1);
}

void RecentRecommender::scoreSparse(const Query& query, SparseRow& out) const {
    const std::size_t n = training().itemCount();
    SparseScratch& scratch = SparseScratch::forThread(n);
    const auto items = recentItems(query);
    for (std::size_t r = 0; r < items.size(); ++r)
        if (items[r] < n) scratch.at(items[r]) = 1.0f / static_cast<float>(r + 1);
    scratch.collect(training().candidates(), out);
}

std::vector<Reason> RecentRecommender::explain(const Query& query, data::ItemIndex item) const {
    const auto items = recentItems(query);
    const auto it = std::find(items.begin(), items.end(), item);
    if (it == items.end()) return {};
    Reason r;
    r.kind = ReasonKind::RecentlyViewed;
    r.item = item;
    r.hasItem = true;
    r.share = 1.0;
    r.contribution = 1.0 / static_cast<double>(it - items.begin() + 1);
    r.value = static_cast<double>(it - items.begin()); // recency rank, 0 = the latest
    for (std::size_t e = query.items.size(); e-- > 0;)
        if (query.items[e] == item) {
            r.eventType = static_cast<std::uint8_t>(query.types[e]);
            break;
        }
    return {r};
}

} // namespace vitrina::models
