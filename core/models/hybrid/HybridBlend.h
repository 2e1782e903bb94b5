#pragma once
// The hybrid's arithmetic, shared by the model (one query at a time) and the ablation (thousands of cached
// lists): per-component normalisation over each component's top-N pool, the weighted blend, NDCG@10 over a
// pool, and the coordinate-ascent search of the weights.
//
// Normalisation ("rank", the default): a component's top N items (its own order, ties by ascending index,
// Sparse components only their positive scores) get value (N - r) / N for 0-based rank r, so the best item
// gets 1 and the N-th 1/N; every other item gets 0. Ranks make Recent's recency scores, ALS dot products and
// lifts comparable without any scale fitting and cost nothing beyond the top-N the component needs anyway.
// "minmax": 1/N + (1 - 1/N) (s - s_N) / (s_1 - s_N) over the same top N (1 when all equal): keeps the gaps.
//
// Blend: score(i) = sum over columns c of w_c * value_c(i) (summed in double in column order, stored as
// float), over the union of the columns' pools; the hybrid is Sparse, so items with a zero blend come from
// the popularity fallback.
//
// Weight search: coordinate ascent on the mean NDCG@10 over pools with known relevant items. Start from all
// weights 1; for each column in turn try every value of a fixed grid (kWeightGrid) and the current value
// times kRelativeSteps (fine steps once a column is small against the others) with the others fixed, and
// keep the best (a change needs a strict gain of 1e-9, so ties keep the current value); repeat passes until
// one changes nothing or `passes` is reached. The blend only ranks, so the scale of w does not matter; the
// result is divided by its sum. Lists whose relevant items are in no pool are constant and skipped.
#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "data/Ids.h"
#include "models/SparseScores.h"

namespace vitrina::models::hybrid {

enum class Normalisation : std::uint8_t { Rank, MinMax };

/// One component's normalised top N: items in the component's order (best first), values in (0, 1].
struct ColumnTop {
    std::vector<data::ItemIndex> items;
    std::vector<float> values;
};

/// Top N of `scores` (topK semantics) normalised as above.
ColumnTop normaliseTop(std::span<const float> scores, std::size_t n, bool sparse, Normalisation how);
/// The same from a Sparse model's positive scores (equal to the dense row's result with `sparse`).
ColumnTop normaliseTop(const SparseRow& row, std::size_t n, Normalisation how);

/// Many lists, each with the union pool of its columns. Built once; blended with any weight vector.
class PoolSet {
public:
    explicit PoolSet(std::size_t columns = 0) : columns_(columns) { entryBegin_.push_back(0); itemBegin_.push_back(0); }

    /// Adds a list from its columns' tops (`tops.size()` == columns(); an absent column = empty top).
    void add(std::span<const ColumnTop* const> tops, std::span<const data::ItemIndex> relevant, std::uint8_t stage);

    std::size_t columns() const { return columns_; }
    std::size_t size() const { return stage_.size(); }
    std::uint8_t stage(std::size_t list) const { return stage_[list]; }
    std::span<const data::ItemIndex> items(std::size_t list) const;
    std::span<const data::ItemIndex> relevant(std::size_t list) const;
    /// Blended scores of list `list` (pool order = items(list), ascending item index).
    void blend(std::size_t list, std::span<const double> weights, std::vector<float>& out) const;
    /// Column c's contribution value_c(i) of pool position p (0 when absent).
    float value(std::size_t list, std::size_t column, std::size_t position) const;

private:
    std::size_t columns_ = 0;
    std::vector<std::uint64_t> itemBegin_;      ///< per list (+1)
    std::vector<data::ItemIndex> items_;
    std::vector<std::uint64_t> entryBegin_;     ///< per (list, column) (+1)
    std::vector<std::uint32_t> entryPosition_;  ///< position in the list's pool
    std::vector<float> entryValue_;
    std::vector<std::uint64_t> relevantBegin_ = {0};
    std::vector<data::ItemIndex> relevant_;
    std::vector<std::uint8_t> stage_;
};

/// The model's final order of one pool: positive blended scores, descending, ties by ascending item.
std::vector<data::ItemIndex> rankPool(std::span<const data::ItemIndex> items, std::span<const float> scores,
                                      std::size_t k);

/// NDCG@k of one ranked list against a relevant set (log2 discount, IDCG over min(|R|, k)).
double ndcgAt(std::span<const data::ItemIndex> ranked, std::span<const data::ItemIndex> relevant, std::size_t k);

inline constexpr std::array<double, 13> kWeightGrid = {0.0, 0.02, 0.05, 0.1, 0.2, 0.35, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 5.0};
inline constexpr std::array<double, 6> kRelativeSteps = {0.25, 0.5, 0.8, 1.25, 2.0, 4.0};

struct WeightSearch {
    int passes = 4;
    /// Columns the search may use (others stay at 0); empty = all.
    std::vector<std::uint8_t> active;
    /// Lists the search uses (indexes into the PoolSet); empty = all.
    std::vector<std::uint32_t> lists;
    /// Start vector (size columns); empty = 1 for every active column.
    std::vector<double> start;
    int threads = 1;
};

struct WeightResult {
    std::vector<double> weights; ///< sums to 1 (all zeros when no column helps)
    double ndcg = 0.0;           ///< mean NDCG@10 over the lists searched (approximate: no fallback)
    std::uint64_t lists = 0;
    int passesRun = 0;
};

/// Coordinate ascent on mean NDCG@10 (see the file comment). Deterministic for any thread count.
WeightResult searchWeights(const PoolSet& pools, const WeightSearch& search);

/// Mean NDCG@10 of `weights` over `lists` of `pools` (all when empty), fallback ignored.
double meanPoolNdcg(const PoolSet& pools, std::span<const double> weights, std::span<const std::uint32_t> lists,
                    int threads = 1);

} // namespace vitrina::models::hybrid
