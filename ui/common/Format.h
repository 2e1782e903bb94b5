#pragma once
// Number, percentage, size and duration formatting for display, in the current locale (QLocale() follows the
// language setting: "2 756 101" and "2,52 %" in Russian, "2,756,101" and "2.52%" in English).
#include <QString>

#include <cmath>
#include <cstdint>
#include <limits>

#include "stats/Distributions.h"

namespace vitrina::ui::common {

/// Integer with group separators.
QString formatCount(std::uint64_t value);
/// A fraction in [0, 1] as a percentage with sensible precision: 1 decimal from 10 %, 2 decimals from 0.1 %,
/// 2 significant digits below (0.017 %); exact 0 and 1 as "0 %" and "100 %".
QString formatPercent(double fraction);
/// Units of an estimate shown with its interval: fractions shown as percent or as percentage points, or as is.
enum class EstimateUnit : std::uint8_t { Percent, PercentagePoints, Plain };
/// An estimate and the bounds of its interval, signed ("+350 %", "−40 %"), each rounded at the decimal place
/// that the interval's half-width to two significant digits allows (the rule of core/util/Precision.h, so the
/// GUI and the CLI's messages agree): a wide interval leaves at most two significant digits. An infinite bound
/// reads "∞"; without a finite interval the value gets three significant digits.
struct EstimateTexts {
    QString value, lower, upper;
};
EstimateTexts formatEstimate(double value, const stats::ConfidenceInterval& interval, EstimateUnit unit);
/// "0.065 ± 0.012": a mean and the half-width of its (symmetric) interval, both rounded by the same rule; the
/// value alone (three significant digits) when the interval is not finite.
QString formatWithHalfWidth(double value, const stats::ConfidenceInterval& interval);
/// A fraction as a percentage with `significant` significant digits, for planning figures that carry no
/// interval of their own (a detectable effect): "540 %", "9.7 %".
QString formatPercentRounded(double fraction, int significant = 2);
/// A p-value by the rule of core/util/Precision.h: two significant digits, more only when rounding would cross
/// `alpha`; "< 0.0001" below.
QString formatPValue(double p, double alpha = std::numeric_limits<double>::quiet_NaN());
/// A confidence level as a percentage: "95 %", "97.5 %".
QString formatLevel(double level);
/// A real number with `significant` significant digits (at least the integer part), group separators.
QString formatNumber(double value, int significant = 3);
/// A duration in milliseconds: "45 s", "12 min", "3.5 h", "2.1 days".
QString formatDuration(double ms);
/// Seconds left of a job: "about 20 s left", "about 3 min left".
QString formatEta(double seconds);
/// Bytes: "94.2 MB" (decimal units, as the release table gives them).
QString formatBytes(std::uint64_t bytes);
/// A UTC day (days since 1970-01-01) as an ISO date, "2015-06-01".
QString formatUtcDay(std::int64_t day);
/// A UTC timestamp in milliseconds as "2015-06-01 14:03 UTC".
QString formatUtcTime(std::int64_t ms);
/// A column title longer than `maxOneLine` characters broken into two lines at the space nearest its middle
/// ("Drop-off" over "after view"), so a table of many columns fits; shorter titles and titles with a line break
/// already are returned as they are.
QString twoLineTitle(QString text, qsizetype maxOneLine = 14);

} // namespace vitrina::ui::common
