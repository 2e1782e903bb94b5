#include "stats/Bootstrap.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "stats/Checks.h"
#include "util/Message.h"
#include "util/Numbers.h"

namespace vitrina::stats {
namespace {


// A multinomial draw costs a binomial variate (~0.1 us) per distinct value, an element costs a few ns:
// the distinct-value path pays off below about one distinct value per 32 elements.
constexpr std::uint64_t kElementsPerDistinctValue = 32;
// Up to this size the sample fits the L2 cache and exact index resampling is cheap.
constexpr std::uint64_t kLargestIndexResample = 65536;

/// Runs body.run(b, state) for b in [0, resamples) on `threads` threads (one state per chunk); chunk 0 reports
/// progress, every chunk polls cancellation once per resample.
template <class Body>
void forEachResample(std::uint32_t resamples, int threads, const util::Progress& progress, const Body& body) {
    util::parallelChunks(resamples, threads, [&](std::size_t begin, std::size_t end, std::size_t chunk) {
        auto state = body.makeState();
        for (std::size_t b = begin; b < end; ++b) {
            progress.check();
            body.run(b, state);
            if (chunk == 0) progress.set(static_cast<double>(b - begin + 1) / static_cast<double>(end - begin));
        }
    });
    progress.set(1.0);
}

/// sum_i weights[i] * values[i] for one block.
double weightedBlockSum(const std::uint16_t* weights, const double* values, std::size_t count) {
    // Four interleaved partial sums: independent add chains (a fixed order, so still deterministic).
    double partial[4] = {0.0, 0.0, 0.0, 0.0};
    std::size_t i = 0;
    for (; i + 4 <= count; i += 4)
        for (std::size_t lane = 0; lane < 4; ++lane) partial[lane] += static_cast<double>(weights[i + lane]) * values[i + lane];
    for (; i < count; ++i) partial[0] += static_cast<double>(weights[i]) * values[i];
    return (partial[0] + partial[1]) + (partial[2] + partial[3]);
}

ResamplingMethod coarser(ResamplingMethod a, ResamplingMethod b) { return std::max(a, b); }

} // namespace

void requireBootstrapOptions(const BootstrapOptions& options) {
    if (options.resamples < 1)
        util::failParameter("resamples", util::MessageCode::ParameterOutOfRange, {"resamples", "0", "[1, 4294967295]"});
    requireOpenUnit("alpha", options.alpha);
    if (options.threads < 1)
        util::failParameter("threads", util::MessageCode::ParameterOutOfRange,
                            {"threads", std::to_string(options.threads), "[1, 1024]"});
}

void summarizeResamples(std::vector<double> statistics, const BootstrapOptions& options, BootstrapResult& result) {
    statistics.erase(std::remove_if(statistics.begin(), statistics.end(), [](double v) { return std::isnan(v); }),
                     statistics.end());
    std::sort(statistics.begin(), statistics.end());
    result.resamples = options.resamples;
    result.dropped = options.resamples - static_cast<std::uint32_t>(statistics.size());
    if (statistics.empty()) {
        result.interval = {kNaN, kNaN};
        result.standardError = kNaN;
        return;
    }
    result.interval = {sortedQuantile(statistics, options.alpha / 2.0),
                       sortedQuantile(statistics, 1.0 - options.alpha / 2.0)};
    double sum = 0.0;
    for (const double s : statistics) sum += s;
    const double mean = sum / static_cast<double>(statistics.size());
    double squares = 0.0;
    for (const double s : statistics) squares += (s - mean) * (s - mean);
    result.standardError =
        statistics.size() > 1 ? std::sqrt(squares / static_cast<double>(statistics.size() - 1)) : 0.0;
    if (options.keepDistribution) result.distribution = std::move(statistics);
}

ResamplingMethod MeanResampler::methodFor(const DistinctValues& sample) {
    if (sample.values.size() * kElementsPerDistinctValue <= sample.total) return ResamplingMethod::DistinctValues;
    return sample.total <= kLargestIndexResample ? ResamplingMethod::Indexes : ResamplingMethod::PoissonWeights;
}

MeanResampler::MeanResampler(const DistinctValues& sample) : sample_(&sample), method_(methodFor(sample)) {
    if (method_ == ResamplingMethod::DistinctValues) {
        counts_.resize(sample.values.size());
        return;
    }
    expanded_.reserve(sample.total);
    for (std::size_t j = 0; j < sample.values.size(); ++j)
        expanded_.insert(expanded_.end(), sample.counts[j], sample.values[j]);
    if (method_ == ResamplingMethod::PoissonWeights) poisson_ = std::make_unique<PoissonOneWeights>();
}

MeanResampler::MeanResampler(const MeanResampler& other)
    : sample_(other.sample_), method_(other.method_), expanded_(other.expanded_), counts_(other.counts_),
      poisson_(other.poisson_ ? std::make_unique<PoissonOneWeights>() : nullptr) {}


double MeanResampler::draw(util::Rng& rng) {
    const DistinctValues& s = *sample_;
    double sum = 0.0;
    switch (method_) {
    case ResamplingMethod::DistinctValues:
        sampleMultinomial(rng, s.total, s.counts, counts_);
        for (std::size_t j = 0; j < counts_.size(); ++j) sum += static_cast<double>(counts_[j]) * s.values[j];
        return sum / static_cast<double>(s.total);
    case ResamplingMethod::Indexes: {
        IndexSampler index(expanded_.size());
        const double* values = expanded_.data();
        for (std::size_t i = 0; i < expanded_.size(); ++i) sum += values[index.next(rng)];
        return sum / static_cast<double>(s.total);
    }
    case ResamplingMethod::PoissonWeights: {
        const std::size_t n = expanded_.size();
        std::uint64_t weightSum = 0;
        for (std::size_t begin = 0; begin < n; begin += PoissonOneWeights::kBlock) {
            const std::size_t count = std::min(PoissonOneWeights::kBlock, n - begin);
            poisson_->next(rng);
            const std::uint16_t* weights = poisson_->weights();
            std::uint32_t blockWeight = 0;
            for (std::size_t i = 0; i < count; ++i) blockWeight += weights[i];
            sum += weightedBlockSum(weights, expanded_.data() + begin, count);
            weightSum += blockWeight;
        }
        return weightSum > 0 ? sum / static_cast<double>(weightSum) : kNaN;
    }
    }
    return kNaN;
}

BootstrapResult bootstrapMean(const DistinctValues& sample, const BootstrapOptions& options,
                              const util::Progress& progress) {
    requireBootstrapOptions(options);
    requireAtLeast("sample", sample.total, 2);
    std::vector<double> statistics(options.resamples);
    struct Body {
        const DistinctValues& sample;
        const BootstrapOptions& options;
        std::vector<double>& statistics;
        MeanResampler makeState() const { return MeanResampler(sample); }
        void run(std::size_t b, MeanResampler& resampler) const {
            util::Rng rng = util::Rng::forStream(options.seed, b);
            statistics[b] = resampler.draw(rng);
        }
    };
    forEachResample(options.resamples, options.threads, progress, Body{sample, options, statistics});
    BootstrapResult result;
    result.estimate = sample.mean();
    result.method = MeanResampler::methodFor(sample);
    summarizeResamples(std::move(statistics), options, result);
    return result;
}

BootstrapResult bootstrapMean(std::span<const double> sample, const BootstrapOptions& options,
                              const util::Progress& progress) {
    return bootstrapMean(distinctValues(sample, "sample"), options, progress);
}

TwoSampleBootstrap bootstrapTwoSamples(const DistinctValues& control, const DistinctValues& treatment,
                                       const BootstrapOptions& options, const util::Progress& progress) {
    requireBootstrapOptions(options);
    requireAtLeast("control", control.total, 2);
    requireAtLeast("treatment", treatment.total, 2);
    std::vector<double> differences(options.resamples), lifts(options.resamples);
    struct State {
        MeanResampler a, b;
    };
    struct Body {
        const DistinctValues &control, &treatment;
        const BootstrapOptions& options;
        std::vector<double>&differences, &lifts;
        State makeState() const { return {MeanResampler(control), MeanResampler(treatment)}; }
        void run(std::size_t b, State& state) const {
            util::Rng rng = util::Rng::forStream(options.seed, b);
            const double meanA = state.a.draw(rng);
            const double meanB = state.b.draw(rng);
            differences[b] = meanB - meanA; // NaN (dropped) if either Poisson resample was empty
            lifts[b] = meanA != 0.0 ? meanB / meanA - 1.0 : kNaN;
        }
    };
    forEachResample(options.resamples, options.threads, progress, Body{control, treatment, options, differences, lifts});

    TwoSampleBootstrap out;
    const double meanA = control.mean(), meanB = treatment.mean();
    const ResamplingMethod method = coarser(MeanResampler::methodFor(control), MeanResampler::methodFor(treatment));
    out.difference.estimate = meanB - meanA;
    out.difference.method = method;
    summarizeResamples(std::move(differences), options, out.difference);
    out.relativeLift.estimate = meanA != 0.0 ? meanB / meanA - 1.0 : kNaN;
    out.relativeLift.method = method;
    summarizeResamples(std::move(lifts), options, out.relativeLift);
    return out;
}

TwoSampleBootstrap bootstrapTwoSamples(std::span<const double> control, std::span<const double> treatment,
                                       const BootstrapOptions& options, const util::Progress& progress) {
    return bootstrapTwoSamples(distinctValues(control, "control"), distinctValues(treatment, "treatment"), options,
                               progress);
}

} // namespace vitrina::stats
