#pragma once
// Explains a whole recommendation list: every item with the reasons of the model that produced it. Items
// the popularity fallback filled in (RecommendationList::modelItems onwards) carry a PopularFallback reason,
// since the model had no signal for them.
#include <vector>

#include "models/Recommender.h"

namespace vitrina::explain {

struct ExplainedItem {
    data::ItemIndex item = 0;
    float score = 0.0f;
    bool fromModel = true; ///< false: filled in by the popularity fallback
    std::vector<models::Reason> reasons;
};

/// The fallback's reason: share 1, value = the item's training events.
models::Reason fallbackReason(const models::TrainingSet& train, data::ItemIndex item);

/// `list` must come from `model.recommend(query, ...)`.
std::vector<ExplainedItem> explainList(const models::Recommender& model, const models::TrainingSet& train,
                                       const models::Query& query, const models::RecommendationList& list);

/// The history item with the largest contribution among the reasons that name one (BecauseViewed,
/// BoughtTogether, RecentlyViewed), or nullptr when no reason names a history item.
const models::Reason* strongestHistoryReason(const std::vector<models::Reason>& reasons);

} // namespace vitrina::explain
