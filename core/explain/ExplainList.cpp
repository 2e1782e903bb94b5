#include "explain/ExplainList.h"

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

const models::Reason* strongestHistoryReason(const std::vector<models::Reason>& reasons) {
    const models::Reason* best = nullptr;
    for (const models::Reason& r : reasons) {
        const bool names = r.hasItem && (r.kind == models::ReasonKind::BecauseViewed ||
                                         r.kind == models::ReasonKind::BoughtTogether ||
                                         r.kind == models::ReasonKind::RecentlyViewed);
        if (names && (!best || r.contribution > best->contribution ||
                      (r.contribution == best->contribution && r.item < best->item)))
            best = &r;
    }
    return best;
}

} // namespace vitrina::explain
