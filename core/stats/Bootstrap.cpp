#include "stats/Bootstrap.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "stats/Checks.h"
#include "stats/Sampling.h"

namespace vitrina::stats {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// A multinomial draw costs a binomial variate (~tens of ns) per distinct value, an index draw a few ns per
// element: the distinct-value path pays off below about one distinct value per 32 elements.
constexpr std::uint64_t kElementsPerDistinctValue = 32;

/// Runs body(b, resampler...) for b in [0, resamples) on the option's threads; each chunk reports progress and
/// polls cancellation once per resample.
template <class Body>
void forEachResample(std::uint32_t resamples, int threads, const util::Progress& progress, Body&& body) {
    util::parallelChunks(resamples, threads, [&](std::size_t begin, std::size_t end, std::size_t chunk) {
        auto state = body.makeState();
        for (std::size_t b = begin; b < end; ++b) {
            progress.check();
            body.run(b, state);
            if (chunk == 0 && (b - begin) % 16 == 0)
                progress.set(static_cast<double>(b - begin) / static_cast<double>(std::max<std::size_t>(end - begin, 1)));
        }
    });
    progress.set(1.0);
}

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
    std::sort(statistics.begin(), statistics.end());
    result.resamples = options.resamples;
    result.dropped = options.resamples - static_cast<std::uint32_t>(statistics.size());
    if (statistics.empty()) {
        result.interval = {kNaN, kNaN};
        result.standardError = kNaN;
        return;
    }
    result.interval = {sortedQuantile(statistics, options.alpha / 2.0), sortedQuantile(statistics, 1.0 - options.alpha / 2.0)};
    double sum = 0.0;
    for (const double s : statistics) sum += s;
    const double mean = sum / static_cast<double>(statistics.size());
    double squares = 0.0;
    for (const double s : statistics) squares += (s - mean) * (s - mean);
    result.standardError = statistics.size() > 1 ? std::sqrt(squares / static_cast<double>(statistics.size() - 1)) : 0.0;
    if (options.keepDistribution) result.distribution = std::move(statistics);
}

bool MeanResampler::usesDistinctValues(const DistinctValues& sample) {
    return sample.values.size() * kElementsPerDistinctValue <= sample.total;
}

MeanResampler::MeanResampler(const DistinctValues& sample) : sample_(&sample), overDistinct_(usesDistinctValues(sample)) {
    if (overDistinct_) {
        scratch_.resize(sample.values.size());
    } else {
        expanded_.reserve(sample.total);
        for (std::size_t j = 0; j < sample.values.size(); ++j) expanded_.insert(expanded_.end(), sample.counts[j], sample.values[j]);
    }
}

double MeanResampler::draw(util::Rng& rng) {
    const DistinctValues& s = *sample_;
    double sum = 0.0;
    if (overDistinct_) {
        sampleMultinomial(rng, s.total, s.counts, scratch_);
        for (std::size_t j = 0; j < scratch_.size(); ++j) sum += static_cast<double>(scratch_[j]) * s.values[j];
    } else {
        IndexSampler index(expanded_.size());
        const double* values = expanded_.data();
        for (std::size_t i = 0; i < expanded_.size(); ++i) sum += values[index.next(rng)];
    }
    return sum / static_cast<double>(s.total);
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
    result.overDistinctValues = MeanResampler::usesDistinctValues(sample);
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
    std::vector<double> differences(options.resamples), lifts(options.resamples, kNaN);
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
            differences[b] = meanB - meanA;
            if (meanA != 0.0) lifts[b] = meanB / meanA - 1.0;
        }
    };
    forEachResample(options.resamples, options.threads, progress, Body{control, treatment, options, differences, lifts});

    TwoSampleBootstrap out;
    const double meanA = control.mean(), meanB = treatment.mean();
    const bool overDistinct =
        MeanResampler::usesDistinctValues(control) && MeanResampler::usesDistinctValues(treatment);
    out.difference.estimate = meanB - meanA;
    out.difference.overDistinctValues = overDistinct;
    summarizeResamples(std::move(differences), options, out.difference);
    out.relativeLift.estimate = meanA != 0.0 ? meanB / meanA - 1.0 : kNaN;
    out.relativeLift.overDistinctValues = overDistinct;
    lifts.erase(std::remove_if(lifts.begin(), lifts.end(), [](double v) { return std::isnan(v); }), lifts.end());
    summarizeResamples(std::move(lifts), options, out.relativeLift);
    return out;
}

TwoSampleBootstrap bootstrapTwoSamples(std::span<const double> control, std::span<const double> treatment,
                                       const BootstrapOptions& options, const util::Progress& progress) {
    return bootstrapTwoSamples(distinctValues(control, "control"), distinctValues(treatment, "treatment"), options,
                               progress);
}

} // namespace vitrina::stats
