#pragma once
// RecommendOptions::exclusions for one query, as a dense pass over a score row (apply) or a per-item test
// (excluded) for the sparse path; both exclude the same items.
#include <span>
#include <vector>

#include "data/Dataset.h"
#include "models/Query.h"

namespace vitrina::models {

class ExclusionFilter {
public:
    ExclusionFilter(const Query& query, const Exclusions& exclusions, const data::Dataset& dataset);

    bool empty() const { return empty_; }
    /// Sets every excluded item of `scores` to kExcluded.
    void apply(std::span<float> scores) const;
    bool excluded(data::ItemIndex item) const;

private:
    const Exclusions& exclusions_;
    const data::Dataset& dataset_;
    std::vector<data::ItemIndex> listed_; ///< history items excluded and the given items, ascending
    bool empty_ = true;

    bool categoryExcluded(data::ItemIndex item) const;
};

} // namespace vitrina::models
