#pragma once
// JSON forms of simulated A/B tests (core/abtest) for the CLI documents and the GUI export. NaN values (a lift
// against a zero control, an interval before the first informative day) come out as null.
#include <nlohmann/json.hpp>

#include "abtest/Analysis.h"
#include "abtest/Experiment.h"
#include "abtest/Parametric.h"
#include "stats/Power.h"

namespace vitrina::report {

nlohmann::json toJson(const stats::ConfidenceInterval& interval);
/// Arms with totals and the daily series (day alone and cumulative).
nlohmann::json experimentJson(const abtest::ExperimentData& data);
nlohmann::json toJson(const abtest::Analysis& analysis, const abtest::ExperimentData& data);
nlohmann::json toJson(const abtest::StudyResult& study);
nlohmann::json toJson(const stats::SampleSizeResult& size);

} // namespace vitrina::report
