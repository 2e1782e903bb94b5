#pragma once
// An A/B experiment's set-up: everything that decides its outcome (mode, arms with their model parameters,
// split, days, seeds, primary metric, alpha, ...) and the decision rule its verdict leads with. The A/B page and
// `vitrina-cli abtest` both build one, run it (abtest/Run.h), save it with its result (store/ExperimentStore.h)
// and reopen it by running it again: the same set-up on the same data gives the same result.
//
// The JSON form is what projects store. Every key is optional: a missing one keeps its default, which is the
// value the A/B page used before the key existed, so experiments saved by older versions still open (the A/B
// page once wrote only mode, arms, arm_params, aa, split, days, visitors, parametric_arms, baseline, lift,
// metric, alpha, power, rule and seed). A key of the wrong type fails naming the key.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "abtest/Analysis.h"
#include "abtest/Experiment.h"
#include "abtest/Parametric.h"
#include "abtest/Replay.h"

namespace vitrina::abtest {

/// Which evidence the verdict in words leads with (the Holm-adjusted fixed-horizon verdict is always computed).
/// Stored as its number (0, 1, 2), as the A/B page always did.
enum class DecisionRule : std::uint8_t { FixedHorizon, Sequential, Bayesian };
/// "fixed-horizon", "sequential", "bayesian".
std::string_view decisionRuleName(DecisionRule rule);
/// Parses a rule name; fails naming the parameter "rule".
DecisionRule parseDecisionRule(std::string_view name);

struct ExperimentSetup {
    Mode mode = Mode::Parametric;
    // Replay of the last days with models.
    std::vector<std::string> arms = {"popular", "itemknn"}; ///< model ids, control first
    std::vector<nlohmann::json> armParams; ///< each arm's model parameters (objects), in arm order; may be short
    bool aa = false;                  ///< the control model (and its parameters) in every arm (at least two)
    std::uint64_t modelSeed = 42;     ///< training seed of every arm's model
    int listLength = 10;
    ClickModel clickModel;
    double horizonHours = 24.0;       ///< a listed item bought or carted this long after the list counts
    int sessionGapMinutes = 30;
    // Parametric: planted rates.
    std::int64_t visitors = 20000;    ///< total over arms and days
    int parametricArms = 2;
    double baseline = 0.05;           ///< the control's conversion rate
    double lift = 0.10;               ///< planted relative lift of every other arm (0 = A/A)
    // Both.
    std::vector<double> split;        ///< planned shares; empty = equal
    int days = 14;
    std::uint64_t seed = 42;          ///< assignment (replay) or simulation (parametric) seed; also the analysis's
    // The analysis.
    Metric metric = Metric::Conversion;
    double alpha = 0.05;
    double power = 0.8;
    std::uint32_t bootstrapResamples = 2000;
    double tau2 = 0.0;                ///< mSPRT mixing variance; 0 = from the plan (abtest/Analysis.h)
    double plannedRate = 0.0;         ///< 0 = the baseline (parametric) or the pooled rate at the end (replay)
    double plannedVisitorsPerArm = 0.0; ///< 0 = visitors / arms (parametric) or the mean per arm at the end
    DecisionRule rule = DecisionRule::FixedHorizon;
};

nlohmann::json setupToJson(const ExperimentSetup& setup);
/// Reads the JSON form (see the file comment); throws util::Error naming the key of a wrong type or value.
ExperimentSetup setupFromJson(const nlohmann::json& json);

/// The arms the set-up runs: replay arms (at least two in A/A mode) or the parametric arm count.
std::size_t armCount(const ExperimentSetup& setup);
/// What the set-up asks of the core's simulators and the analysis.
AnalysisOptions analysisOptions(const ExperimentSetup& setup, int threads);
ParametricOptions parametricOptions(const ExperimentSetup& setup);
ReplayOptions replayOptions(const ExperimentSetup& setup, int threads);
/// Checks the set-up without data (arms, split, days, ranges); fails naming the parameter.
void requireSetup(const ExperimentSetup& setup);

} // namespace vitrina::abtest
