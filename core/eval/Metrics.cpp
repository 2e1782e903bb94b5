#include "eval/Metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "util/Message.h"
#include "util/Random.h"

namespace vitrina::eval {
namespace {

constexpr std::array<std::string_view, kMetricCount> kNames = {
    "precision", "recall", "capped_recall", "hit_rate", "ndcg", "map", "mrr", "ild", "novelty", "popularity_percentile"};

// Lists up to this length are de-duplicated by a linear scan (cheaper than hashing for the usual K <= 20).
constexpr std::size_t kLinearScanLimit = 32;

std::string cutoffsText(std::span<const int> cutoffs) {
    std::string text = "[";
    for (std::size_t i = 0; i < cutoffs.size(); ++i) text += (i ? ", " : "") + std::to_string(cutoffs[i]);
    return text + "]";
}

} // namespace

std::string_view metricName(Metric metric) { return kNames.at(static_cast<std::size_t>(metric)); }

std::optional<Metric> metricFromName(std::string_view name) {
    for (std::size_t i = 0; i < kNames.size(); ++i)
        if (kNames[i] == name) return static_cast<Metric>(i);
    return std::nullopt;
}

std::array<Metric, kMetricCount> allMetrics() {
    std::array<Metric, kMetricCount> metrics{};
    for (std::size_t i = 0; i < kMetricCount; ++i) metrics[i] = static_cast<Metric>(i);
    return metrics;
}

std::vector<int> defaultCutoffs() { return {5, 10, 20}; }

void requireCutoffs(std::span<const int> cutoffs, const std::string& parameter) {
    bool ok = !cutoffs.empty();
    for (std::size_t i = 0; ok && i < cutoffs.size(); ++i) {
        ok = cutoffs[i] > 0;
        for (std::size_t j = 0; ok && j < i; ++j) ok = cutoffs[j] != cutoffs[i];
    }
    if (!ok) util::failParameter(parameter, util::MessageCode::MetricsBadCutoffs, {parameter, cutoffsText(cutoffs)});
}

std::vector<ItemIndex> distinctPrefix(std::span<const ItemIndex> list, std::size_t limit) {
    limit = std::min({limit, list.size(), static_cast<std::size_t>(std::numeric_limits<int>::max())});
    if (limit == 0) return {};
    // Reuse the evaluator's de-duplication so that both paths agree by construction.
    ListEvaluator evaluator({static_cast<int>(limit)});
    evaluator.evaluate(list, {}, {});
    const auto top = evaluator.topItems();
    return {top.begin(), top.end()};
}

double reciprocalRankFull(std::uint64_t rank) { return rank == 0 ? 0.0 : 1.0 / static_cast<double>(rank); }

ListEvaluator::ListEvaluator(std::vector<int> cutoffs) : cutoffs_(std::move(cutoffs)) {
    requireCutoffs(cutoffs_);
    largest_ = static_cast<std::size_t>(*std::max_element(cutoffs_.begin(), cutoffs_.end()));
    discount_.resize(largest_);
    idealPrefix_.assign(largest_ + 1, 0.0);
    for (std::size_t k = 0; k < largest_; ++k) {
        discount_[k] = 1.0 / std::log2(static_cast<double>(k) + 2.0);
        idealPrefix_[k + 1] = idealPrefix_[k] + discount_[k];
    }
    top_.reserve(largest_);
    hitPrefix_.resize(largest_ + 1);
    dcgPrefix_.resize(largest_ + 1);
    apPrefix_.resize(largest_ + 1);
}

void ListEvaluator::fillDistinct(std::span<const ItemIndex> list) {
    top_.clear();
    if (largest_ <= kLinearScanLimit || list.size() <= kLinearScanLimit) {
        for (const ItemIndex item : list) {
            if (top_.size() == largest_) break;
            if (std::find(top_.begin(), top_.end(), item) == top_.end()) top_.push_back(item);
        }
        return;
    }
    // Open addressing on item + 1 (0 = empty); the table holds at most largest_ items at load <= 1/2.
    std::size_t capacity = 64;
    while (capacity < 2 * std::min(largest_, list.size())) capacity *= 2;
    seen_.assign(capacity, 0);
    const std::size_t mask = capacity - 1;
    for (const ItemIndex item : list) {
        if (top_.size() == largest_) break;
        const std::uint64_t key = static_cast<std::uint64_t>(item) + 1;
        std::size_t slot = static_cast<std::size_t>(util::mix64(key)) & mask;
        bool fresh = true;
        while (seen_[slot] != 0) {
            if (seen_[slot] == key) {
                fresh = false;
                break;
            }
            slot = (slot + 1) & mask;
        }
        if (fresh) {
            seen_[slot] = key;
            top_.push_back(item);
        }
    }
}

std::size_t ListEvaluator::evaluate(std::span<const ItemIndex> list, std::span<const ItemIndex> relevant,
                                    std::span<double> out) {
    fillDistinct(list);
    if (relevant.empty()) return 0;
    relevant_.assign(relevant.begin(), relevant.end());
    std::sort(relevant_.begin(), relevant_.end());
    relevant_.erase(std::unique(relevant_.begin(), relevant_.end()), relevant_.end());
    const std::size_t relevantCount = relevant_.size();

    // Prefix sums over positions 1..m of the distinct list: hits, DCG and the AP numerator.
    const std::size_t m = top_.size();
    std::size_t firstHit = 0; // 1-based, 0 = none
    for (std::size_t k = 0; k < m; ++k) {
        const bool hit = std::binary_search(relevant_.begin(), relevant_.end(), top_[k]);
        const double rel = hit ? 1.0 : 0.0;
        hitPrefix_[k + 1] = hitPrefix_[k] + rel;
        dcgPrefix_[k + 1] = dcgPrefix_[k] + rel * discount_[k];
        apPrefix_[k + 1] = apPrefix_[k] + rel * hitPrefix_[k + 1] / static_cast<double>(k + 1);
        if (hit && firstHit == 0) firstHit = k + 1;
    }

    const std::size_t kCount = cutoffs_.size();
    const auto r = static_cast<double>(relevantCount);
    for (std::size_t ki = 0; ki < kCount; ++ki) {
        const auto cut = static_cast<std::size_t>(cutoffs_[ki]);
        const std::size_t upto = std::min(cut, m);
        const double h = hitPrefix_[upto];
        const std::size_t idealPositions = std::min(relevantCount, cut);
        const auto capped = static_cast<double>(idealPositions);
        auto put = [&](Metric metric, double value) { out[static_cast<std::size_t>(metric) * kCount + ki] = value; };
        put(Metric::Precision, h / static_cast<double>(cut));
        put(Metric::Recall, h / r);
        put(Metric::CappedRecall, h / capped);
        put(Metric::HitRate, h > 0.0 ? 1.0 : 0.0);
        put(Metric::Ndcg, dcgPrefix_[upto] / idealPrefix_[idealPositions]);
        put(Metric::AveragePrecision, apPrefix_[upto] / capped);
        put(Metric::ReciprocalRank, firstHit != 0 && firstHit <= cut ? 1.0 / static_cast<double>(firstHit) : 0.0);
    }
    return relevantCount;
}

double ListAccuracy::at(Metric metric, std::size_t kIndex) const {
    if (!isAccuracyMetric(metric)) return std::numeric_limits<double>::quiet_NaN();
    return values[static_cast<std::size_t>(metric)].at(kIndex);
}

ListAccuracy evaluateAccuracy(std::span<const ItemIndex> list, std::span<const ItemIndex> relevant,
                              std::span<const int> cutoffs) {
    ListEvaluator evaluator({cutoffs.begin(), cutoffs.end()});
    const std::size_t kCount = cutoffs.size();
    std::vector<double> flat(kAccuracyMetricCount * kCount, std::numeric_limits<double>::quiet_NaN());
    ListAccuracy result;
    result.cutoffs.assign(cutoffs.begin(), cutoffs.end());
    result.relevantCount = evaluator.evaluate(list, relevant, flat);
    for (std::size_t m = 0; m < kAccuracyMetricCount; ++m)
        result.values[m].assign(flat.begin() + static_cast<std::ptrdiff_t>(m * kCount),
                                flat.begin() + static_cast<std::ptrdiff_t>((m + 1) * kCount));
    return result;
}

} // namespace vitrina::eval
