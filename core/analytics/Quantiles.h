#pragma once
// Percentile conventions of the analytics reports (quoted in the README):
// - counts (events per visitor or session) use the nearest rank: the p-quantile of N sorted values is the
//   value at 1-based rank ceil(p * N), so every reported figure is a count that really occurs;
// - durations use linear interpolation between the two closest ranks (position p * (N - 1), 0-based,
//   Hyndman-Fan type 7, the default of R and NumPy), so the median of an even count is the mean of the middle two.
#include <cstdint>
#include <vector>

#include "analytics/Funnel.h"
#include "analytics/Summary.h"

namespace vitrina::analytics {

/// Histogram, mean, nearest-rank median / p90 / p99, max and share of ones of a list of counts.
CountDistribution describeCounts(const std::vector<std::uint64_t>& counts);

/// Nearest-rank p-quantile from a histogram (histogram[k] = units with value k); 0 for no units.
double nearestRankFromHistogram(const std::vector<std::uint64_t>& histogram, std::uint64_t units, double p);

/// Type-7 p-quantile of values that are already sorted ascending; 0 for an empty list.
double interpolatedQuantile(const std::vector<double>& sorted, double p);

/// Sorts the durations (ms) and fills count, q1, median, q3 (type 7).
DurationQuartiles describeDurations(std::vector<double> durationsMs);

} // namespace vitrina::analytics
