#pragma once
// Accumulates the ranking metrics of many lists (core/eval/README.md section 3): means, per-list vectors (one
// float per list per metric per K, for significance tests and segment breakdowns) and the catalogue-level
// exposure counts behind coverage and Gini. Lists are taken one by one; for threads, give each chunk of lists
// its own accumulator and merge them in chunk order (evaluateListsInParallel does exactly that), so the
// result is bit-identical for a given thread count and the per-list vectors are in list order for any thread
// count.
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <vector>

#include "eval/BeyondAccuracy.h"
#include "eval/Metrics.h"
#include "stats/Distributions.h"
#include "util/Parallel.h"

namespace vitrina::eval {

struct MetricConfig {
    std::vector<int> cutoffs = defaultCutoffs(); ///< any distinct positive K
    bool keepPerList = true;                     ///< keep the per-list vectors (needed for significance)
};

struct MetricSummary {
    std::vector<int> cutoffs;
    std::uint64_t lists = 0;                ///< every list added
    std::uint64_t listsWithRelevant = 0;    ///< lists in the accuracy means
    std::uint64_t listsWithoutRelevant = 0; ///< excluded from accuracy, counted separately
    std::uint64_t emptyLists = 0;           ///< lists without any item (no novelty or percentile)
    /// mean[metric][kIndex] (macro average over lists); NaN where no list qualifies or a table is missing.
    std::array<std::vector<double>, kMetricCount> mean;
    std::vector<double> coverage; ///< per kIndex; NaN without item statistics
    std::vector<double> gini;     ///< per kIndex; NaN without item statistics or without any recommendation
    std::uint64_t fullRankLists = 0;                            ///< lists that came with a full rank
    double rrFull = std::numeric_limits<double>::quiet_NaN();   ///< mean RR_full over those lists

    double at(Metric metric, std::size_t kIndex) const { return mean[static_cast<std::size_t>(metric)].at(kIndex); }
};

class MetricAccumulator {
public:
    /// `items` may be null (no beyond-accuracy metrics, no range check); when given it must outlive this object.
    explicit MetricAccumulator(MetricConfig config, const ItemStatistics* items = nullptr);

    /// Adds one list. `fullRank` (1-based rank of the first relevant item among all candidates, 0 = none of
    /// them) gives RR_full; it is ignored for lists without a relevant item.
    void add(std::span<const ItemIndex> list, std::span<const ItemIndex> relevant,
             std::optional<std::uint64_t> fullRank = std::nullopt);
    /// Appends the lists of `later` after this one's (same config and item statistics, else it fails).
    void merge(const MetricAccumulator& later);

    MetricSummary summary() const;

    const std::vector<int>& cutoffs() const { return config_.cutoffs; }
    std::uint64_t listCount() const { return lists_; }
    /// Per-list values of every added list, in order; NaN where undefined (accuracy of a list without a
    /// relevant item, novelty of an empty list, a metric whose table is missing). Empty if !keepPerList.
    std::span<const float> perList(Metric metric, std::size_t kIndex) const;
    /// RR_full per list (NaN where no full rank was given or nothing is relevant).
    std::span<const float> perListRrFull() const { return rrFullColumn_; }
    /// Positions (in add order) of the lists with at least one relevant item.
    std::vector<std::uint64_t> listsWithRelevant() const;
    /// The per-list values of the lists with a relevant item only: the same rows for every model evaluated on
    /// the same lists, ready for the paired tests of stats/Paired.h.
    std::vector<float> accuracyValues(Metric metric, std::size_t kIndex) const;
    /// How many lists show each item within the first cutoffs()[kIndex] positions (empty without items).
    std::vector<std::uint64_t> exposureCounts(std::size_t kIndex) const;

private:
    MetricConfig config_;
    const ItemStatistics* items_;
    ListEvaluator evaluator_;
    std::vector<double> scratch_;
    std::uint64_t lists_ = 0, withRelevant_ = 0, emptyLists_ = 0, fullRankLists_ = 0;
    std::vector<double> sums_;              ///< [metric * K + k]
    std::vector<std::uint64_t> counts_;     ///< [metric * K + k]: lists that contributed to sums_
    double rrFullSum_ = 0.0;
    std::vector<std::vector<float>> columns_; ///< [metric * K + k] when keepPerList
    std::vector<float> rrFullColumn_;
    std::vector<std::uint32_t> exposure_;   ///< [k * itemCount + item]
};

/// Mean, count and Student-t interval of a per-list metric within each segment (NaN values skipped).
struct SegmentStatistic {
    std::uint64_t count = 0;
    double mean = std::numeric_limits<double>::quiet_NaN();
    double standardDeviation = std::numeric_limits<double>::quiet_NaN(); ///< n - 1 denominator
    stats::ConfidenceInterval interval; ///< NaN bounds below two values
};
/// `segmentOfList[i]` in [0, segmentCount) for each value; fails on mismatched lengths or a segment out of range.
std::vector<SegmentStatistic> segmentStatistics(std::span<const float> values,
                                                std::span<const std::uint16_t> segmentOfList,
                                                std::size_t segmentCount, double alpha = 0.05);

/// Evaluates lists 0..listCount-1 on `threads` threads: produce(i, accumulator) adds list i. Chunks are
/// contiguous and merged in chunk order, so per-list vectors come out in list order.
template <class Produce>
MetricAccumulator evaluateListsInParallel(std::size_t listCount, int threads, const MetricConfig& config,
                                          const ItemStatistics* items, Produce&& produce) {
    const std::size_t chunks = std::max<std::size_t>(
        1, std::min<std::size_t>(static_cast<std::size_t>(std::max(threads, 1)), std::max<std::size_t>(listCount, 1)));
    std::vector<MetricAccumulator> partial(chunks, MetricAccumulator(config, items));
    util::parallelChunks(listCount, static_cast<int>(chunks), [&](std::size_t begin, std::size_t end, std::size_t chunk) {
        for (std::size_t i = begin; i < end; ++i) produce(i, partial[chunk]);
    });
    for (std::size_t c = 1; c < chunks; ++c) partial[0].merge(partial[c]);
    return std::move(partial[0]);
}

} // namespace vitrina::eval
