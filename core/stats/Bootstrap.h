#pragma once
// Percentile bootstrap of a mean (Efron & Tibshirani 1993), used for the paired difference of two models
// (core/eval/README.md section 7: resample lists with replacement, the same lists for both models = resample
// d) and for the difference and relative lift of two independent A/B arms (core/abtest/README.md: each arm
// resampled on its own). CI = [q_{alpha/2}, q_{1-alpha/2}] of the resample means, type-7 quantiles (as
// scipy.stats.bootstrap with method='percentile').
//
// Resampling, chosen per sample for speed (B = 2,000 on a million lists takes well under a second or two):
// - DistinctValues (exact): few distinct values (metric differences, 0/1 conversions): the multinomial counts
//   of the distinct values by conditional binomials, O(distinct) per resample;
// - Indexes (exact): n uniform indexes per resample (two per 64-bit draw), for samples up to 65,536 values;
// - PoissonWeights (the Poisson bootstrap, an approximation that is indistinguishable at this size): larger
//   samples with many distinct values get an independent Poisson(1) weight per value and the weighted mean,
//   which streams through memory instead of jumping around it (Hanley & MacGibbon 2006; Chamandy et al.,
//   "Estimating uncertainty for massive data streams", Google 2012).
// Resample b draws from its own stream Rng::forStream(seed, b): bit-identical for a seed whatever the threads.
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "stats/Distributions.h"
#include "stats/Paired.h"
#include "stats/Sampling.h"
#include "util/Parallel.h"
#include "util/Progress.h"
#include "util/Random.h"

namespace vitrina::stats {

enum class ResamplingMethod : std::uint8_t { DistinctValues, Indexes, PoissonWeights };

struct BootstrapOptions {
    std::uint32_t resamples = 2000;
    double alpha = 0.05;
    std::uint64_t seed = 42;
    int threads = util::defaultThreadCount();
    bool keepDistribution = false; ///< return the sorted resample statistics (for plots)
};

struct BootstrapResult {
    double estimate = 0.0;       ///< the statistic on the original sample
    ConfidenceInterval interval; ///< percentile interval; NaN bounds when every resample was dropped
    double standardError = 0.0;  ///< standard deviation of the kept resample statistics
    std::uint32_t resamples = 0; ///< requested
    std::uint32_t dropped = 0;   ///< resamples without a defined statistic (lift with a zero control mean)
    ResamplingMethod method = ResamplingMethod::Indexes; ///< of the sample (the coarser one for two samples)
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

/// Draws resample means of one sample with the method of the file comment. Not thread-safe: one per thread.
class MeanResampler {
public:
    explicit MeanResampler(const DistinctValues& sample);
    MeanResampler(const MeanResampler& other);
    MeanResampler(MeanResampler&&) noexcept = default;
    static ResamplingMethod methodFor(const DistinctValues& sample);
    ResamplingMethod method() const { return method_; }
    /// The mean of one resample; NaN for an empty Poisson resample (probability e^-n).
    double draw(util::Rng& rng);

private:
    const DistinctValues* sample_;
    ResamplingMethod method_;
    std::vector<double> expanded_; ///< the sample written out (index and Poisson methods)
    std::vector<std::uint64_t> counts_;
    std::unique_ptr<PoissonOneWeights> poisson_; ///< 24 KB of buffers, only for the Poisson method
};

/// Checks the options (resamples >= 1, alpha in (0, 1), threads >= 1); fails naming the field.
void requireBootstrapOptions(const BootstrapOptions& options);
/// Drops NaN statistics (counted as dropped), sorts, and fills interval, standard error and the distribution.
void summarizeResamples(std::vector<double> statistics, const BootstrapOptions& options, BootstrapResult& result);

} // namespace vitrina::stats
