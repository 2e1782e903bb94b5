#pragma once
// Ranking metrics of one recommendation list (core/eval/README.md section 3, with the choices made there):
// - the list is de-duplicated keeping each item's first occurrence, then cut to K (a repeated relevant item
//   earns no second gain); the relevant set is a set (duplicates ignored);
// - Precision@K = h/K even when the list is shorter than K (missing positions are non-relevant);
//   Recall@K = h/|R|; CappedRecall@K = h/min(|R|,K) (Liang et al. 2018, implicit's per-visitor "precision");
//   HitRate@K = 1[h>0]; NDCG@K with the log2(k+1) discount and IDCG over min(|R|,K) positions;
//   AP@K normalised by min(|R|,K); RR@K = 1/rank of the first hit if it is within K, else 0;
// - a list whose relevant set is empty has no accuracy values: it is excluded from the accuracy means and
//   counted separately (beyond-accuracy metrics still include it);
// - RR_full = 1/r* with r* the rank of the first relevant item among *all* scored candidates (given by the
//   caller, who has the full ranking).
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "data/Ids.h"

namespace vitrina::eval {

using data::ItemIndex;

/// Per-list metrics, each evaluated at every cut-off K. The first seven are accuracy metrics.
enum class Metric : std::uint8_t {
    Precision,
    Recall,
    CappedRecall,
    HitRate,
    Ndcg,
    AveragePrecision, ///< AP@K; its mean over lists is MAP@K
    ReciprocalRank,   ///< RR@K; its mean over lists is MRR@K
    IntraListDiversity,
    Novelty,
    PopularityPercentile,
};
inline constexpr std::size_t kMetricCount = 10;
inline constexpr std::size_t kAccuracyMetricCount = 7;

constexpr bool isAccuracyMetric(Metric metric) { return static_cast<std::size_t>(metric) < kAccuracyMetricCount; }
/// Stable identifiers for JSON and the CLI: "precision", "recall", "capped_recall", "hit_rate", "ndcg", "map",
/// "mrr", "ild", "novelty", "popularity_percentile".
std::string_view metricName(Metric metric);
std::optional<Metric> metricFromName(std::string_view name);
/// Every metric in declaration order.
std::array<Metric, kMetricCount> allMetrics();

/// The default cut-offs, K = 5, 10, 20 (core/README.md, Evaluation defaults).
std::vector<int> defaultCutoffs();
/// Cut-offs must be non-empty, positive and distinct (any order); fails naming `parameter` otherwise.
void requireCutoffs(std::span<const int> cutoffs, const std::string& parameter = "k");

/// The list's items in order, each item's first occurrence only, at most `limit` of them.
std::vector<ItemIndex> distinctPrefix(std::span<const ItemIndex> list, std::size_t limit);

/// 1/rank for a 1-based full-ranking rank; 0 when rank is 0 (no relevant item among the candidates).
double reciprocalRankFull(std::uint64_t rank);

/// Reusable evaluator of one list at several cut-offs. Keeps scratch buffers between calls, so one instance per
/// thread evaluates millions of lists without allocating.
class ListEvaluator {
public:
    explicit ListEvaluator(std::vector<int> cutoffs);

    const std::vector<int>& cutoffs() const { return cutoffs_; }
    std::size_t largestCutoff() const { return largest_; }

    /// De-duplicates `list` (cut to the largest K) and, when `relevant` has at least one item, writes the
    /// accuracy values to out[metric * cutoffs().size() + kIndex] for the seven accuracy metrics.
    /// Returns the number of distinct relevant items (0: nothing written).
    std::size_t evaluate(std::span<const ItemIndex> list, std::span<const ItemIndex> relevant, std::span<double> out);
    /// The de-duplicated list cut to the largest K, from the last evaluate().
    std::span<const ItemIndex> topItems() const { return top_; }

private:
    std::vector<int> cutoffs_;
    std::size_t largest_ = 0;
    std::vector<double> discount_;      ///< discount_[k] = 1/log2(k+2), position k 0-based
    std::vector<double> idealPrefix_;   ///< idealPrefix_[n] = sum of the first n discounts
    std::vector<ItemIndex> top_;
    std::vector<ItemIndex> relevant_;
    std::vector<std::uint64_t> seen_;   ///< open-addressing set (item + 1) for long lists
    std::vector<double> hitPrefix_, dcgPrefix_, apPrefix_;

    void fillDistinct(std::span<const ItemIndex> list);
};

/// The accuracy values of one list at the given cut-offs (a convenience over ListEvaluator).
struct ListAccuracy {
    std::vector<int> cutoffs;
    std::size_t relevantCount = 0; ///< distinct relevant items; 0 = excluded, every value NaN
    std::array<std::vector<double>, kAccuracyMetricCount> values; ///< values[metric][kIndex]

    double at(Metric metric, std::size_t kIndex) const;
};
ListAccuracy evaluateAccuracy(std::span<const ItemIndex> list, std::span<const ItemIndex> relevant,
                              std::span<const int> cutoffs);

} // namespace vitrina::eval
