#pragma once
// The Funnel page's charts. Qt Charts has no funnel series: the funnel is horizontal stacked bars whose first,
// transparent set centres each stage's bar.
#include <QString>

#include <vector>

#include "analytics/Funnel.h"

class QChart;


namespace vitrina::ui::funnel {

/// Stages of `row` counted by `unit`, widest (viewed) on top; each label carries the count and the share of
/// the first stage.
QChart* makeFunnelChart(const analytics::FunnelRow& row, analytics::FunnelUnit unit, bool dark);

/// View → cart and view → purchase conversion of the `maxSlices` largest slices (the rest are in the table).
QChart* makeCategoryChart(const std::vector<analytics::FunnelRow>& slices, analytics::FunnelUnit unit, bool dark,
                          int maxSlices = 12);

/// Conversion over time: view → cart and view → purchase on the left axis, cart → purchase on the right one;
/// a period without a stage's denominator has no point. `weekly`: slices are ISO weeks, else UTC days.
QChart* makeOverTimeChart(const std::vector<analytics::FunnelRow>& slices, analytics::FunnelUnit unit, bool weekly,
                          bool dark);

} // namespace vitrina::ui::funnel
