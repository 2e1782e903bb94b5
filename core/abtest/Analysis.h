#pragma once
// Analysis of a simulated A/B test with the statistics engine (core/stats, abtest/Effect.h; formulas and sources
// in core/abtest/README.md). Each treatment arm is compared with arms[0] (the control) on every metric the
// experiment has (Effect.h: a test and the intervals that invert it); on the primary metric also the two-sample
// bootstrap (difference and lift) and, for rates, the Bayesian beta-binomial (P(beat control), expected losses,
// credible intervals).
//
// The verdict comes from one analysis, the primary metric's test: with m treatment arms its p-value is
// Bonferroni-adjusted (min(1, m p)) and its intervals are at level 1 - alpha/m, so that "significant"
// (adjusted p <= alpha) holds exactly when the shown interval of the difference excludes 0, and then the
// lift's interval excludes 0 as well. Holm and Benjamini-Hochberg over every arm x metric are reported beside
// it (they give no interval). SRM: chi-square against the planned split, flagged at p < 0.001, which
// overrides the verdict.
//
// Over time (cumulative data after each day) for the primary metric: both arms' values with their intervals
// (Wilson for rates), the verdict's effect (same test and level) and its fixed-horizon p (what naive peeking
// looks at), and the always-valid p-value and confidence sequence of the mSPRT with a normal mixture (Johari
// et al. 2017/2022). Its mixing variance tau^2 = c(alpha) V*, V* = the effect variance at the planned horizon
// (stats/Sequential.h): for rates 2 p (1 - p) / n with the planned rate and visitors per arm when given,
// otherwise the pooled rate and the mean visitors per arm at the end (they depend on traffic and the overall
// rate, not on which arm is better); for CTR and revenue the final variance of the difference.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "abtest/Effect.h"
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
    stats::ConfidenceInterval controlInterval, treatmentInterval; ///< level 1 - alpha (abtest::armValue)
    Effect effect;              ///< the verdict's test and level; NaN values while an arm lacks data
    double fixedP = 1.0;        ///< fixed-horizon p of the data so far (unadjusted)
    double alwaysValidP = 1.0;  ///< mSPRT, running minimum (unadjusted)
    stats::ConfidenceInterval sequentialInterval;    ///< of the difference, running intersection
};

enum class Verdict : std::uint8_t { Better, Worse, Inconclusive, SampleRatioMismatch };
std::string verdictName(Verdict verdict); ///< "better", "worse", "inconclusive", "srm"

/// The one analysis behind a verdict: the primary metric's test, Bonferroni over the treatment arms.
struct Decision {
    std::size_t family = 1;   ///< treatment arms sharing the control (m)
    double level = 0.95;      ///< of the intervals: 1 - alpha/m
    double pValue = 1.0;      ///< the test's p, unadjusted
    double adjustedP = 1.0;   ///< min(1, m p)
    Effect effect;            ///< at `level`
    bool significant = false; ///< adjustedP <= alpha; holds exactly when effect.excludesZero()
};

struct Comparison {
    std::size_t arm = 1;
    std::vector<MetricResult> metrics;   ///< every available metric, the primary first (intervals at 1 - alpha)
    Decision decision;
    std::vector<DayPoint> series;        ///< primary metric over the days
    double tau2 = 0.0;
    std::optional<stats::TwoSampleBootstrap> bootstrap;  ///< primary metric (not CTR), level 1 - alpha
    std::optional<stats::BayesianResult> bayesian;       ///< primary rate metrics
    double detectableLift = 0.0;         ///< relative lift detectable with `power` at this traffic (powerPlan)
    Verdict verdict = Verdict::Inconclusive;
    util::Message verdictMessage;
    std::optional<util::Message> liftNote; ///< why no relative lift is given (the control is too close to 0)
};

struct Analysis {
    AnalysisOptions options;
    stats::SampleRatioCheck srm;
    std::vector<Comparison> comparisons; ///< one per treatment arm
    Verdict overall = Verdict::Inconclusive;
    std::size_t bestArm = 0;             ///< the winning arm when overall = Better (else 0)
    std::vector<util::Message> messages; ///< in words: SRM (when flagged), the Bonferroni note (m > 1), then per
                                         ///< arm its verdict and the lift note
};

/// What a daily series computes: everything, or only the p-values (the parametric study's thousands of runs).
struct SeriesOptions {
    bool effects = true; ///< the verdict's effect with its intervals, per day
};
/// The primary metric's daily series for arm `arm` against the control, and the tau^2 used.
std::vector<DayPoint> dailySeries(const ExperimentData& data, std::size_t arm, const AnalysisOptions& options,
                                  double& tau2, const SeriesOptions& series = {});

/// Alpha of one comparison under the verdict's Bonferroni rule: alpha / (arms - 1).
double comparisonAlpha(const ExperimentData& data, const AnalysisOptions& options);

/// The plan behind a verdict's detectable lift on a rate metric (Fleiss formula, stats/Power.h): the control's
/// rate, the mean visitors per arm of the pair (rounded down), the comparison's alpha and the power. The A/B
/// page's power calculator starts from it, so that both quote the same detectable effect.
struct PowerPlan {
    double baselineRate = 0.0;
    double visitorsPerArm = 0.0;
    double alpha = 0.05;
    double power = 0.8;
};
/// nullopt for CTR and revenue, or a control rate of 0 or 1.
std::optional<PowerPlan> powerPlan(const ExperimentData& data, std::size_t arm, const AnalysisOptions& options);
/// Relative lift detectable under the plan (NaN when even a rate of 1 would not be).
double detectableLift(const PowerPlan& plan);

util::Result<Analysis> analyse(const ExperimentData& data, const AnalysisOptions& options,
                               const util::Progress& progress = {});

} // namespace vitrina::abtest
