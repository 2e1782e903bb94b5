#pragma once
// Thin wrappers over Boost.Math for the distributions the tests need (no hand-written special functions),
// plus the interval type and the quantile convention shared by every statistics function.
#include <span>

namespace vitrina::stats {

struct ConfidenceInterval {
    double lower = 0.0;
    double upper = 0.0;
    bool contains(double value) const { return lower <= value && value <= upper; }
    double halfWidth() const { return 0.5 * (upper - lower); }
};

double normalCdf(double z);      ///< Phi(z)
double normalQuantile(double q); ///< Phi^-1(q), q in (0, 1)
/// z_{1 - alpha/2}: the two-sided normal critical value at level alpha.
double twoSidedCriticalZ(double alpha);
/// 2 Phi(-|z|); 1 for z = 0, 0 for infinite z.
double twoSidedNormalP(double z);
/// 2 T_df(-|t|), df > 0; the normal limit for infinite df.
double twoSidedStudentP(double t, double df);
/// Quantile of Student's t with df degrees of freedom, q in (0, 1).
double studentQuantile(double q, double df);
/// 1 - F_chi2(x; df), the upper tail.
double chiSquaredSurvival(double x, double df);
/// Quantile of Beta(a, b).
double betaQuantile(double q, double a, double b);
/// Density of Beta(a, b) at x in [0, 1] (a, b > 0); +infinity where it is unbounded (x = 0 with a < 1,
/// x = 1 with b < 1), 0 outside [0, 1].
double betaDensity(double x, double a, double b);
/// Mean a / (a + b) and standard deviation of Beta(a, b).
double betaMean(double a, double b);
double betaStandardDeviation(double a, double b);
/// ln Gamma(x), x > 0.
double logGamma(double x);
/// ln B(a, b) = lnGamma(a) + lnGamma(b) - lnGamma(a + b).
double logBeta(double a, double b);

/// Linear-interpolation quantile (Hyndman-Fan type 7, NumPy's default, which scipy.stats.bootstrap uses for
/// its percentile intervals) of values sorted ascending; NaN for an empty input.
double sortedQuantile(std::span<const double> sorted, double q);

} // namespace vitrina::stats
