#include "eval/MetricAccumulator.h"

#include <algorithm>
#include <cmath>

#include "stats/Checks.h"
#include "util/Message.h"
#include "util/Numbers.h"

namespace vitrina::eval {
namespace {

constexpr float kNaNf = std::numeric_limits<float>::quiet_NaN();

std::size_t slot(Metric metric, std::size_t kIndex, std::size_t kCount) {
    return static_cast<std::size_t>(metric) * kCount + kIndex;
}

} // namespace

MetricAccumulator::MetricAccumulator(MetricConfig config, const ItemStatistics* items)
    : config_(std::move(config)), items_(items), evaluator_(config_.cutoffs) {
    const std::size_t kCount = config_.cutoffs.size();
    scratch_.assign(kMetricCount * kCount, kNaN);
    sums_.assign(kMetricCount * kCount, 0.0);
    counts_.assign(kMetricCount * kCount, 0);
    if (config_.keepPerList) columns_.resize(kMetricCount * kCount);
    if (items_ != nullptr) exposure_.assign(kCount * items_->itemCount(), 0);
}

void MetricAccumulator::add(std::span<const ItemIndex> list, std::span<const ItemIndex> relevant,
                            std::optional<std::uint64_t> fullRank) {
    if (items_ != nullptr) items_->requireItems(list, "list");
    const std::size_t kCount = config_.cutoffs.size();
    std::fill(scratch_.begin(), scratch_.end(), kNaN);
    const bool hasRelevant = evaluator_.evaluate(list, relevant, scratch_) > 0;
    const std::span<const ItemIndex> top = evaluator_.topItems();

    if (items_ != nullptr) {
        for (std::size_t ki = 0; ki < kCount; ++ki) {
            const auto shown = top.first(std::min(top.size(), static_cast<std::size_t>(config_.cutoffs[ki])));
            scratch_[slot(Metric::IntraListDiversity, ki, kCount)] = intraListDiversity(shown, *items_);
            scratch_[slot(Metric::Novelty, ki, kCount)] = meanNovelty(shown, *items_);
            scratch_[slot(Metric::PopularityPercentile, ki, kCount)] = meanPopularityPercentile(shown, *items_);
            std::uint32_t* counts = exposure_.data() + ki * items_->itemCount();
            for (const ItemIndex item : shown) ++counts[item];
        }
    }

    for (std::size_t s = 0; s < scratch_.size(); ++s) {
        const double value = scratch_[s];
        if (!std::isnan(value)) {
            sums_[s] += value;
            ++counts_[s];
        }
        if (config_.keepPerList) columns_[s].push_back(static_cast<float>(value));
    }

    double rrFull = kNaN;
    if (hasRelevant && fullRank) {
        rrFull = reciprocalRankFull(*fullRank);
        rrFullSum_ += rrFull;
        ++fullRankLists_;
    }
    if (config_.keepPerList) rrFullColumn_.push_back(static_cast<float>(rrFull));

    ++lists_;
    if (hasRelevant) ++withRelevant_;
    if (top.empty()) ++emptyLists_;
}

void MetricAccumulator::merge(const MetricAccumulator& later) {
    if (later.config_.cutoffs != config_.cutoffs || later.config_.keepPerList != config_.keepPerList ||
        later.items_ != items_)
        util::fail(util::MessageCode::MetricsMergeMismatch, {"cut-offs, per-list storage or item statistics differ"});
    for (std::size_t s = 0; s < sums_.size(); ++s) {
        sums_[s] += later.sums_[s];
        counts_[s] += later.counts_[s];
    }
    for (std::size_t s = 0; s < columns_.size(); ++s)
        columns_[s].insert(columns_[s].end(), later.columns_[s].begin(), later.columns_[s].end());
    rrFullColumn_.insert(rrFullColumn_.end(), later.rrFullColumn_.begin(), later.rrFullColumn_.end());
    for (std::size_t i = 0; i < exposure_.size(); ++i) exposure_[i] += later.exposure_[i];
    rrFullSum_ += later.rrFullSum_;
    lists_ += later.lists_;
    withRelevant_ += later.withRelevant_;
    emptyLists_ += later.emptyLists_;
    fullRankLists_ += later.fullRankLists_;
}

MetricSummary MetricAccumulator::summary() const {
    const std::size_t kCount = config_.cutoffs.size();
    MetricSummary s;
    s.cutoffs = config_.cutoffs;
    s.lists = lists_;
    s.listsWithRelevant = withRelevant_;
    s.listsWithoutRelevant = lists_ - withRelevant_;
    s.emptyLists = emptyLists_;
    for (const Metric metric : allMetrics()) {
        auto& means = s.mean[static_cast<std::size_t>(metric)];
        means.resize(kCount);
        for (std::size_t ki = 0; ki < kCount; ++ki) {
            const std::size_t at = slot(metric, ki, kCount);
            means[ki] = counts_[at] > 0 ? sums_[at] / static_cast<double>(counts_[at]) : kNaN;
        }
    }
    s.coverage.assign(kCount, kNaN);
    s.gini.assign(kCount, kNaN);
    if (items_ != nullptr) {
        for (std::size_t ki = 0; ki < kCount; ++ki) {
            const std::vector<std::uint64_t> counts = exposureCounts(ki);
            s.coverage[ki] = itemCoverage(counts);
            s.gini[ki] = giniIndex(counts);
        }
    }
    s.fullRankLists = fullRankLists_;
    if (fullRankLists_ > 0) s.rrFull = rrFullSum_ / static_cast<double>(fullRankLists_);
    return s;
}

std::span<const float> MetricAccumulator::perList(Metric metric, std::size_t kIndex) const {
    if (!config_.keepPerList) return {};
    return columns_.at(slot(metric, kIndex, config_.cutoffs.size()));
}

std::vector<std::uint64_t> MetricAccumulator::listsWithRelevant() const {
    std::vector<std::uint64_t> rows;
    if (!config_.keepPerList) return rows;
    rows.reserve(withRelevant_);
    // A list has accuracy values exactly when its relevant set was non-empty; HitRate is never NaN otherwise.
    const auto& hit = columns_[slot(Metric::HitRate, 0, config_.cutoffs.size())];
    for (std::size_t i = 0; i < hit.size(); ++i)
        if (!std::isnan(hit[i])) rows.push_back(i);
    return rows;
}

std::vector<float> MetricAccumulator::accuracyValues(Metric metric, std::size_t kIndex) const {
    std::vector<float> values;
    if (!config_.keepPerList || !isAccuracyMetric(metric)) return values;
    const auto column = perList(metric, kIndex);
    values.reserve(withRelevant_);
    for (const float v : column)
        if (!std::isnan(v)) values.push_back(v);
    return values;
}

std::vector<std::uint64_t> MetricAccumulator::exposureCounts(std::size_t kIndex) const {
    if (items_ == nullptr) return {};
    const std::size_t n = items_->itemCount();
    const auto begin = exposure_.begin() + static_cast<std::ptrdiff_t>(kIndex * n);
    return {begin, begin + static_cast<std::ptrdiff_t>(n)};
}

std::vector<SegmentStatistic> segmentStatistics(std::span<const float> values,
                                                std::span<const std::uint16_t> segmentOfList,
                                                std::size_t segmentCount, double alpha) {
    stats::requireSameLength("values", values.size(), "segmentOfList", segmentOfList.size());
    stats::requireOpenUnit("alpha", alpha);
    std::vector<double> sum(segmentCount, 0.0);
    std::vector<SegmentStatistic> out(segmentCount);
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (segmentOfList[i] >= segmentCount)
            util::failParameter("segmentOfList", util::MessageCode::ParameterOutOfRange,
                                {"segmentOfList[" + std::to_string(i) + "]", std::to_string(segmentOfList[i]),
                                 "[0, " + std::to_string(segmentCount) + ")"});
        if (std::isnan(values[i])) continue;
        sum[segmentOfList[i]] += values[i];
        ++out[segmentOfList[i]].count;
    }
    std::vector<double> squares(segmentCount, 0.0);
    for (std::size_t g = 0; g < segmentCount; ++g)
        if (out[g].count > 0) out[g].mean = sum[g] / static_cast<double>(out[g].count);
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (std::isnan(values[i])) continue;
        const double delta = values[i] - out[segmentOfList[i]].mean;
        squares[segmentOfList[i]] += delta * delta;
    }
    for (std::size_t g = 0; g < segmentCount; ++g) {
        SegmentStatistic& st = out[g];
        st.interval = {kNaN, kNaN};
        if (st.count < 2) continue;
        const auto n = static_cast<double>(st.count);
        st.standardDeviation = std::sqrt(squares[g] / (n - 1.0));
        const double half = stats::studentQuantile(1.0 - alpha / 2.0, n - 1.0) * st.standardDeviation / std::sqrt(n);
        st.interval = {st.mean - half, st.mean + half};
    }
    return out;
}

} // namespace vitrina::eval
