#include "analytics/Quantiles.h"

#include <algorithm>
#include <cmath>

namespace vitrina::analytics {

double nearestRankFromHistogram(const std::vector<std::uint64_t>& histogram, std::uint64_t units, double p) {
    if (units == 0) return 0.0;
    auto rank = static_cast<std::uint64_t>(std::ceil(p * static_cast<double>(units)));
    rank = std::clamp<std::uint64_t>(rank, 1, units);
    std::uint64_t cumulative = 0;
    for (std::size_t k = 0; k < histogram.size(); ++k) {
        cumulative += histogram[k];
        if (cumulative >= rank) return static_cast<double>(k);
    }
    return static_cast<double>(histogram.empty() ? 0 : histogram.size() - 1);
}

CountDistribution describeCounts(const std::vector<std::uint64_t>& counts) {
    CountDistribution d;
    d.units = counts.size();
    if (counts.empty()) return d;
    d.max = *std::max_element(counts.begin(), counts.end());
    d.histogram.assign(static_cast<std::size_t>(d.max) + 1, 0);
    double sum = 0.0;
    for (const std::uint64_t c : counts) {
        ++d.histogram[static_cast<std::size_t>(c)];
        sum += static_cast<double>(c);
    }
    const auto units = static_cast<double>(d.units);
    d.mean = sum / units;
    d.median = nearestRankFromHistogram(d.histogram, d.units, 0.5);
    d.p90 = nearestRankFromHistogram(d.histogram, d.units, 0.9);
    d.p99 = nearestRankFromHistogram(d.histogram, d.units, 0.99);
    d.shareExactlyOne = d.histogram.size() > 1 ? static_cast<double>(d.histogram[1]) / units : 0.0;
    return d;
}

double interpolatedQuantile(const std::vector<double>& sorted, double p) {
    if (sorted.empty()) return 0.0;
    const double position = std::clamp(p, 0.0, 1.0) * static_cast<double>(sorted.size() - 1);
    const auto lower = static_cast<std::size_t>(std::floor(position));
    const std::size_t upper = std::min(lower + 1, sorted.size() - 1);
    const double fraction = position - static_cast<double>(lower);
    return sorted[lower] + fraction * (sorted[upper] - sorted[lower]);
}

DurationQuartiles describeDurations(std::vector<double> durationsMs) {
    std::sort(durationsMs.begin(), durationsMs.end());
    DurationQuartiles q;
    q.count = durationsMs.size();
    q.q1Ms = interpolatedQuantile(durationsMs, 0.25);
    q.medianMs = interpolatedQuantile(durationsMs, 0.5);
    q.q3Ms = interpolatedQuantile(durationsMs, 0.75);
    return q;
}

} // namespace vitrina::analytics
