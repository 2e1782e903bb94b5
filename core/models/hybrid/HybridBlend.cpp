#include "models/hybrid/HybridBlend.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "models/Recommender.h"
#include "util/Parallel.h"

namespace vitrina::models::hybrid {

namespace {

/// Values of the top items (already ranked) by rank or min-max; `scoreOf(r)` is the r-th item's score.
template <class ScoreOf> ColumnTop normalised(std::vector<data::ItemIndex> items, ScoreOf&& scoreOf, std::size_t n,
                                              Normalisation how) {
    ColumnTop top;
    top.items = std::move(items);
    const std::size_t m = top.items.size();
    top.values.resize(m);
    const double nn = static_cast<double>(n);
    if (how == Normalisation::Rank) {
        for (std::size_t r = 0; r < m; ++r) top.values[r] = static_cast<float>((nn - static_cast<double>(r)) / nn);
        return top;
    }
    const double hi = m ? scoreOf(0) : 0.0, lo = m ? scoreOf(m - 1) : 0.0;
    for (std::size_t r = 0; r < m; ++r) {
        const double s = scoreOf(r);
        const double unit = hi > lo ? (s - lo) / (hi - lo) : 1.0;
        top.values[r] = static_cast<float>(1.0 / nn + (1.0 - 1.0 / nn) * unit);
    }
    return top;
}

} // namespace

ColumnTop normaliseTop(std::span<const float> scores, std::size_t n, bool sparse, Normalisation how) {
    auto items = topK(scores, n, sparse);
    return normalised(items, [&](std::size_t r) { return static_cast<double>(scores[items[r]]); }, n, how);
}

ColumnTop normaliseTop(const SparseRow& row, std::size_t n, Normalisation how) {
    // As topK over the dense row: score descending, ties by ascending item (the row is ascending by item).
    std::vector<std::uint32_t> order(row.items.size());
    for (std::uint32_t p = 0; p < order.size(); ++p) order[p] = p;
    const auto better = [&](std::uint32_t a, std::uint32_t b) {
        return row.values[a] > row.values[b] || (row.values[a] == row.values[b] && row.items[a] < row.items[b]);
    };
    const std::size_t m = std::min(n, order.size());
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(m), order.end(), better);
    order.resize(m);
    std::vector<data::ItemIndex> items(m);
    for (std::size_t r = 0; r < m; ++r) items[r] = row.items[order[r]];
    return normalised(std::move(items), [&](std::size_t r) { return static_cast<double>(row.values[order[r]]); }, n, how);
}

void PoolSet::add(std::span<const ColumnTop* const> tops, std::span<const data::ItemIndex> relevant, std::uint8_t stage) {
    std::vector<data::ItemIndex> pool;
    for (const ColumnTop* top : tops)
        if (top) pool.insert(pool.end(), top->items.begin(), top->items.end());
    std::sort(pool.begin(), pool.end());
    pool.erase(std::unique(pool.begin(), pool.end()), pool.end());
    items_.insert(items_.end(), pool.begin(), pool.end());
    itemBegin_.push_back(items_.size());
    for (std::size_t c = 0; c < columns_; ++c) {
        const ColumnTop* top = c < tops.size() ? tops[c] : nullptr;
        if (top)
            for (std::size_t r = 0; r < top->items.size(); ++r) {
                const auto at = std::lower_bound(pool.begin(), pool.end(), top->items[r]);
                entryPosition_.push_back(static_cast<std::uint32_t>(at - pool.begin()));
                entryValue_.push_back(top->values[r]);
            }
        entryBegin_.push_back(entryPosition_.size());
    }
    std::vector<data::ItemIndex> rel(relevant.begin(), relevant.end());
    std::sort(rel.begin(), rel.end());
    rel.erase(std::unique(rel.begin(), rel.end()), rel.end());
    relevant_.insert(relevant_.end(), rel.begin(), rel.end());
    relevantBegin_.push_back(relevant_.size());
    stage_.push_back(stage);
}

std::span<const data::ItemIndex> PoolSet::items(std::size_t list) const {
    return std::span<const data::ItemIndex>(items_).subspan(itemBegin_[list], itemBegin_[list + 1] - itemBegin_[list]);
}

std::span<const data::ItemIndex> PoolSet::relevant(std::size_t list) const {
    return std::span<const data::ItemIndex>(relevant_).subspan(relevantBegin_[list],
                                                               relevantBegin_[list + 1] - relevantBegin_[list]);
}

void PoolSet::blend(std::size_t list, std::span<const double> weights, std::vector<float>& out) const {
    const std::size_t size = itemBegin_[list + 1] - itemBegin_[list];
    std::vector<double> sum(size, 0.0);
    for (std::size_t c = 0; c < columns_; ++c) {
        const double w = c < weights.size() ? weights[c] : 0.0;
        if (w == 0.0) continue;
        const std::size_t slot = list * columns_ + c;
        for (std::uint64_t e = entryBegin_[slot]; e < entryBegin_[slot + 1]; ++e)
            sum[entryPosition_[e]] += w * static_cast<double>(entryValue_[e]);
    }
    out.resize(size);
    for (std::size_t p = 0; p < size; ++p) out[p] = static_cast<float>(sum[p]);
}

float PoolSet::value(std::size_t list, std::size_t column, std::size_t position) const {
    const std::size_t slot = list * columns_ + column;
    for (std::uint64_t e = entryBegin_[slot]; e < entryBegin_[slot + 1]; ++e)
        if (entryPosition_[e] == position) return entryValue_[e];
    return 0.0f;
}

std::vector<data::ItemIndex> rankPool(std::span<const data::ItemIndex> items, std::span<const float> scores,
                                      std::size_t k) {
    std::vector<std::size_t> order;
    for (std::size_t p = 0; p < items.size(); ++p)
        if (scores[p] > 0.0f) order.push_back(p);
    const auto better = [&](std::size_t a, std::size_t b) {
        return scores[a] > scores[b] || (scores[a] == scores[b] && items[a] < items[b]);
    };
    const std::size_t keep = std::min(k, order.size());
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(keep), order.end(), better);
    std::vector<data::ItemIndex> out;
    for (std::size_t r = 0; r < keep; ++r) out.push_back(items[order[r]]);
    return out;
}

double ndcgAt(std::span<const data::ItemIndex> ranked, std::span<const data::ItemIndex> relevant, std::size_t k) {
    if (relevant.empty()) return 0.0;
    double dcg = 0.0, ideal = 0.0;
    std::vector<data::ItemIndex> seen;
    std::size_t position = 0;
    for (const data::ItemIndex item : ranked) {
        if (position >= k) break;
        if (std::find(seen.begin(), seen.end(), item) != seen.end()) continue;
        seen.push_back(item);
        if (std::find(relevant.begin(), relevant.end(), item) != relevant.end())
            dcg += 1.0 / std::log2(static_cast<double>(position) + 2.0);
        ++position;
    }
    std::vector<data::ItemIndex> distinct(relevant.begin(), relevant.end());
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    for (std::size_t r = 0; r < std::min(k, distinct.size()); ++r) ideal += 1.0 / std::log2(static_cast<double>(r) + 2.0);
    return dcg / ideal;
}

namespace {

constexpr std::size_t kCut = 10;

/// A list prepared for the search: its pool and, per column, dense values over the pool.
struct SearchList {
    std::vector<data::ItemIndex> items;
    std::vector<float> values;                ///< column-major: values[c * size + p]
    std::vector<std::uint32_t> relevantPos;   ///< pool positions of the relevant items found in the pool
    double ideal = 1.0;
};

/// NDCG@10 of one list from its blended scores (positive scores ranked, ties by ascending item).
double poolNdcg(const SearchList& l, const std::vector<double>& s) {
    double dcg = 0.0;
    for (const std::uint32_t rp : l.relevantPos) {
        const double target = s[rp];
        if (!(target > 0.0)) continue;
        std::size_t rank = 0;
        for (std::size_t p = 0; p < l.items.size() && rank < kCut; ++p)
            if (s[p] > target || (s[p] == target && l.items[p] < l.items[rp])) ++rank;
        if (rank < kCut) dcg += 1.0 / std::log2(static_cast<double>(rank) + 2.0);
    }
    return dcg / l.ideal;
}

std::vector<SearchList> prepare(const PoolSet& pools, std::span<const std::uint32_t> lists) {
    std::vector<SearchList> out;
    const std::size_t columns = pools.columns();
    const auto consider = [&](std::size_t i) {
        const auto items = pools.items(i);
        const auto relevant = pools.relevant(i);
        SearchList l;
        for (const data::ItemIndex r : relevant) {
            const auto at = std::lower_bound(items.begin(), items.end(), r);
            if (at != items.end() && *at == r) l.relevantPos.push_back(static_cast<std::uint32_t>(at - items.begin()));
        }
        if (l.relevantPos.empty()) return; // constant 0 whatever the weights
        l.items.assign(items.begin(), items.end());
        l.values.assign(columns * items.size(), 0.0f);
        std::vector<double> unit(columns, 0.0), blended;
        for (std::size_t c = 0; c < columns; ++c) {
            std::fill(unit.begin(), unit.end(), 0.0);
            unit[c] = 1.0;
            std::vector<float> column;
            pools.blend(i, unit, column);
            std::copy(column.begin(), column.end(), l.values.begin() + static_cast<std::ptrdiff_t>(c * items.size()));
        }
        l.ideal = 0.0;
        for (std::size_t r = 0; r < std::min(kCut, relevant.size()); ++r) l.ideal += 1.0 / std::log2(static_cast<double>(r) + 2.0);
        out.push_back(std::move(l));
    };
    if (lists.empty()) for (std::size_t i = 0; i < pools.size(); ++i) consider(i);
    else for (const std::uint32_t i : lists) consider(i);
    return out;
}

void blendInto(const SearchList& l, std::span<const double> w, std::size_t skip, std::vector<double>& s) {
    const std::size_t n = l.items.size();
    s.assign(n, 0.0);
    for (std::size_t c = 0; c < w.size(); ++c) {
        if (c == skip || w[c] == 0.0) continue;
        const float* v = l.values.data() + c * n;
        for (std::size_t p = 0; p < n; ++p) s[p] += w[c] * static_cast<double>(v[p]);
    }
}

} // namespace

double meanPoolNdcg(const PoolSet& pools, std::span<const double> weights, std::span<const std::uint32_t> lists,
                    int threads) {
    const std::size_t total = lists.empty() ? pools.size() : lists.size();
    if (total == 0) return 0.0;
    std::vector<double> values(total, 0.0);
    util::parallelFor(total, threads, 64, [&](std::size_t j) {
        const std::size_t i = lists.empty() ? j : lists[j];
        std::vector<float> s;
        pools.blend(i, weights, s);
        values[j] = ndcgAt(rankPool(pools.items(i), s, kCut), pools.relevant(i), kCut);
    });
    return std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(total);
}

WeightResult searchWeights(const PoolSet& pools, const WeightSearch& search) {
    const std::size_t columns = pools.columns();
    const auto active = [&](std::size_t c) { return search.active.empty() || (c < search.active.size() && search.active[c]); };
    WeightResult result;
    result.lists = search.lists.empty() ? pools.size() : search.lists.size();
    std::vector<double> w(columns, 0.0);
    for (std::size_t c = 0; c < columns; ++c)
        w[c] = active(c) ? (search.start.size() == columns ? search.start[c] : 1.0) : 0.0;
    const std::vector<SearchList> lists = prepare(pools, search.lists);
    // Candidate values of column c: the fixed grid, then the current value times the relative steps.
    const std::size_t grid = kWeightGrid.size() + kRelativeSteps.size();
    const auto candidate = [&](std::size_t c, std::size_t g) {
        if (g < kWeightGrid.size()) return kWeightGrid[g];
        if (g < grid) return w[c] * kRelativeSteps[g - kWeightGrid.size()];
        return w[c];
    };
    std::vector<double> perList(lists.size() * (grid + 1));
    const auto divisor = static_cast<double>(std::max<std::uint64_t>(result.lists, 1));

    // Mean NDCG for every candidate value of column c (slot grid = the current value), lists summed in order.
    const auto sweep = [&](std::size_t c, std::vector<double>& means) {
        util::parallelFor(lists.size(), search.threads, 32, [&](std::size_t j) {
            std::vector<double> base, s;
            blendInto(lists[j], w, c, base);
            const std::size_t n = lists[j].items.size();
            const float* v = lists[j].values.data() + c * n;
            for (std::size_t g = 0; g <= grid; ++g) {
                const double x = candidate(c, g);
                s = base;
                if (x != 0.0)
                    for (std::size_t p = 0; p < n; ++p) s[p] += x * static_cast<double>(v[p]);
                perList[j * (grid + 1) + g] = poolNdcg(lists[j], s);
            }
        });
        means.assign(grid + 1, 0.0);
        for (std::size_t j = 0; j < lists.size(); ++j)
            for (std::size_t g = 0; g <= grid; ++g) means[g] += perList[j * (grid + 1) + g];
        for (auto& m : means) m /= divisor;
    };

    std::vector<double> means;
    double best = 0.0;
    for (int pass = 0; pass < search.passes; ++pass) {
        bool changed = false;
        ++result.passesRun;
        for (std::size_t c = 0; c < columns; ++c) {
            if (!active(c)) continue;
            sweep(c, means);
            best = means[grid];
            std::size_t chosen = grid;
            for (std::size_t g = 0; g < grid; ++g)
                if (means[g] > best + 1e-9) best = means[g], chosen = g;
            if (chosen != grid) {
                w[c] = candidate(c, chosen);
                changed = true;
            }
        }
        if (!changed) break;
    }
    if (columns > 0 && search.passes > 0 && result.passesRun == 0) best = 0.0;
    const double sum = std::accumulate(w.begin(), w.end(), 0.0);
    if (sum > 0.0)
        for (auto& x : w) x /= sum;
    result.weights = w;
    result.ndcg = best;
    return result;
}

} // namespace vitrina::models::hybrid
