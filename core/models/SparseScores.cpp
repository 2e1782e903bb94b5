#include "models/SparseScores.h"

#include <algorithm>

namespace vitrina::models {

SparseScratch& SparseScratch::forThread(std::size_t items) {
    thread_local SparseScratch scratch;
    scratch.reset(); // a scoring call that threw half-way leaves entries behind
    if (scratch.values_.size() != items) {
        scratch.values_.assign(items, 0.0f);
        scratch.marked_.assign(items, 0);
    }
    return scratch;
}

void SparseScratch::reset() {
    for (const data::ItemIndex i : touched_) {
        values_[i] = 0.0f;
        marked_[i] = 0;
    }
    touched_.clear();
}

void SparseScratch::collect(std::span<const std::uint8_t> candidates, SparseRow& out) {
    out.clear();
    std::sort(touched_.begin(), touched_.end());
    for (const data::ItemIndex i : touched_)
        if (candidates[i] && values_[i] > 0.0f) {
            out.items.push_back(i);
            out.values.push_back(values_[i]);
        }
    reset();
}

} // namespace vitrina::models
