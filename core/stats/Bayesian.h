#pragma once
// Bayesian beta-binomial comparison of two conversion rates (core/abtest/README.md). Posteriors
// Beta(prior.alpha + x, prior.beta + n - x). Exact: P(p_B > p_A) by Evan Miller's sum ("Formulas for Bayesian
// A/B testing"), O(alpha_B) terms evaluated with log-Beta; expected loss of each choice (Chris Stucchio,
// "Bayesian A/B testing at VWO", 2015) from the same sum: loss(B) = E[max(p_A - p_B, 0)] =
// m_A h(a_A+1, b_A, a_B, b_B) - m_B h(a_A, b_A, a_B+1, b_B) with h(a,b,c,d) = P(Beta(a,b) > Beta(c,d)),
// m = a/(a+b), checked against numerical integration (core/abtest/README.md, vector A1). Equal-tailed
// credible intervals of each rate are exact (Beta quantiles); the interval of the difference (and a Monte
// Carlo check of the exact values) comes from S paired posterior draws, seeded, in blocks with their own
// streams (identical for any thread count).
#include <cstdint>

#include "stats/Distributions.h"
#include "stats/Proportions.h"
#include "util/Parallel.h"
#include "util/Progress.h"

namespace vitrina::stats {

struct BetaPrior {
    double alpha = 1.0; ///< a whole number for the exact sums (Beta(1,1) = uniform by default)
    double beta = 1.0;
};

struct BayesianOptions {
    BetaPrior prior;
    double credibleLevel = 0.95;
    std::uint64_t monteCarloDraws = 100000; ///< 0 = exact values only (no interval of the difference)
    std::uint64_t seed = 42;
    int threads = util::defaultThreadCount();
    util::Progress progress; ///< cancellation only (the exact sums run once per conversion)
};

struct BayesianResult {
    double alphaControl = 0, betaControl = 0, alphaTreatment = 0, betaTreatment = 0; ///< posterior parameters
    double probabilityTreatmentBetter = 0.0; ///< P(p_B > p_A), exact
    double expectedLossTreatment = 0.0;      ///< E[max(p_A - p_B, 0)]: what choosing B risks, exact
    double expectedLossControl = 0.0;        ///< E[max(p_B - p_A, 0)]: what keeping A risks, exact
    ConfidenceInterval credibleControl, credibleTreatment; ///< equal-tailed, exact
    std::uint64_t draws = 0;
    double probabilityTreatmentBetterMc = 0.0;
    double expectedLossTreatmentMc = 0.0, expectedLossControlMc = 0.0;
    ConfidenceInterval credibleDifference;   ///< of p_B - p_A, Monte Carlo (NaN without draws)
    ConfidenceInterval credibleRelativeLift; ///< of p_B / p_A - 1, Monte Carlo (NaN without draws)
};

/// P(X > Y) for X ~ Beta(aX, bX), Y ~ Beta(aY, bY), aX a positive whole number (Miller's sum over aX terms;
/// `progress` is polled for cancellation every 65,536 terms).
double probabilityGreater(double aX, double bX, double aY, double bY, const util::Progress& progress = {});

BayesianResult betaBinomial(const ProportionArm& control, const ProportionArm& treatment,
                            const BayesianOptions& options = {});

} // namespace vitrina::stats
