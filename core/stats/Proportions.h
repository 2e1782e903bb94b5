#pragma once
// Fixed-horizon A/B statistics (core/abtest/README.md) for arms A (control) and B (treatment):
// - two-proportion z-test: pooled SE for the test (statsmodels proportions_ztest), unpooled Wald SE for the
//   interval of p_B - p_A (confint_proportions_2indep method='wald'); both reported since they can disagree;
// - Welch t-test with Welch-Satterthwaite df and its interval (scipy ttest_ind(equal_var=False));
// - relative lift mu_B/mu_A - 1 with the delta-method interval (GrowthBook details.mdx eq. 2, independent arms);
// - ratio metrics analysed per visitor (CTR = clicks / exposures): ratio of sums with the linearised
//   variance (1/(n mu_y^2)) (s_x^2 - 2 R s_xy + R^2 s_y^2), covariance included (Deng et al., "Applying the
//   delta method in metric analytics", KDD 2018);
// - sample ratio mismatch: chi-square against the planned weights, flagged below p = 0.001 (GrowthBook).
// Degenerate data: a zero standard error gives z (or t) = 0 and p = 1 when the difference is 0, else +-inf
// and p = 0, with a zero-width interval.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "stats/Distributions.h"

namespace vitrina::stats {

struct ProportionArm {
    std::int64_t conversions = 0;
    std::int64_t visitors = 0;
    double rate() const { return visitors > 0 ? static_cast<double>(conversions) / static_cast<double>(visitors) : 0.0; }
};
/// 0 <= conversions <= visitors and visitors >= 2; fails naming `name`.conversions / `name`.visitors.
void requireArm(const ProportionArm& arm, const std::string& name);

struct TwoProportionTest {
    double rateControl = 0.0, rateTreatment = 0.0;
    double difference = 0.0; ///< p_B - p_A
    double pooledRate = 0.0;
    double pooledStandardError = 0.0;
    double z = 0.0;      ///< with the pooled SE (the test)
    double pValue = 1.0; ///< two-sided, pooled
    double unpooledStandardError = 0.0;
    double unpooledZ = 0.0;
    double unpooledPValue = 1.0;
    ConfidenceInterval interval; ///< Wald interval of the difference, level 1 - alpha
};
TwoProportionTest twoProportionTest(const ProportionArm& control, const ProportionArm& treatment, double alpha = 0.05);

/// Per-arm summary of a numeric metric; variance with the n - 1 denominator.
struct SampleSummary {
    std::int64_t n = 0;
    double mean = 0.0;
    double variance = 0.0;
};
SampleSummary summarize(std::span<const double> values);

struct WelchTest {
    double meanControl = 0.0, meanTreatment = 0.0;
    double difference = 0.0; ///< mean_B - mean_A
    double standardError = 0.0;
    double t = 0.0;
    double degreesOfFreedom = 0.0;
    double pValue = 1.0;
    ConfidenceInterval interval;
};
/// Each arm needs n >= 2 and a finite, non-negative variance.
WelchTest welchTest(const SampleSummary& control, const SampleSummary& treatment, double alpha = 0.05);
WelchTest welchTest(std::span<const double> control, std::span<const double> treatment, double alpha = 0.05);

struct RelativeLift {
    double lift = 0.0; ///< mu_B / mu_A - 1
    double standardError = 0.0;
    ConfidenceInterval interval;
};
/// Delta method with per-unit variances sigma^2 (the summaries' variances). Fails when mu_A = 0.
RelativeLift relativeLift(const SampleSummary& control, const SampleSummary& treatment, double alpha = 0.05);
/// Proportions: sigma^2 = p (1 - p).
RelativeLift relativeLift(const ProportionArm& control, const ProportionArm& treatment, double alpha = 0.05);

/// Sufficient statistics of a per-visitor ratio metric: numerator x_i and denominator y_i per visitor.
struct RatioSums {
    std::int64_t units = 0;
    double numerator = 0.0, denominator = 0.0;
    double numeratorSquares = 0.0, denominatorSquares = 0.0, crossProducts = 0.0;
};
RatioSums ratioSums(std::span<const double> numerators, std::span<const double> denominators);

struct RatioEstimate {
    double ratio = 0.0;    ///< sum x / sum y
    double variance = 0.0; ///< of the estimate (delta method)
    double standardError = 0.0;
};
/// Needs units >= 2 and a positive denominator sum.
RatioEstimate ratioEstimate(const RatioSums& sums);

struct RatioTest {
    RatioEstimate control, treatment;
    double difference = 0.0; ///< R_B - R_A
    double standardError = 0.0;
    double z = 0.0;
    double pValue = 1.0;
    ConfidenceInterval interval;
    RelativeLift lift; ///< R_B / R_A - 1, delta method
};
RatioTest ratioTest(const RatioSums& control, const RatioSums& treatment, double alpha = 0.05);

struct SampleRatioCheck {
    double chiSquare = 0.0;
    double degreesOfFreedom = 0.0;
    double pValue = 1.0;
    bool mismatch = false; ///< pValue < threshold
    std::vector<double> expected;
};
/// `observed` units per arm (>= 2 arms); `weights` = planned shares (positive, sum 1; empty = equal).
SampleRatioCheck sampleRatioMismatch(std::span<const std::int64_t> observed, std::span<const double> weights = {},
                                     double threshold = 0.001);

} // namespace vitrina::stats
