#include "visitors/VisitorTexts.h"

#include <algorithm>
#include <cmath>

#include "common/Format.h"

namespace vitrina::ui::visitors {

QString VisitorTexts::eventType(vitrina::data::EventType type) {
    switch (type) {
    case vitrina::data::EventType::View: return tr("view");
    case vitrina::data::EventType::AddToCart: return tr("add to cart");
    case vitrina::data::EventType::Transaction: return tr("purchase");
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

QString VisitorTexts::item(const vitrina::data::Dataset& dataset, vitrina::data::ItemIndex item) {
    if (item >= dataset.items.size()) return QStringLiteral("?");
    const QString id = QStringLiteral("#%1").arg(dataset.items.ids.raw(item));
    if (item < dataset.items.names.size() && !dataset.items.names[item].empty())
        return tr("%1 (%2)", "item name (raw id)").arg(QString::fromStdString(dataset.items.names[item]), id);
    return id;
}

QString VisitorTexts::categoryPath(const vitrina::data::Dataset& dataset, vitrina::data::ItemIndex item, std::int64_t ms) {
    if (item >= dataset.items.size()) return QStringLiteral("—");
    const vitrina::data::CategoryIndex c = ms < 0 ? dataset.items.latestCategory(item) : dataset.items.categoryAt(item, ms);
    if (c == vitrina::data::kNoCategory) return QStringLiteral("—");
    return QString::fromStdString(dataset.categories.pathText(c));
}

QString VisitorTexts::share(const vitrina::models::Reason& reason) {
    using vitrina::models::ReasonKind;
    if (reason.kind == ReasonKind::HybridStage) return {};
    const double percent = reason.share * 100.0;
    if (percent > 0.0 && percent < 0.5) return tr("<1 %");
    return tr("%1 %").arg(static_cast<int>(std::lround(percent)));
}

QString VisitorTexts::reason(const vitrina::models::Reason& r, const vitrina::data::Dataset& dataset) {
    using vitrina::models::ReasonKind;
    const QString item = r.hasItem ? VisitorTexts::item(dataset, r.item) : QString();
    const QString path = r.hasItem ? categoryPath(dataset, r.item) : QString();
    switch (r.kind) {
    case ReasonKind::BecauseViewed:
        switch (static_cast<vitrina::data::EventType>(r.eventType)) {
        case vitrina::data::EventType::AddToCart: return tr("Because you added %1 (%2) to the cart").arg(item, path);
        case vitrina::data::EventType::Transaction: return tr("Because you bought %1 (%2)").arg(item, path);
        default: return tr("Because you viewed %1 (%2)").arg(item, path);
        }
    case ReasonKind::PopularInCategory:
        return tr("Popular in category %1")
            .arg(r.category == vitrina::data::kNoCategory ? QStringLiteral("—")
                                                 : QString::fromStdString(dataset.categories.pathText(r.category)));
    case ReasonKind::PopularOverall: return tr("Popular overall");
    case ReasonKind::BoughtTogether:
        return tr("Often bought together with %1 (%2) in your cart (lift %3)")
            .arg(item, path, common::formatNumber(r.value, 2));
    case ReasonKind::SimilarSessions:
        return tr("Visitors with similar sessions also viewed it (%n neighbour session(s))", nullptr,
                  static_cast<int>(r.value));
    case ReasonKind::RecentlyViewed: return tr("You viewed it recently: %1 (%2)").arg(item, path);
    case ReasonKind::HybridStage:
        return tr("Your funnel stage: %1").arg(stage(static_cast<analytics::FunnelStage>(std::clamp(r.stage, 0, 3))));
    case ReasonKind::HybridComponent:
        return tr("Model %1 (weight %2 in this stage)")
            .arg(QString::fromStdString(r.component), common::formatNumber(r.value, 2));
    default: return tr("Another reason of the model (kind %1)").arg(static_cast<int>(r.kind));
    }
}

} // namespace vitrina::ui::visitors
