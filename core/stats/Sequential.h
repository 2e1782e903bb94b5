#pragma once
// Sequential tests that make peeking safe (core/abtest/README.md, Formulas and sources).
//
// mSPRT with a normal mixture (Johari, Koomen, Pekelis, Walsh, KDD 2017; Johari, Pekelis, Walsh, Oper. Res.
// 2022). With the effect estimate Z (difference of arm means) and its variance V at a look, and the mixing
// prior theta ~ N(theta0, tau^2):
//   Lambda = sqrt(V / (V + tau^2)) exp(tau^2 (Z - theta0)^2 / (2 V (V + tau^2))),
// which for n pairs with V = 2 sigma^2 / n is the paper's formula. Always-valid p: p_0 = 1,
// p_n = min(p_{n-1}, 1/Lambda_n); reject when p_n <= alpha. Confidence sequence (inverting Lambda < 1/alpha):
//   Z +- sqrt(V (V + tau^2) / tau^2 * (2 ln(1/alpha) + ln((V + tau^2) / V))), intersected over looks.
// Bernoulli arms plug in V = p_A(1-p_A)/n_A + p_B(1-p_B)/n_B (running rates).
//
// Default mixing variance (when the caller gives none): tau^2 = c(alpha) V*, c(alpha) = -2 ln alpha +
// ln(1 - 2 ln alpha) (7.936 at alpha = 0.05), where V* is the variance of the effect estimate expected at the
// planned horizon. This is the mixture that makes the confidence sequence tightest at the horizon (Howard,
// Ramdas, McAuliffe, Sekhon, "Time-uniform, nonparametric, nonasymptotic confidence sequences", Ann. Statist.
// 2021, §3.5; the same rule as GrowthBook's rho with N* = the planned sample, docs/statistics/sequential.mdx).
//
// GrowthBook asymptotic confidence sequences (gbstats/frequentist/tests.py; Waudby-Smith et al. 2103.06476):
//   rho = sqrt((-2 ln alpha + ln(-2 ln alpha + 1)) / N*), N* = tuning size (total over arms, default 5000);
//   half-width = SE sqrt(N) sqrt(2 (N rho^2 + 1) / (N^2 rho^2) ln(sqrt(N rho^2 + 1) / alpha)), N = n_A + n_B;
//   p = min(1, 1/E), E = exp(rho^2 S / (2 (N rho^2 + 1))) / sqrt(N rho^2 + 1), S = N (Z - mu0)^2 / SE^2, recomputed
//   at each look (no running minimum, as in GrowthBook). Two-sided only.
#include <cstdint>
#include <span>
#include <vector>

#include "stats/Distributions.h"
#include "stats/Proportions.h"

namespace vitrina::stats {

/// c(alpha) = -2 ln alpha + ln(1 - 2 ln alpha).
double mixtureBoundaryConstant(double alpha);
/// The default tau^2 = c(alpha) * plannedEffectVariance.
double mixingVarianceForHorizon(double plannedEffectVariance, double alpha = 0.05);
/// V* for Bernoulli arms at the planned horizon: 2 p (1 - p) / visitorsPerArm.
double plannedProportionEffectVariance(double rate, double visitorsPerArm);

/// ln Lambda for an effect estimate with variance V > 0 (tau2 > 0).
double msprtLogLikelihoodRatio(double effect, double effectVariance, double tau2, double theta0 = 0.0);
/// Half-width of the always-valid interval at one look.
double msprtHalfWidth(double effectVariance, double tau2, double alpha = 0.05);

/// One look: the effect estimate and its variance (cumulative data up to the look).
struct EffectLook {
    double effect = 0.0;
    double variance = 0.0; ///< 0 = no information yet (the look changes nothing)
};

struct SequentialPoint {
    double effect = 0.0;
    double variance = 0.0;
    double logLikelihoodRatio = 0.0; ///< -inf when variance = 0
    double alwaysValidP = 1.0;       ///< running minimum of 1/Lambda
    ConfidenceInterval interval;     ///< running intersection (infinite before the first informative look)
    bool reject = false;             ///< alwaysValidP <= alpha
};

struct MsprtOptions {
    double alpha = 0.05;
    double theta0 = 0.0;
    double tau2 = 0.0; ///< mixing variance; must be > 0 (see mixingVarianceForHorizon for the default rule)
};

std::vector<SequentialPoint> msprtSequence(std::span<const EffectLook> looks, const MsprtOptions& options);

/// Cumulative counts of both arms at one look.
struct ProportionLook {
    ProportionArm control;
    ProportionArm treatment;
};
/// Bernoulli arms: effect p_B - p_A, plug-in variance. A look where an arm has no visitor, or where both
/// plug-in variances are 0, is uninformative. tau2 comes from the plan, never from the data being tested
/// (e.g. mixingVarianceForHorizon(plannedProportionEffectVariance(baseline, plannedVisitorsPerArm))).
std::vector<SequentialPoint> msprtProportions(std::span<const ProportionLook> looks, const MsprtOptions& options);

double growthbookRho(double alpha = 0.05, double tuningSize = 5000.0);

struct GrowthbookSequential {
    double halfWidth = 0.0;
    ConfidenceInterval interval;
    double pValue = 1.0;
};
/// effect with standard error SE > 0 after totalUnits = n_A + n_B units.
GrowthbookSequential growthbookSequential(double effect, double standardError, double totalUnits, double alpha = 0.05,
                                          double tuningSize = 5000.0, double mu0 = 0.0);

} // namespace vitrina::stats
