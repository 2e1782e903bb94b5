#pragma once
// Percentile bootstrap of a mean (Efron & Tibshirani 1993), used for the paired difference of two models
// (ALGORITHMS.md §4: resample lists with replacement, the same lists for both models = resample d) and for the
// difference and relative lift of two independent A/B arms (§5: each arm resampled on its own).
// CI = [q_{alpha/2}, q_{1-alpha/2}] of the resample means, type-7 quantiles (as scipy.stats.bootstrap with
// method='percentile').
//
// Speed and reproducibility: resample b draws from its own stream Rng::forStream(seed, b), so the result is
// bit-identical for a seed whatever the thread count. A sample with few distinct values (metric differences,
// 0/1 conversions) is resampled exactly as multinomial counts over its distinct values (conditional binomials,
// O(distinct) per resample); otherwise n uniform indexes are drawn per resample (two per 64-bit draw).
#include <cstdint>
#include <span>
#include <vector>

#include "stats/Distributions.h"
#include "stats/Paired.h"
#include "util/Parallel.h"
#include "util/Progress.h"
#include "util/Random.h"

namespace vitrina::stats {

struct BootstrapOptions {
    std::uint32_t resamples = 2000;
    double alpha = 0.05;
    std::uint64_t seed = 42;
    int threads = util::defaultThreadCount();
    bool keepDistribution = false; ///< return the sorted resample statistics (for plots)
};

struct BootstrapResult {
    double estimate = 0.0;          ///< the statistic on the original sample
    ConfidenceInterval interval;    ///< percentile interval; NaN bounds when every resample was dropped
    double standardError = 0.0;     ///< standard deviation of the kept resample statistics
    std::uint32_t resamples = 0;    ///< requested
    std::uint32_t dropped = 0;      ///< resamples without a defined statistic (lift with a zero control mean)
    bool overDistinctValues = false; ///< true: multinomial over distinct values; false: index resampling
    std::vector<double> distribution; ///< sorted kept statistics, when keepDistribution
};

/// Bootstrap of the mean of one sample (for paired models: of the differences d). Needs n >= 2.
BootstrapResult bootstrapMean(const DistinctValues& sample, const BootstrapOptions& options = {},
                              const util::Progress& progress = {});
BootstrapResult bootstrapMean(std::span<const double> sample, const BootstrapOptions& options = {},
                              const util::Progress& progress = {});

struct TwoSampleBootstrap {
    BootstrapResult difference;   ///< mean(B) - mean(A)
    BootstrapResult relativeLift; ///< mean(B) / mean(A) - 1; resamples with mean(A*) = 0 dropped and counted
};
/// Independent resampling of control A and treatment B (sizes n_A, n_B). Each needs n >= 2.
TwoSampleBootstrap bootstrapTwoSamples(const DistinctValues& control, const DistinctValues& treatment,
                                       const BootstrapOptions& options = {}, const util::Progress& progress = {});
TwoSampleBootstrap bootstrapTwoSamples(std::span<const double> control, std::span<const double> treatment,
                                       const BootstrapOptions& options = {}, const util::Progress& progress = {});

/// Draws resample means of one sample; picks the multinomial or the index path. Shared with the
/// significance matrix. Not thread-safe: one per thread (it keeps scratch space).
class MeanResampler {
public:
    explicit MeanResampler(const DistinctValues& sample);
    /// Whether a sample is resampled over its distinct values (else by indexes).
    static bool usesDistinctValues(const DistinctValues& sample);
    bool overDistinctValues() const { return overDistinct_; }
    /// The mean of one resample of the same size as the sample.
    double draw(util::Rng& rng);

private:
    const DistinctValues* sample_;
    bool overDistinct_;
    std::vector<double> expanded_; ///< the sample written out, for index resampling
    std::vector<std::uint64_t> scratch_;
};

/// Checks the options (resamples >= 1, alpha in (0, 1), threads >= 1); fails naming the field.
void requireBootstrapOptions(const BootstrapOptions& options);
/// Sorts `statistics` and fills interval, standard error and (if asked) the distribution of `result`.
void summarizeResamples(std::vector<double> statistics, const BootstrapOptions& options, BootstrapResult& result);

} // namespace vitrina::stats
