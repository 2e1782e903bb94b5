#pragma once
// Turns a model's typed reasons into messages: a util::MessageCode (MessageCodesExplain.def) with arguments
// (raw item ids, category paths, whole percents). The CLI prints the English text (Message::text()); the GUI
// renders the same message through its tr() table (ui/common/MessageText), so both say the same thing.
#include <string>
#include <string_view>

#include "data/Dataset.h"
#include "models/Explanation.h"
#include "util/Message.h"

namespace vitrina::explain {

/// Stable snake_case name of a reason kind for JSON ("because_viewed", "bought_together", ...).
std::string_view reasonKindName(models::ReasonKind kind);

/// "Root › Leaf" of a category, or "—" when the category is unknown.
std::string categoryPath(const data::Dataset& dataset, data::CategoryIndex category);
/// The category path of an item's latest known category.
std::string itemCategoryPath(const data::Dataset& dataset, data::ItemIndex item);

/// A share in [-1, 1] as whole percent text ("37"; "<1" for a positive share below 0.5 %).
std::string percentText(double share);

/// The message of one reason (severity Info). Arguments per code (see MessageCodesExplain.def):
///   because_viewed / carted / bought: raw item id, its category path, share %;
///   popular_in_category: category path, share %;  popular_overall: share %;  popular_fallback: none;
///   bought_together_cart / viewed: raw anchor item id, its category path, lift (1 decimal), share %;
///   similar_sessions: neighbour sessions, share %;  recently_viewed: raw item id, category path, share %;
///   hybrid_stage: stage id ("intent");  hybrid_component: model id, weight (2 decimals), share %;
///   reranked: re-ranker suffix, the inner model's rank.
util::Message reasonMessage(const models::Reason& reason, const data::Dataset& dataset);
/// reasonMessage(...).text(): the English sentence.
std::string reasonText(const models::Reason& reason, const data::Dataset& dataset);

} // namespace vitrina::explain
