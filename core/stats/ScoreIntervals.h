#pragma once
// Intervals that agree with a test because they invert it (the interval holds exactly the values the test at
// the same level does not reject), for the A/B analysis (core/abtest):
// - two proportions, score test (Miettinen & Nurminen, "Comparative analysis of two rates", Stat. Med. 1985;
//   for the difference also Mee, Biometrics 1984): the variance is taken at the maximum-likelihood rates
//   restricted to the null value (a cubic for the difference p_B - p_A, a quadratic for the ratio p_B / p_A).
//   At the null "no difference" both statistics equal the pooled two-proportion z (statsmodels
//   proportions_ztest), so the pooled z-test rejects exactly when the score interval of the difference
//   excludes 0 and exactly when the score interval of the ratio excludes 1. The ratio's interval starts at 0
//   (a lift never below -100 %), keeps its coverage at small rates, and has no upper bound when the control has
//   no conversion. Statsmodels: confint_proportions_2indep(method='score', correction=False) for the ratio (its
//   0.13 difference branch forces the N/(N-1) correction and solves a variant of the cubic that misses the
//   restricted maximum, so the difference is checked against the likelihood equation instead);
// - Fieller's interval of a ratio of two independent, approximately normal means (Fieller, "Some problems in
//   interval estimation", JRSS B 1954): {rho : (b - rho a)^2 <= c^2 (v_b + rho^2 v_a)}. At rho = 1 this is the
//   Wald (or Welch) test of b - a with the same variances and critical value c, so both agree. Bounded exactly
//   when the control mean differs from 0 at that level (a^2 > c^2 v_a);
// - Wilson's score interval of one proportion (statsmodels proportion_confint(method='wilson')), inside [0, 1].
#include <cstdint>

#include "stats/Distributions.h"
#include "stats/Proportions.h"

namespace vitrina::stats {

struct ScoreOptions {
    double alpha = 0.05;
    /// Miettinen-Nurminen's small-sample factor N/(N-1) on the variance. Off for the A/B analysis: with it the
    /// statistic at the null is no longer the pooled z (statsmodels' default is on).
    bool smallSampleCorrection = false;
};

/// Score statistic of H0: p_B - p_A = delta, delta in [-1, 1]: (p^_B - p^_A - delta) / SE restricted to H0.
/// delta = 0 gives the pooled z. A zero SE gives 0 for a zero numerator, else +-inf.
double scoreStatisticDifference(const ProportionArm& control, const ProportionArm& treatment, double delta,
                                const ScoreOptions& options = {});
/// Score statistic of H0: p_B / p_A = ratio, ratio >= 0: (p^_B - ratio p^_A) / SE restricted to H0.
double scoreStatisticRatio(const ProportionArm& control, const ProportionArm& treatment, double ratio,
                           const ScoreOptions& options = {});

/// Score interval of p_B - p_A at level 1 - alpha (always bounded, inside [-1, 1]).
ConfidenceInterval scoreIntervalDifference(const ProportionArm& control, const ProportionArm& treatment,
                                           const ScoreOptions& options = {});
/// Score interval of p_B / p_A at level 1 - alpha; lower >= 0; upper = +inf when the control has no
/// conversion. Both bounds NaN when neither arm has a conversion (nothing to compare).
ConfidenceInterval scoreIntervalRatio(const ProportionArm& control, const ProportionArm& treatment,
                                      const ScoreOptions& options = {});

struct FiellerInterval {
    bool bounded = false;        ///< false when the control mean is not distinguishable from 0 (a^2 <= c^2 v_a)
    ConfidenceInterval interval; ///< of mean_B / mean_A; NaN bounds when not bounded
};
struct FiellerInput {
    double meanControl = 0.0, varianceControl = 0.0;     ///< a and the variance of its estimate
    double meanTreatment = 0.0, varianceTreatment = 0.0; ///< b and the variance of its estimate
    double critical = 1.959963984540054;                 ///< c: z_{1-alpha/2}, or t_{df,1-alpha/2} for Welch
    bool nonNegative = true; ///< both means are >= 0 by nature (rates, CTR, revenue): the ratio too
};
/// Fieller's interval of mean_B / mean_A; with nonNegative the lower bound is cut at 0.
FiellerInterval fiellerInterval(const FiellerInput& input);

/// Wilson's score interval of a proportion at level 1 - alpha (visitors >= 1).
ConfidenceInterval wilsonInterval(const ProportionArm& arm, double alpha = 0.05);

} // namespace vitrina::stats
