#pragma once
// Adjusted p-values for a family of tests (core/eval/README.md section 7), same as statsmodels multipletests:
// - Holm-Bonferroni (Holm 1979): sorted p_(1) <= ... <= p_(m), p~_(k) = max_{j<=k} min(1, (m-j+1) p_(j));
// - Benjamini-Hochberg (1995): p~_(k) = min_{j>=k} min(1, m p_(j) / j) (independent or positively dependent tests).
// Reject where the adjusted p <= alpha (Holm) or <= q (BH). Results are in the input order.
#include <span>
#include <vector>

namespace vitrina::stats {

/// Each p must lie in [0, 1] (fails naming "p" otherwise). An empty family gives an empty result.
std::vector<double> holmAdjusted(std::span<const double> p);
std::vector<double> benjaminiHochbergAdjusted(std::span<const double> p);

/// Number of adjusted p-values <= level.
std::size_t rejections(std::span<const double> adjusted, double level);

} // namespace vitrina::stats
