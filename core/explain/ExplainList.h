#pragma once
// Explains a whole recommendation list: every item with the reasons of the model that produced it. Items
// the popularity fallback filled in (RecommendationList::modelItems onwards) carry a PopularFallback reason,
// since the model had no signal for them.
#include <optional>
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

/// Whether a reason names a history item (BecauseViewed, BoughtTogether, RecentlyViewed with an item).
bool namesHistoryItem(const models::Reason& reason);
/// The history item with the largest contribution: the largest sum of shares over the reasons that name it
/// (a hybrid names one item in several components' reasons, in different units, but their shares are all
/// shares of the final score; for a single model the order is that of the contributions). Ties: the smaller
/// item index. std::nullopt when no reason names a history item.
std::optional<data::ItemIndex> strongestHistoryItem(const std::vector<models::Reason>& reasons);
/// Whether a reason is a share of the score (every kind but the context kinds HybridStage and Reranked):
/// coverage counts only these.
bool isScoreShare(const models::Reason& reason);

} // namespace vitrina::explain
