#pragma once
// Sparse scoring (core/models/README.md, "Sparse scoring"): a Sparse model's scores for one query as the list of
// candidates with a positive score, computed in time proportional to the history and its neighbours instead of
// the catalogue. A model accumulates into the calling thread's SparseScratch (a dense row that is all zero
// between uses, plus the list of entries touched), in exactly the order its dense score() adds, so both paths
// give bit-identical numbers.
#include <cstdint>
#include <span>
#include <vector>

#include "data/Ids.h"
#include "util/Numbers.h"

namespace vitrina::models {

/// The candidates with a score > 0, ascending by item, and their scores.
struct SparseRow {
    std::vector<data::ItemIndex> items;
    std::vector<float> values;

    void clear() {
        items.clear();
        values.clear();
    }
};

class SparseScratch {
public:
    /// The calling thread's scratch for rows of `items` items, all zero and with nothing touched.
    static SparseScratch& forThread(std::size_t items);

    /// Marks `item` as written (collect() looks only at touched entries) and returns its value to change.
    float& at(data::ItemIndex item) {
        if (!marked_[item]) {
            marked_[item] = 1;
            touched_.push_back(item);
        }
        return values_[item];
    }
    void add(data::ItemIndex item, float value) { at(item) += value; }
    /// Read without touching (0 for an untouched entry).
    float value(data::ItemIndex item) const { return values_[item]; }
    std::span<const data::ItemIndex> touched() const { return touched_; }

    /// Moves the touched entries that are candidates with a value > 0 into `out` (ascending items) and returns
    /// the scratch to all zero.
    void collect(std::span<const std::uint8_t> candidates, SparseRow& out);

private:
    std::vector<float> values_;
    std::vector<std::uint8_t> marked_;
    std::vector<data::ItemIndex> touched_;

    void reset();
};

/// score() of a model whose scores are sums of contributions: candidates start at 0, other items at -infinity,
/// then `accumulate(add)` calls add(item, value) for every contribution.
template <class Accumulate>
void addedScores(std::span<const std::uint8_t> candidates, std::span<float> scores, Accumulate&& accumulate) {
    for (std::size_t i = 0; i < scores.size(); ++i) scores[i] = candidates[i] ? 0.0f : kExcluded;
    accumulate([&](data::ItemIndex item, float value) { scores[item] += value; });
}

/// scoreSparse() of the same model: the same additions, in the same order, in the calling thread's scratch.
template <class Accumulate>
void addedSparseScores(std::span<const std::uint8_t> candidates, SparseRow& out, Accumulate&& accumulate) {
    SparseScratch& scratch = SparseScratch::forThread(candidates.size());
    accumulate([&](data::ItemIndex item, float value) { scratch.add(item, value); });
    scratch.collect(candidates, out);
}

} // namespace vitrina::models
