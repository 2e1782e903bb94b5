#include "explain/ExplainList.h"

#include <algorithm>

namespace vitrina::explain {

models::Reason fallbackReason(const models::TrainingSet& train, data::ItemIndex item) {
    models::Reason r;
    r.kind = models::ReasonKind::PopularFallback;
    r.share = 1.0;
    r.value = item < train.itemCount() ? static_cast<double>(train.itemEventCounts()[item]) : 0.0;
    return r;
}

std::vector<ExplainedItem> explainList(const models::Recommender& model, const models::TrainingSet& train,
                                       const models::Query& query, const models::RecommendationList& list) {
    std::vector<ExplainedItem> out;
    out.reserve(list.items.size());
    for (std::size_t p = 0; p < list.items.size(); ++p) {
        ExplainedItem e;
        e.item = list.items[p];
        e.score = p < list.scores.size() ? list.scores[p] : 0.0f;
        e.fromModel = p < list.modelItems;
        if (e.fromModel) e.reasons = model.explain(query, e.item);
        else e.reasons.push_back(fallbackReason(train, e.item));
        out.push_back(std::move(e));
    }
    return out;
}

bool namesHistoryItem(const models::Reason& r) {
    return r.hasItem && (r.kind == models::ReasonKind::BecauseViewed || r.kind == models::ReasonKind::BoughtTogether ||
                         r.kind == models::ReasonKind::RecentlyViewed);
}

std::optional<data::ItemIndex> strongestHistoryItem(const std::vector<models::Reason>& reasons) {
    std::vector<std::pair<data::ItemIndex, double>> shares; // per named item, in order of first mention
    for (const models::Reason& r : reasons) {
        if (!namesHistoryItem(r)) continue;
        auto it = std::find_if(shares.begin(), shares.end(), [&](const auto& s) { return s.first == r.item; });
        if (it == shares.end()) shares.emplace_back(r.item, r.share);
        else it->second += r.share;
    }
    std::optional<data::ItemIndex> best;
    double bestShare = 0.0;
    for (const auto& [item, share] : shares)
        if (!best || share > bestShare || (share == bestShare && item < *best)) {
            best = item;
            bestShare = share;
        }
    return best;
}

bool isScoreShare(const models::Reason& r) {
    return r.kind != models::ReasonKind::HybridStage && r.kind != models::ReasonKind::Reranked;
}

} // namespace vitrina::explain
