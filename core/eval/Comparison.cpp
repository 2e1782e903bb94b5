#include "eval/Comparison.h"

#include <cmath>

namespace vitrina::eval {

ComparisonResult compareModels(std::string subset, std::string metric, std::vector<std::string> models,
                               const std::vector<std::vector<float>>& values, std::uint32_t resamples,
                               std::uint64_t seed, int threads, const util::Progress& progress) {
    ComparisonResult result;
    result.subset = std::move(subset);
    result.metric = std::move(metric);
    result.models = std::move(models);
    result.lists = values.empty() ? 0 : values.front().size();
    if (values.size() < 2 || result.lists < 2) return result;
    std::vector<std::span<const float>> spans;
    for (const auto& v : values) spans.emplace_back(v);
    stats::SignificanceOptions options;
    options.bootstrap.resamples = resamples;
    options.bootstrap.seed = seed;
    options.bootstrap.threads = threads;
    result.matrix = stats::significanceMatrix(spans, options, progress);
    result.computed = true;
    return result;
}

std::vector<SegmentResult> segmentBreakdown(const MetricAccumulator& accumulator, std::span<const ListCase> lists,
                                            Metric focusMetric, std::size_t focusK) {
    const std::size_t kCount = accumulator.cutoffs().size();
    std::vector<SegmentResult> out;
    for (int kind = 0; kind < 2; ++kind) {
        std::vector<std::uint16_t> segmentOf(lists.size());
        for (std::size_t i = 0; i < lists.size(); ++i)
            segmentOf[i] = kind == 0 ? static_cast<std::uint16_t>(lists[i].segment) : static_cast<std::uint16_t>(lists[i].stage);
        const std::size_t count = kind == 0 ? analytics::kActivitySegmentCount : analytics::kFunnelStageCount;
        const std::size_t first = out.size();
        for (std::size_t s = 0; s < count; ++s) {
            SegmentResult r;
            r.kind = kind == 0 ? "activity" : "stage";
            r.name = kind == 0 ? std::string(analytics::segmentName(static_cast<analytics::ActivitySegment>(s)))
                               : std::string(analytics::stageName(static_cast<analytics::FunnelStage>(s)));
            for (auto& m : r.means) m.assign(kCount, std::nan(""));
            out.push_back(std::move(r));
        }
        for (const auto s : segmentOf) ++out[first + s].lists;
        for (std::size_t m = 0; m < kAccuracyMetricCount; ++m)
            for (std::size_t k = 0; k < kCount; ++k) {
                const auto stats = segmentStatistics(accumulator.perList(static_cast<Metric>(m), k), segmentOf, count);
                for (std::size_t s = 0; s < count; ++s) {
                    out[first + s].means[m][k] = stats[s].mean;
                    if (static_cast<Metric>(m) == focusMetric && k == focusK) out[first + s].focus = stats[s];
                }
            }
    }
    return out;
}

} // namespace vitrina::eval
