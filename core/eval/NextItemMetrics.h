#pragma once
// Session next-item measures (core/eval/README.md section 5): for each prediction, the rank of the target
// among all scored training items; HR@K = share of predictions with rank <= K,
// MRR@K = mean of 1[rank <= K]/rank, averaged over predictions (not sessions), as session-rec does. A target
// that is not a scored item has no rank (kNotRanked): it is never a hit but still counts in the denominator.
// For paired tests the unit is the session: the accumulator keeps, per session, the mean of its predictions'
// values.
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include "data/Ids.h"

namespace vitrina::eval {

inline constexpr std::uint64_t kNotRanked = 0;

/// GRU4Rec evaluator rank: the number of items whose score is >= the target's (the target included), so a
/// tie counts against the target. kNotRanked when target >= scores.size() or the target's score is NaN.
std::uint64_t rankCountingTies(std::span<const float> scores, data::ItemIndex target);
/// session-rec "Ours" rank: 1-based position in the order (score descending, item index ascending).
/// kNotRanked as above. NaN scores of other items never rank above the target.
std::uint64_t rankByScoreThenIndex(std::span<const float> scores, data::ItemIndex target);

struct NextItemSummary {
    std::vector<int> cutoffs;
    std::uint64_t predictions = 0;
    std::uint64_t sessions = 0;       ///< sessions with at least one prediction
    std::vector<double> hitRate;      ///< per kIndex, over predictions; NaN without predictions
    std::vector<double> mrr;          ///< per kIndex, over predictions
};

class NextItemAccumulator {
public:
    explicit NextItemAccumulator(std::vector<int> cutoffs, bool keepPerSession = true);

    /// Adds the ranks of one session's predictions (in order). A session without predictions is ignored.
    void addSession(std::span<const std::uint64_t> ranks);
    /// Appends `later`'s sessions after this one's (same cut-offs and storage, else it fails).
    void merge(const NextItemAccumulator& later);

    NextItemSummary summary() const;
    const std::vector<int>& cutoffs() const { return cutoffs_; }
    /// Per session (in order): mean over its predictions of 1[rank <= K] (hit) or 1[rank <= K]/rank (mrr).
    std::span<const float> perSessionHitRate(std::size_t kIndex) const { return hitColumns_.at(kIndex); }
    std::span<const float> perSessionMrr(std::size_t kIndex) const { return mrrColumns_.at(kIndex); }

private:
    std::vector<int> cutoffs_;
    bool keepPerSession_;
    std::uint64_t predictions_ = 0, sessions_ = 0;
    std::vector<double> hitSums_, mrrSums_;
    std::vector<std::vector<float>> hitColumns_, mrrColumns_;
};

} // namespace vitrina::eval
