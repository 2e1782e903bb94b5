#pragma once
// Beyond-accuracy metrics (core/eval/README.md section 4) over lists cut to K:
// - item coverage = |union of lists| / n_I, n_I = items of the training catalogue;
// - Gini index of how many lists show each item, over all n_I items (zeros included), sorted ascending:
//   G = sum_j (2j - n - 1) c_(j) / (n sum c) (RecBole GiniIndex); 0 = even exposure, at most (n-1)/n;
// - intra-list diversity = share of item pairs of the list with different categories (0 below two items);
//   "no category" (-1) counts as a category of its own, so two uncategorised items count as alike;
// - novelty of an item = -log2(n_users(i) / N_U) with n_users the distinct training visitors of the item,
//   cold items counted as n_users = 1 (RecTools MIUF); list novelty = mean over its items;
// - popularity percentile of an item = 100 |{j : pop(j) <= pop(i)}| / n_I (weak percentile rank), pop = training
//   interactions; list value = mean over its items. Empty lists have no novelty or percentile.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "data/Ids.h"

namespace vitrina::eval {

using data::ItemIndex;

/// Training-side facts per item. Any table may be left empty, which turns off the metric that needs it.
struct ItemStatisticsInput {
    std::size_t itemCount = 0;                       ///< n_I; every list item must be below it
    std::vector<data::CategoryIndex> categories;     ///< per item, -1 = none (intra-list diversity)
    std::vector<std::uint32_t> trainingVisitors;     ///< n_users(i) (novelty)
    std::uint64_t trainingVisitorCount = 0;          ///< N_U (novelty)
    std::vector<std::uint64_t> interactions;         ///< pop(i) (popularity percentile)
};

/// Per-item tables precomputed once (novelty and percentile per item), shared read-only by every thread.
class ItemStatistics {
public:
    /// Validates the table sizes and N_U (fails naming the table).
    explicit ItemStatistics(const ItemStatisticsInput& input);

    std::size_t itemCount() const { return itemCount_; }
    bool hasCategories() const { return !categories_.empty(); }
    bool hasNovelty() const { return !novelty_.empty(); }
    bool hasPopularity() const { return !percentile_.empty(); }

    data::CategoryIndex category(ItemIndex item) const { return categories_[item]; }
    double novelty(ItemIndex item) const { return novelty_[item]; }
    double popularityPercentile(ItemIndex item) const { return percentile_[item]; }

    /// Fails with metrics.item_out_of_range naming `what` when an item is not below itemCount().
    void requireItems(std::span<const ItemIndex> items, const std::string& what) const;

private:
    std::size_t itemCount_ = 0;
    std::vector<data::CategoryIndex> categories_;
    std::vector<double> novelty_;
    std::vector<double> percentile_;
};

/// Share of pairs with different categories; 0 for fewer than two items; NaN without categories.
double intraListDiversity(std::span<const ItemIndex> items, const ItemStatistics& statistics);
/// Mean item novelty; NaN for an empty list or without the visitor tables.
double meanNovelty(std::span<const ItemIndex> items, const ItemStatistics& statistics);
/// Mean popularity percentile; NaN for an empty list or without interaction counts.
double meanPopularityPercentile(std::span<const ItemIndex> items, const ItemStatistics& statistics);

/// Gini index of per-item exposure counts (one entry per catalogue item, zeros included); NaN when all are 0.
double giniIndex(std::span<const std::uint64_t> counts);
/// Share of items with a non-zero count; NaN for an empty catalogue.
double itemCoverage(std::span<const std::uint64_t> counts);

} // namespace vitrina::eval
