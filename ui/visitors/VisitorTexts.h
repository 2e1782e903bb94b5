#pragma once
// Words of the Visitors page shared by its widgets: event types, stages, segments, items with their readable
// names and category paths, and the models' reasons.
#include <QObject>
#include <QString>

#ifndef Q_MOC_RUN
#include "analytics/VisitorState.h"
#include "data/Dataset.h"
#include "models/Explanation.h"
#endif

namespace vitrina::ui::visitors {

/// A QObject only for tr() (translation context vitrina::ui::visitors::VisitorTexts); never instantiated.
class VisitorTexts : public QObject {
    Q_OBJECT
public:
    static QString eventType(data::EventType type);
    static QString stage(analytics::FunnelStage stage);
    static QString stageDefinition(analytics::FunnelStage stage);
    static QString segment(analytics::ActivitySegment segment);
    /// "Wall Clock Bolt X2 (#123)" when the dataset names the item, else "#123".
    static QString item(const data::Dataset& dataset, data::ItemIndex item);
    /// The item's category path at time `ms` (its latest category when ms < 0), "—" when unknown.
    static QString categoryPath(const data::Dataset& dataset, data::ItemIndex item, std::int64_t ms = -1);
    /// One reason of a model as a sentence (the core's explain/ReasonText message, translated), with the item's
    /// readable name beside its raw id.
    static QString reason(const models::Reason& reason, const data::Dataset& dataset);
    /// The popularity fallback's sentence (an item the model had no signal for).
    static QString fallbackReason();
    /// A reason's share of the score: "37 %", "<1 %", "−12 %"; empty for reasons without a share.
    static QString share(const models::Reason& reason);
};

} // namespace vitrina::ui::visitors
