#pragma once
// Planning two-proportion tests (core/abtest/README.md, equal allocation, two-sided alpha, power 1 - beta).
// Per arm, delta = p2 - p1, pbar = (p1 + p2)/2:
// - Fleiss (pooled null, unpooled alternative, no continuity correction; ours for planning):
//   n = (z_{1-a/2} sqrt(2 pbar (1-pbar)) + z_{1-b} sqrt(p1(1-p1) + p2(1-p2)))^2 / delta^2;
// - simple unpooled: n = (z_{1-a/2} + z_{1-b})^2 (p1(1-p1) + p2(1-p2)) / delta^2;
// - Cohen's h = 2 asin sqrt p2 - 2 asin sqrt p1: closed form n = 2 (z_{1-a/2} + z_{1-b})^2 / h^2, and the
//   statsmodels NormalIndPower.solve_power root of Phi(h sqrt(n/2) - z) + Phi(-h sqrt(n/2) - z) = power.
// Power for a given n and the minimum detectable effect invert the Fleiss form (both tails counted).
#include <cstdint>

namespace vitrina::stats {

struct SampleSizeResult {
    double fleiss = 0.0;            ///< per arm, unrounded
    std::uint64_t perArm = 0;       ///< ceil(fleiss): the planning answer
    double unpooled = 0.0;
    double cohensH = 0.0;           ///< the effect size h
    double cohensHClosedForm = 0.0; ///< 2 (z_a + z_b)^2 / h^2
    double cohensHSolved = 0.0;     ///< statsmodels solve_power
};

/// p1 (baseline) and p2 in (0, 1), p1 != p2, alpha and power in (0, 1).
SampleSizeResult sampleSizePerArm(double p1, double p2, double alpha = 0.05, double power = 0.8);
double cohensH(double p1, double p2);
/// Power of the two-sided pooled z-test with `visitorsPerArm` per arm under the Fleiss normal approximation.
double powerForSampleSize(double p1, double p2, double visitorsPerArm, double alpha = 0.05);
/// Smallest absolute increase delta > 0 over p1 detectable with the given power: solves Fleiss n(p1, p1+delta)
/// = visitorsPerArm by bisection. NaN when even p2 -> 1 needs more visitors.
double minimumDetectableEffect(double p1, double visitorsPerArm, double alpha = 0.05, double power = 0.8);

} // namespace vitrina::stats
