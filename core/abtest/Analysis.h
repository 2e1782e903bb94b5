#pragma once
// Analysis of a simulated A/B test with the statistics engine (core/stats; formulas and sources in
// core/abtest/README.md). Each treatment arm is compared with arms[0] (the control) on every metric the
// experiment has:
// - conversion and addtocart rates (visitor level): pooled two-proportion z-test, Wald interval, delta-method
//   relative lift; on the primary metric also the two-sample bootstrap (difference and lift) and the Bayesian
//   beta-binomial (P(beat control), expected losses, credible intervals);
// - CTR: a per-visitor ratio metric (clicks / lists), delta method with the covariance (Deng et al. 2018);
// - revenue per visitor: Welch t-test, delta-method lift; bootstrap when primary.
// Over time (cumulative data after each day) for the primary metric: both arms' values with 95 % intervals,
// the lift with its interval, the fixed-horizon p-value (what naive peeking looks at) and the always-valid
// p-value and confidence sequence of the mSPRT with a normal mixture (Johari et al. 2017/2022). Its mixing
// variance tau^2 = c(alpha) V*, V* = the effect variance at the planned horizon (stats/Sequential.h): for rates
// 2 p (1 - p) / n with the planned rate and visitors per arm when given, otherwise the pooled rate and the mean
// visitors per arm at the end (they depend on traffic and the overall rate, not on which arm is better); for
// CTR and revenue the final variance of the difference.
// Multiple testing: Holm over the treatment arms on the primary metric decides the verdict; Holm and
// Benjamini-Hochberg over every arm x metric are reported beside it. SRM: chi-square against the planned split,
// flagged at p < 0.001, which overrides the verdict.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "abtest/Experiment.h"
#include "stats/Bayesian.h"
#include "stats/Bootstrap.h"
#include "stats/Proportions.h"
#include "stats/Sequential.h"
#include "util/Parallel.h"
#include "util/Progress.h"
#include "util/Result.h"

namespace vitrina::abtest {

struct AnalysisOptions {
    Metric metric = Metric::Conversion; ///< primary metric
    double alpha = 0.05;
    double power = 0.8;                 ///< for the detectable lift quoted by an inconclusive verdict
    std::uint32_t bootstrapResamples = 2000; ///< 0 = no bootstrap
    std::uint64_t bayesianDraws = 100000;    ///< Monte Carlo draws for the interval of the difference; 0 = exact only
    bool keepBootstrapDistribution = false;
    std::uint64_t seed = 42;
    double tau2 = 0.0;                 ///< mSPRT mixing variance; 0 = the rule of the file comment
    double plannedRate = 0.0;          ///< planned control rate for tau^2 (0 = pooled at the end)
    double plannedVisitorsPerArm = 0.0; ///< planned visitors per arm for tau^2 (0 = mean per arm at the end)
    int threads = util::defaultThreadCount();
};
/// Fails naming "alpha", "power", "metric" (unavailable in `data`), "tau2", "planned_rate", "planned_visitors".
void requireAnalysisOptions(const AnalysisOptions& options, const ExperimentData& data);

/// The primary metric after one day (cumulative data).
struct DayPoint {
    int day = 0;
    double control = 0.0, treatment = 0.0;           ///< metric values
    stats::ConfidenceInterval controlInterval, treatmentInterval; ///< 1 - alpha, normal approximation
    double lift = 0.0;                               ///< relative, NaN while the control value is 0
    stats::ConfidenceInterval liftInterval;          ///< delta method
    double difference = 0.0;
    double fixedP = 1.0;                             ///< fixed-horizon p of the data so far
    double alwaysValidP = 1.0;                       ///< mSPRT, running minimum
    stats::ConfidenceInterval sequentialInterval;    ///< of the difference, running intersection
};

struct MetricResult {
    Metric metric = Metric::Conversion;
    const char* test = "";     ///< "z", "delta", "welch" (a literal)
    double control = 0.0, treatment = 0.0, difference = 0.0;
    stats::ConfidenceInterval differenceInterval;
    double statistic = 0.0, pValue = 1.0;
    double holmAll = 1.0, bhAll = 1.0; ///< adjusted over every arm x metric
    stats::RelativeLift lift;
    bool liftDefined = false;
    std::optional<stats::TwoProportionTest> proportions;
    std::optional<stats::RatioTest> ratio;
    std::optional<stats::WelchTest> welch;
};

enum class Verdict : std::uint8_t { Better, Worse, Inconclusive, SampleRatioMismatch };
std::string verdictName(Verdict verdict); ///< "better", "worse", "inconclusive", "srm"

struct Comparison {
    std::size_t arm = 1;
    std::vector<MetricResult> metrics;   ///< every available metric, the primary first
    double primaryAdjustedP = 1.0;       ///< Holm over the treatment arms
    std::vector<DayPoint> series;        ///< primary metric over the days
    double tau2 = 0.0;
    std::optional<stats::TwoSampleBootstrap> bootstrap;  ///< primary metric (not CTR)
    std::optional<stats::BayesianResult> bayesian;       ///< primary rate metrics
    double detectableLift = 0.0;         ///< relative lift detectable with `power` at this traffic
    Verdict verdict = Verdict::Inconclusive;
    util::Message verdictMessage;
};

struct Analysis {
    AnalysisOptions options;
    stats::SampleRatioCheck srm;
    std::vector<Comparison> comparisons; ///< one per treatment arm
    Verdict overall = Verdict::Inconclusive;
    std::size_t bestArm = 0;             ///< the winning arm when overall = Better (else 0)
    std::vector<util::Message> messages; ///< the verdict in words (SRM first when flagged)
};

/// The primary metric's daily series for arm `arm` against the control, and the tau^2 used.
std::vector<DayPoint> dailySeries(const ExperimentData& data, std::size_t arm, const AnalysisOptions& options,
                                  double& tau2);

util::Result<Analysis> analyse(const ExperimentData& data, const AnalysisOptions& options,
                               const util::Progress& progress = {});

} // namespace vitrina::abtest
