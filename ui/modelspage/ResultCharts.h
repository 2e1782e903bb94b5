#pragma once
// Charts of the Models page. Qt Charts has no error-bar series (ui/README.md), so the 95 % intervals are
// drawn as line-series whiskers over the bars: one polyline per model (cap, stem, cap) on the bar axis.
#include <memory>

#ifndef Q_MOC_RUN
#include "eval/Evaluator.h"
#endif

class QChart;

namespace vitrina::ui::modelspage {

/// One bar per model: `metric` at cut-off index `kIndex`, whiskers at the Student-t 95 % interval (list
/// protocols; the session presets' HR / MRR have no interval).
QChart* makeMetricChart(const eval::EvaluationReport& report, bool sessionProtocol, eval::Metric metric,
                        std::size_t kIndex, bool dark);

/// Grouped bars: the compared metric per segment (`kind` "activity" or "stage"), one bar set per model.
QChart* makeSegmentChart(const eval::EvaluationReport& report, const std::string& kind, bool dark);

} // namespace vitrina::ui::modelspage
