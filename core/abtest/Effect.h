#pragma once
// One treatment arm against the control on one metric, on the cumulative data after one day: a test, its
// p-value and two intervals that invert that same test at the same level, so that the three always agree
// (p <= alpha <=> the difference's interval excludes 0 <=> the relative lift's interval excludes 0):
// - conversion and add-to-cart rates (per visitor): the score test, which at "no difference" is the pooled
//   two-proportion z (statsmodels proportions_ztest), with the score intervals of the difference and of the
//   ratio (Miettinen & Nurminen 1985; stats/ScoreIntervals.h). They stay valid at small rates and the lift's
//   interval never goes below -100 %;
// - CTR (discounted clicks per list, a per-visitor ratio metric): the Wald z with the delta-method variances
//   (Deng et al., KDD 2018), its interval, and Fieller's interval (1954) of the ratio with the same variances;
// - revenue per visitor: Welch's t with its interval, and Fieller's interval with Welch's critical value.
// A relative lift needs a control that differs from zero: for a rate at least one conversion (otherwise the
// score interval has no upper bound), for CTR and revenue Fieller's condition (mean^2 > c^2 var). Otherwise
// the lift is undefined, the interval is not printed, and the difference speaks alone.
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>

#include "abtest/Experiment.h"
#include "stats/Proportions.h"

namespace vitrina::abtest {

/// The estimate of one comparison at one confidence level; both intervals come from the same test.
struct Effect {
    double level = 0.95;                      ///< confidence level of both intervals
    double difference = 0.0;                  ///< treatment - control
    stats::ConfidenceInterval differenceInterval;
    bool liftDefined = false;                 ///< false: the control is too close to 0 for a ratio
    double lift = std::numeric_limits<double>::quiet_NaN(); ///< treatment / control - 1 (NaN for a control of 0)
    stats::ConfidenceInterval liftInterval;   ///< of the lift, >= -1; NaN bounds unless liftDefined

    /// The difference's interval excludes 0 (so does the lift's, when defined): the test rejects.
    bool excludesZero() const { return differenceInterval.lower > 0.0 || differenceInterval.upper < 0.0; }
};

struct MetricResult {
    Metric metric = Metric::Conversion;
    const char* test = "";     ///< "score" (rates), "delta" (CTR), "welch" (revenue): a literal
    double control = 0.0, treatment = 0.0; ///< metric values (rates as fractions)
    std::int64_t controlCount = 0;         ///< rates: the control's converting visitors
    double statistic = 0.0;    ///< z (score / Wald) or Welch's t
    double pValue = 1.0;       ///< two-sided, unadjusted
    double standardError = 0.0; ///< of the difference (rates: unpooled), for planning
    Effect effect;             ///< at level 1 - alpha
    double holmAll = 1.0, bhAll = 1.0; ///< p adjusted over every arm x metric
    std::optional<stats::TwoProportionTest> proportions; ///< rates: also the unpooled (Wald) z and interval
    std::optional<stats::RatioTest> ratio;
    std::optional<stats::WelchTest> welch;
};

/// Treatment arm `arm` against arms[0] on `metric` after `day`, intervals at level 1 - alpha; nullopt while an
/// arm has fewer than 2 units (or, for CTR, no list yet).
std::optional<MetricResult> compareMetric(const ExperimentData& data, std::size_t arm, Metric metric,
                                          std::size_t day, double alpha);

/// One arm's metric value after `day` with its interval at level 1 - alpha: Wilson's score interval for a rate
/// (inside [0, 1]), the normal interval cut at 0 for CTR and revenue (both non-negative). NaN without data.
struct ArmValue {
    double value = std::numeric_limits<double>::quiet_NaN();
    double standardError = std::numeric_limits<double>::quiet_NaN();
    stats::ConfidenceInterval interval{std::numeric_limits<double>::quiet_NaN(),
                                       std::numeric_limits<double>::quiet_NaN()};
};
ArmValue armValue(const ArmData& arm, Metric metric, std::size_t day, double alpha);

bool isRate(Metric metric);

} // namespace vitrina::abtest
