#include "explain/ReasonText.h"

#include <cmath>
#include <cstdio>

#include "analytics/VisitorState.h"

namespace vitrina::explain {
namespace {

using models::ReasonKind;
using util::MessageCode;

std::string fixed(double value, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

std::string rawItem(const data::Dataset& dataset, data::ItemIndex item) {
    return item < dataset.items.size() ? std::to_string(dataset.items.ids.raw(item)) : std::string("?");
}

MessageCode becauseCode(std::uint8_t eventType) {
    switch (static_cast<data::EventType>(eventType)) {
    case data::EventType::AddToCart: return MessageCode::ExplainBecauseCarted;
    case data::EventType::Transaction: return MessageCode::ExplainBecauseBought;
    case data::EventType::View: break;
    }
    return MessageCode::ExplainBecauseViewed;
}

} // namespace

std::string_view reasonKindName(ReasonKind kind) {
    switch (kind) {
    case ReasonKind::BecauseViewed: return "because_viewed";
    case ReasonKind::PopularInCategory: return "popular_in_category";
    case ReasonKind::PopularOverall: return "popular_overall";
    case ReasonKind::BoughtTogether: return "bought_together";
    case ReasonKind::SimilarSessions: return "similar_sessions";
    case ReasonKind::RecentlyViewed: return "recently_viewed";
    case ReasonKind::HybridStage: return "hybrid_stage";
    case ReasonKind::HybridComponent: return "hybrid_component";
    case ReasonKind::Reranked: return "reranked";
    case ReasonKind::PopularFallback: return "popular_fallback";
    }
    return "unknown";
}

std::string categoryPath(const data::Dataset& dataset, data::CategoryIndex category) {
    if (category == data::kNoCategory || category < 0 || static_cast<std::size_t>(category) >= dataset.categories.size())
        return "\u2014";
    return dataset.categories.pathText(category);
}

std::string itemCategoryPath(const data::Dataset& dataset, data::ItemIndex item) {
    if (item >= dataset.items.size()) return "\u2014";
    return categoryPath(dataset, dataset.items.latestCategory(item));
}

std::string percentText(double share) {
    const double percent = share * 100.0;
    if (percent > 0.0 && percent < 0.5) return "<1";
    if (percent < 0.0 && percent > -0.5) return ">-1";
    return std::to_string(std::lround(percent));
}

util::Message reasonMessage(const models::Reason& r, const data::Dataset& dataset) {
    const std::string share = percentText(r.share);
    util::Message m;
    m.severity = util::Severity::Info;
    switch (r.kind) {
    case ReasonKind::BecauseViewed:
        m.code = becauseCode(r.eventType);
        m.args = {rawItem(dataset, r.item), itemCategoryPath(dataset, r.item), share};
        break;
    case ReasonKind::PopularInCategory:
        m.code = MessageCode::ExplainPopularInCategory;
        m.args = {categoryPath(dataset, r.category), share};
        break;
    case ReasonKind::PopularOverall:
        m.code = MessageCode::ExplainPopularOverall;
        m.args = {share};
        break;
    case ReasonKind::PopularFallback: m.code = MessageCode::ExplainPopularFallback; break;
    case ReasonKind::BoughtTogether:
        m.code = static_cast<data::EventType>(r.eventType) == data::EventType::View ? MessageCode::ExplainBoughtTogetherViewed
                                                                                     : MessageCode::ExplainBoughtTogetherCart;
        m.args = {rawItem(dataset, r.item), itemCategoryPath(dataset, r.item), fixed(r.value, 1), share};
        break;
    case ReasonKind::SimilarSessions:
        m.code = MessageCode::ExplainSimilarSessions;
        m.args = {std::to_string(std::llround(r.value)), share};
        break;
    case ReasonKind::RecentlyViewed:
        m.code = MessageCode::ExplainRecentlyViewed;
        m.args = {rawItem(dataset, r.item), itemCategoryPath(dataset, r.item), share};
        break;
    case ReasonKind::HybridStage: {
        m.code = MessageCode::ExplainHybridStage;
        const bool known = r.stage >= 0 && r.stage < analytics::kFunnelStageCount;
        m.args = {known ? std::string(analytics::stageName(static_cast<analytics::FunnelStage>(r.stage))) : "?"};
        break;
    }
    case ReasonKind::HybridComponent:
        m.code = MessageCode::ExplainHybridComponent;
        m.args = {r.component, fixed(r.value, 2), share};
        break;
    case ReasonKind::Reranked:
        m.code = MessageCode::ExplainReranked;
        m.args = {r.component, std::to_string(std::llround(r.value))};
        break;
    }
    return m;
}

std::string reasonText(const models::Reason& reason, const data::Dataset& dataset) {
    return reasonMessage(reason, dataset).text();
}

} // namespace vitrina::explain
