#pragma once
// The charts of the A/B page, built from one run (Qt Charts has no error-bar series: intervals are drawn as
// translucent QAreaSeries bands between two line series). Titles, axis titles with units and legends are set
// here; ChartPanel styles them for the palette.
#include <QString>

#ifndef Q_MOC_RUN // moc cannot parse the X-macro enum in util/Message.h
#include "abtest/Run.h"
#endif

class QChart;

namespace vitrina::ui::abtestpage {

/// Translated metric name ("Conversion rate") and the unit its axis shows ("%" or the revenue note).
QString metricTitle(abtest::Metric metric);
/// The unit of its values ("% of visitors"), for an axis of a chart whose title names the metric.
QString metricUnit(abtest::Metric metric);
/// Lower-case name for running text ("conversion rate").
QString metricShortName(abtest::Metric metric);
/// Cumulative metric per arm after each day with its 1 - alpha interval.
QChart* makeCumulativeChart(const abtest::ExperimentRun& run, bool dark);
/// Relative lift of every treatment arm over time with the verdict's interval (same test and level), and the
/// zero line; the y range holds every lift point and the later days' intervals.
QChart* makeLiftChart(const abtest::ExperimentRun& run, bool dark);
/// Fixed-horizon and always-valid (mSPRT) p-values over time on a log axis from a decade below the smallest p,
/// with the line of the verdict's per-arm alpha.
QChart* makePValueChart(const abtest::ExperimentRun& run, bool dark);
/// Beta posterior densities of every arm (rate metrics); an empty chart with a title otherwise.
QChart* makePosteriorChart(const abtest::ExperimentRun& run, bool dark);
/// Histogram of the bootstrap relative lift (first treatment arm) with its percentile interval.
QChart* makeBootstrapChart(const abtest::ExperimentRun& run, bool dark);
/// Values below this are drawn at it on the p-value chart's log axis.
inline constexpr double kPValueFloor = 1e-6;

} // namespace vitrina::ui::abtestpage
