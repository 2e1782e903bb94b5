#pragma once
// The Data page's charts, built from the dataset summary.
#include <QString>

class QChart;

namespace vitrina::analytics {
struct DatasetSummary;
}

namespace vitrina::ui::datapage {

/// Events per UTC day, one line per event type. Views use the left axis; add-to-carts and purchases, about
/// 40 and 120 times rarer, use the right one, so that all three stay readable on linear axes (a log axis would
/// have to drop days without purchases).
QChart* makeEventsPerDayChart(const analytics::DatasetSummary& summary, bool dark);

/// Visitors by number of events, in logarithmic bins (1, 2, 3, 4–5, 6–10, 11–20, ...) on a log axis. An empty
/// bin has no bar (a log axis cannot show 0); `note` receives the distribution's key figures.
QChart* makeEventsPerVisitorChart(const analytics::DatasetSummary& summary, bool dark, QString* note);

} // namespace vitrina::ui::datapage
