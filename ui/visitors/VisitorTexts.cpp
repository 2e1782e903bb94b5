#include "visitors/VisitorTexts.h"

#include <algorithm>
#include <cmath>

#include "common/Format.h"
#include "common/ModelNames.h"
#include "common/MessageText.h"
#include "explain/ReasonText.h"

namespace vitrina::ui::visitors {

QString VisitorTexts::eventType(data::EventType type) {
    switch (type) {
    case data::EventType::View: return tr("view");
    case data::EventType::AddToCart: return tr("add to cart");
    case data::EventType::Transaction: return tr("purchase");
    }
    return {};
}

QString VisitorTexts::stage(analytics::FunnelStage stage) {
    switch (stage) {
    case analytics::FunnelStage::New: return tr("new");
    case analytics::FunnelStage::Browsing: return tr("browsing");
    case analytics::FunnelStage::Intent: return tr("intent");
    case analytics::FunnelStage::Converted: return tr("converted");
    }
    return {};
}

QString VisitorTexts::stageDefinition(analytics::FunnelStage stage) {
    switch (stage) {
    case analytics::FunnelStage::New: return tr("no events before this moment");
    case analytics::FunnelStage::Browsing: return tr("only views so far");
    case analytics::FunnelStage::Intent: return tr("an add-to-cart not followed by a purchase");
    case analytics::FunnelStage::Converted: return tr("at least one purchase");
    }
    return {};
}

QString VisitorTexts::segment(analytics::ActivitySegment segment) {
    switch (segment) {
    case analytics::ActivitySegment::Cold: return tr("cold (no events)");
    case analytics::ActivitySegment::Light: return tr("light (1–2 events)");
    case analytics::ActivitySegment::Medium: return tr("medium (3–9 events)");
    case analytics::ActivitySegment::Heavy: return tr("heavy (10+ events)");
    }
    return {};
}

QString VisitorTexts::item(const data::Dataset& dataset, data::ItemIndex item) {
    if (item >= dataset.items.size()) return QStringLiteral("?");
    const QString id = QStringLiteral("#%1").arg(dataset.items.ids.raw(item));
    if (item < dataset.items.names.size() && !dataset.items.names[item].empty())
        return tr("%1 (%2)", "item name (raw id)").arg(QString::fromStdString(dataset.items.names[item]), id);
    return id;
}

QString VisitorTexts::categoryPath(const data::Dataset& dataset, data::ItemIndex item, std::int64_t ms) {
    if (item >= dataset.items.size()) return QStringLiteral("—");
    const data::CategoryIndex c = ms < 0 ? dataset.items.latestCategory(item) : dataset.items.categoryAt(item, ms);
    if (c == data::kNoCategory) return QStringLiteral("—");
    return QString::fromStdString(dataset.categories.pathText(c));
}

QString VisitorTexts::share(const models::Reason& reason) {
    using models::ReasonKind;
    if (reason.kind == ReasonKind::HybridStage || reason.kind == ReasonKind::Reranked) return {}; // no share
    const double percent = reason.share * 100.0;
    if (percent != 0.0 && std::abs(percent) < 0.5) return tr("<1 %");
    return tr("%1 %").arg(static_cast<int>(std::lround(percent)));
}

QString VisitorTexts::reason(const models::Reason& r, const data::Dataset& dataset) {
    using models::ReasonKind;
    // The core's message (code + arguments, the same sentence the CLI prints), rendered through the GUI's
    // translation table; the page adds the item's readable name beside its raw id and says the stage in words.
    util::Message message = explain::reasonMessage(r, dataset);
    const bool namesItem = r.kind == ReasonKind::BecauseViewed || r.kind == ReasonKind::BoughtTogether ||
                           r.kind == ReasonKind::RecentlyViewed;
    if (namesItem && !message.args.empty() && r.item < dataset.items.names.size() && !dataset.items.names[r.item].empty())
        message.args[0] = tr("%1 “%2”", "raw item id and its name")
                              .arg(QString::fromStdString(message.args[0]), QString::fromStdString(dataset.items.names[r.item]))
                              .toStdString();
    if (r.kind == ReasonKind::HybridComponent && !message.args.empty()) // the component's display name, not its id
        message.args[0] = common::modelDisplayName(QString::fromStdString(r.component)).toStdString();
    if (r.kind == ReasonKind::HybridStage && !message.args.empty() && r.stage >= 0 && r.stage < analytics::kFunnelStageCount)
        message.args[0] = stage(static_cast<analytics::FunnelStage>(r.stage)).toStdString();
    return common::MessageText::text(message);
}

QString VisitorTexts::fallbackReason() {
    return common::MessageText::text(util::makeMessage(util::MessageCode::ExplainPopularFallback, {}, util::Severity::Info));
}

} // namespace vitrina::ui::visitors
