#pragma once
// Chart helpers: palette-following colours (Qt 6.4 has no QStyleHints::colorScheme, so dark mode is read from
// the palette), fixed colours per event type, titled axes with units, and a UTC day axis.
//
// Log-axis pitfall (ui/README.md, Qt 6.4 pitfalls): a QLogValueAxis cannot show 0, so bars of empty bins
// vanish and a line through a zero breaks. Callers either plot on a linear axis or say on the chart how zeros
// are drawn.
#include <QColor>
#include <QPalette>
#include <QString>

#include <cstdint>

#include "data/Ids.h"

class QChart;
class QAbstractAxis;
class QValueAxis;
class QLogValueAxis;
class QCategoryAxis;

namespace vitrina::ui::common {

/// True when the palette's window is darker than its text (a dark theme).
bool isDarkPalette(const QPalette& palette);

/// Applies the palette to a chart: background, title, legend, axis labels, titles, lines and grid. Call after
/// every change of the chart's axes or series (ChartPanel does it on setChart and on palette changes).
void styleChart(QChart* chart, const QPalette& palette);

/// Fixed series colours that read on light and dark backgrounds.
QColor eventTypeColor(data::EventType type, bool dark);
/// A qualitative colour for series `index` (cycled).
QColor seriesColor(int index, bool dark);

/// A value axis with a title (units in the title, e.g. "Events per day"), integer labels when `integers`.
QValueAxis* makeValueAxis(const QString& title, bool integers);
/// A base-10 log axis; its title should say "log scale".
QLogValueAxis* makeLogAxis(const QString& title);
/// Days [firstDay, lastDay] (UTC, days since 1970-01-01) on a category axis labelled with ISO dates at about
/// `maxLabels` evenly spaced days (week starts when the span allows), so no local time zone creeps in. Within
/// one year the labels are MM-DD and the year is appended to the title.
QCategoryAxis* makeDayAxis(std::int64_t firstDay, std::int64_t lastDay, const QString& title, int maxLabels = 8);

/// The smallest "round" number (1, 2, 2.5, 5 x 10^k) at or above `value` (> 0), for axis maxima.
double niceCeiling(double value);

} // namespace vitrina::ui::common
