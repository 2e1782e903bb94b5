#pragma once
// Paired comparisons of two models on the same lists (core/eval/README.md section 7): d_u = m_B,u - m_A,u.
// - paired t-test: t = mean(d) / (s_d / sqrt n), df = n - 1, two-sided p, CI mean(d) +- t_{df,1-alpha/2} s_d/sqrt n
//   (scipy.stats.ttest_rel);
// - Wilcoxon signed-rank, normal approximation with the tie correction (scipy.stats.wilcoxon, method='approx'):
//   zero_method 'wilcox' (default: zeros dropped) or 'pratt' (zeros ranked, then their ranks dropped, with
//   Cureton's adjustment of mean and variance), optional continuity correction; T = min(R+, R-);
// - Cohen's d_z = mean(d) / s_d.
// Degenerate data (every d equal, so s_d = 0) gives t = 0 and p = 1 when the mean is 0, and t = +-inf, p = 0
// otherwise; a Wilcoxon test with no non-zero difference (wilcox) gives z = 0, p = 1.
#include <cstdint>
#include <span>
#include <vector>

#include "stats/Distributions.h"

namespace vitrina::stats {

/// d = b - a per position (computed in double). Fails on different lengths or a non-finite value.
std::vector<double> pairedDifferences(std::span<const float> a, std::span<const float> b);
std::vector<double> pairedDifferences(std::span<const double> a, std::span<const double> b);

/// A sample as its distinct values (ascending) with multiplicities: the form every paired test and the
/// bootstrap work on (metric differences usually take few distinct values, so this is also the fast form).
struct DistinctValues {
    std::vector<double> values;
    std::vector<std::uint64_t> counts;
    std::uint64_t total = 0; ///< sum of counts

    double mean() const;
    /// Sample variance (n - 1 denominator); 0 below two values.
    double variance() const;
};
/// Sorts a copy of `values` and counts equal values. Fails on a non-finite value.
DistinctValues distinctValues(std::span<const double> values, const char* name = "values");
/// `successes` ones and `trials - successes` zeros (a Bernoulli sample). Fails on negative or inconsistent counts.
DistinctValues bernoulliSample(std::int64_t successes, std::int64_t trials);

struct PairedTTestResult {
    std::uint64_t n = 0;
    double meanDifference = 0.0;
    double standardDeviation = 0.0; ///< of d, n - 1 denominator
    double standardError = 0.0;
    double t = 0.0;
    double degreesOfFreedom = 0.0;
    double pValue = 1.0;
    ConfidenceInterval interval; ///< of the mean difference, level 1 - alpha
    double cohensDz = 0.0;
};
/// Needs n >= 2 and alpha in (0, 1).
PairedTTestResult pairedTTest(const DistinctValues& differences, double alpha = 0.05);
PairedTTestResult pairedTTest(std::span<const double> differences, double alpha = 0.05);

/// Cohen's d_z = mean(d) / s_d (0 for all-zero d, +-inf when s_d = 0 with a non-zero mean). Needs n >= 2.
double cohensDz(const DistinctValues& differences);

enum class ZeroMethod : std::uint8_t { Wilcox, Pratt };

struct WilcoxonOptions {
    ZeroMethod zeroMethod = ZeroMethod::Wilcox;
    bool continuityCorrection = false;
};

struct WilcoxonResult {
    std::uint64_t n = 0;     ///< pairs in the normal approximation (non-zero only for wilcox, all for pratt)
    std::uint64_t zeros = 0; ///< pairs with d = 0
    double rankSumPositive = 0.0;
    double rankSumNegative = 0.0;
    double statistic = 0.0; ///< T = min(R+, R-)
    double mean = 0.0;      ///< of T under H0
    double variance = 0.0;  ///< of T under H0, tie-corrected
    double z = 0.0;
    double pValue = 1.0; ///< two-sided
};
WilcoxonResult wilcoxonSignedRank(const DistinctValues& differences, const WilcoxonOptions& options = {});
WilcoxonResult wilcoxonSignedRank(std::span<const double> differences, const WilcoxonOptions& options = {});

} // namespace vitrina::stats
