#pragma once
// Comparing models evaluated on the same lists: the significance matrix (simultaneous paired bootstrap
// intervals of the mean differences that decide the flag, Wilcoxon p Holm-corrected across the family as a
// check, paired t p, Cohen's d_z; core/eval/README.md section 7) and the breakdown of per-list values by activity segment and funnel stage.
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "eval/MetricAccumulator.h"
#include "eval/Protocol.h"
#include "stats/Significance.h"

namespace vitrina::eval {

struct ComparisonResult {
    std::string subset;                 ///< "all" or "history>=3"
    std::string metric;                 ///< e.g. "ndcg@10"
    std::vector<std::string> models;
    std::uint64_t lists = 0;
    bool computed = false;              ///< false below two models or two lists
    stats::SignificanceMatrix matrix;
};

/// `values[m]` = per-list values of model m on the same lists (NaN-free).
ComparisonResult compareModels(std::string subset, std::string metric, std::vector<std::string> models,
                               const std::vector<std::vector<float>>& values, std::uint32_t resamples,
                               std::uint64_t seed, int threads, const util::Progress& progress = {});

/// Accuracy means of one segment (activity or stage) with the interval of the compared metric.
struct SegmentResult {
    std::string kind; ///< "activity" or "stage"
    std::string name; ///< "cold", "light", ... / "new", "browsing", ...
    std::uint64_t lists = 0;
    /// means[metric][kIndex] for the seven accuracy metrics (NaN values skipped).
    std::array<std::vector<double>, kAccuracyMetricCount> means;
    SegmentStatistic focus; ///< compared metric at its K, with the Student-t interval
};

/// Segments of the lists: the four activity segments, then the four funnel stages (empty ones included).
std::vector<SegmentResult> segmentBreakdown(const MetricAccumulator& accumulator, std::span<const ListCase> lists,
                                            Metric focusMetric, std::size_t focusK);

} // namespace vitrina::eval
