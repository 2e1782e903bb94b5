#include "eval/NextItemMetrics.h"

#include <cmath>

#include "eval/Metrics.h"
#include "util/Message.h"

namespace vitrina::eval {

std::uint64_t rankCountingTies(std::span<const float> scores, data::ItemIndex target) {
    if (target >= scores.size() || std::isnan(scores[target])) return kNotRanked;
    const float threshold = scores[target];
    std::uint64_t count = 0;
    for (const float s : scores) count += s >= threshold ? 1 : 0;
    return count;
}

std::uint64_t rankByScoreThenIndex(std::span<const float> scores, data::ItemIndex target) {
    if (target >= scores.size() || std::isnan(scores[target])) return kNotRanked;
    const float threshold = scores[target];
    std::uint64_t before = 0;
    // Items with a lower index win ties; items with a higher index must score strictly more.
    for (std::size_t j = 0; j < target; ++j) before += scores[j] >= threshold ? 1 : 0;
    for (std::size_t j = target + 1; j < scores.size(); ++j) before += scores[j] > threshold ? 1 : 0;
    return before + 1;
}

NextItemAccumulator::NextItemAccumulator(std::vector<int> cutoffs, bool keepPerSession)
    : cutoffs_(std::move(cutoffs)), keepPerSession_(keepPerSession) {
    requireCutoffs(cutoffs_);
    hitSums_.assign(cutoffs_.size(), 0.0);
    mrrSums_.assign(cutoffs_.size(), 0.0);
    if (keepPerSession_) {
        hitColumns_.resize(cutoffs_.size());
        mrrColumns_.resize(cutoffs_.size());
    }
}

void NextItemAccumulator::addSession(std::span<const std::uint64_t> ranks) {
    if (ranks.empty()) return;
    const auto n = static_cast<double>(ranks.size());
    for (std::size_t ki = 0; ki < cutoffs_.size(); ++ki) {
        const auto cut = static_cast<std::uint64_t>(cutoffs_[ki]);
        double hits = 0.0, reciprocal = 0.0;
        for (const std::uint64_t rank : ranks) {
            if (rank == kNotRanked || rank > cut) continue;
            hits += 1.0;
            reciprocal += 1.0 / static_cast<double>(rank);
        }
        hitSums_[ki] += hits;
        mrrSums_[ki] += reciprocal;
        if (keepPerSession_) {
            hitColumns_[ki].push_back(static_cast<float>(hits / n));
            mrrColumns_[ki].push_back(static_cast<float>(reciprocal / n));
        }
    }
    predictions_ += ranks.size();
    ++sessions_;
}

void NextItemAccumulator::merge(const NextItemAccumulator& later) {
    if (later.cutoffs_ != cutoffs_ || later.keepPerSession_ != keepPerSession_)
        util::fail(util::MessageCode::MetricsMergeMismatch, {"cut-offs or per-session storage differ"});
    for (std::size_t ki = 0; ki < cutoffs_.size(); ++ki) {
        hitSums_[ki] += later.hitSums_[ki];
        mrrSums_[ki] += later.mrrSums_[ki];
        if (keepPerSession_) {
            hitColumns_[ki].insert(hitColumns_[ki].end(), later.hitColumns_[ki].begin(), later.hitColumns_[ki].end());
            mrrColumns_[ki].insert(mrrColumns_[ki].end(), later.mrrColumns_[ki].begin(), later.mrrColumns_[ki].end());
        }
    }
    predictions_ += later.predictions_;
    sessions_ += later.sessions_;
}

NextItemSummary NextItemAccumulator::summary() const {
    NextItemSummary s;
    s.cutoffs = cutoffs_;
    s.predictions = predictions_;
    s.sessions = sessions_;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (std::size_t ki = 0; ki < cutoffs_.size(); ++ki) {
        const auto p = static_cast<double>(predictions_);
        s.hitRate.push_back(predictions_ > 0 ? hitSums_[ki] / p : nan);
        s.mrr.push_back(predictions_ > 0 ? mrrSums_[ki] / p : nan);
    }
    return s;
}

} // namespace vitrina::eval
