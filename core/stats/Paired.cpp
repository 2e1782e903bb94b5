#include "stats/Paired.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "stats/Checks.h"

namespace vitrina::stats {
namespace {

template <class T> std::vector<double> differencesOf(std::span<const T> a, std::span<const T> b) {
    requireSameLength("a", a.size(), "b", b.size());
    requireFinite("a", a);
    requireFinite("b", b);
    std::vector<double> d(a.size());
    for (std::size_t i = 0; i < a.size(); ++i) d[i] = static_cast<double>(b[i]) - static_cast<double>(a[i]);
    return d;
}

} // namespace

std::vector<double> pairedDifferences(std::span<const float> a, std::span<const float> b) { return differencesOf(a, b); }
std::vector<double> pairedDifferences(std::span<const double> a, std::span<const double> b) { return differencesOf(a, b); }

double DistinctValues::mean() const {
    if (total == 0) return std::numeric_limits<double>::quiet_NaN();
    double sum = 0.0;
    for (std::size_t j = 0; j < values.size(); ++j) sum += static_cast<double>(counts[j]) * values[j];
    return sum / static_cast<double>(total);
}

double DistinctValues::variance() const {
    if (total < 2) return 0.0;
    const double m = mean();
    double squares = 0.0;
    for (std::size_t j = 0; j < values.size(); ++j) {
        const double delta = values[j] - m;
        squares += static_cast<double>(counts[j]) * delta * delta;
    }
    return squares / static_cast<double>(total - 1);
}

DistinctValues distinctValues(std::span<const double> values, const char* name) {
    requireFinite(name, values);
    std::vector<double> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end());
    DistinctValues out;
    out.total = sorted.size();
    for (std::size_t i = 0; i < sorted.size();) {
        std::size_t j = i + 1;
        while (j < sorted.size() && sorted[j] == sorted[i]) ++j;
        out.values.push_back(sorted[i] == 0.0 ? 0.0 : sorted[i]); // -0.0 and 0.0 are one value
        out.counts.push_back(j - i);
        i = j;
    }
    return out;
}

DistinctValues bernoulliSample(std::int64_t successes, std::int64_t trials) {
    requireCountWithin("successes", successes, "trials", trials);
    DistinctValues out;
    out.total = static_cast<std::uint64_t>(trials);
    if (trials > successes) {
        out.values.push_back(0.0);
        out.counts.push_back(static_cast<std::uint64_t>(trials - successes));
    }
    if (successes > 0) {
        out.values.push_back(1.0);
        out.counts.push_back(static_cast<std::uint64_t>(successes));
    }
    return out;
}

double cohensDz(const DistinctValues& d) {
    requireAtLeast("differences", d.total, 2);
    const double mean = d.mean();
    const double sd = std::sqrt(d.variance());
    if (sd > 0.0) return mean / sd;
    return mean == 0.0 ? 0.0 : std::copysign(std::numeric_limits<double>::infinity(), mean);
}

PairedTTestResult pairedTTest(const DistinctValues& d, double alpha) {
    requireAtLeast("differences", d.total, 2);
    requireOpenUnit("alpha", alpha);
    PairedTTestResult r;
    r.n = d.total;
    const auto n = static_cast<double>(d.total);
    r.meanDifference = d.mean();
    r.standardDeviation = std::sqrt(d.variance());
    r.standardError = r.standardDeviation / std::sqrt(n);
    r.degreesOfFreedom = n - 1.0;
    r.cohensDz = cohensDz(d);
    if (r.standardError > 0.0) {
        r.t = r.meanDifference / r.standardError;
        r.pValue = twoSidedStudentP(r.t, r.degreesOfFreedom);
    } else if (r.meanDifference != 0.0) {
        r.t = std::copysign(std::numeric_limits<double>::infinity(), r.meanDifference);
        r.pValue = 0.0;
    }
    const double half = studentQuantile(1.0 - alpha / 2.0, r.degreesOfFreedom) * r.standardError;
    r.interval = {r.meanDifference - half, r.meanDifference + half};
    return r;
}

PairedTTestResult pairedTTest(std::span<const double> differences, double alpha) {
    return pairedTTest(distinctValues(differences, "differences"), alpha);
}

WilcoxonResult wilcoxonSignedRank(const DistinctValues& d, const WilcoxonOptions& options) {
    // Tie groups are the distinct |d|: gather (|d|, positives, negatives) for the non-zero values.
    struct Group {
        double magnitude;
        std::uint64_t positive;
        std::uint64_t negative;
    };
    std::vector<Group> groups;
    WilcoxonResult r;
    for (std::size_t j = 0; j < d.values.size(); ++j) {
        const double v = d.values[j];
        if (v == 0.0) {
            r.zeros += d.counts[j];
            continue;
        }
        groups.push_back({std::fabs(v), v > 0 ? d.counts[j] : 0, v < 0 ? d.counts[j] : 0});
    }
    std::sort(groups.begin(), groups.end(), [](const Group& x, const Group& y) { return x.magnitude < y.magnitude; });
    std::size_t merged = 0;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        if (merged > 0 && groups[merged - 1].magnitude == groups[g].magnitude) {
            groups[merged - 1].positive += groups[g].positive;
            groups[merged - 1].negative += groups[g].negative;
        } else {
            groups[merged++] = groups[g];
        }
    }
    groups.resize(merged);

    const bool pratt = options.zeroMethod == ZeroMethod::Pratt;
    // Pratt ranks the zeros first (ranks 1..n0), so the non-zero ranks start after them.
    double ranked = pratt ? static_cast<double>(r.zeros) : 0.0;
    double tieTerm = 0.0; // sum over non-zero tie groups of t^3 - t
    for (const Group& g : groups) {
        const auto size = static_cast<double>(g.positive + g.negative);
        const double averageRank = ranked + (size + 1.0) / 2.0;
        r.rankSumPositive += averageRank * static_cast<double>(g.positive);
        r.rankSumNegative += averageRank * static_cast<double>(g.negative);
        tieTerm += size * size * size - size;
        ranked += size;
    }
    const std::uint64_t nonZero = d.total - r.zeros;
    r.n = pratt ? d.total : nonZero;
    const auto n = static_cast<double>(r.n);
    r.statistic = std::min(r.rankSumPositive, r.rankSumNegative);
    r.mean = n * (n + 1.0) / 4.0;
    double variance = n * (n + 1.0) * (2.0 * n + 1.0) / 24.0;
    if (pratt) {
        const auto n0 = static_cast<double>(r.zeros);
        r.mean -= n0 * (n0 + 1.0) / 4.0;
        variance -= n0 * (n0 + 1.0) * (2.0 * n0 + 1.0) / 24.0;
    }
    r.variance = variance - tieTerm / 48.0;
    if (nonZero == 0 || !(r.variance > 0.0)) return r; // nothing to test: z = 0, p = 1
    double deviation = r.statistic - r.mean;
    if (options.continuityCorrection && deviation != 0.0) deviation -= std::copysign(0.5, deviation);
    r.z = deviation / std::sqrt(r.variance);
    r.pValue = twoSidedNormalP(r.z);
    return r;
}

WilcoxonResult wilcoxonSignedRank(std::span<const double> differences, const WilcoxonOptions& options) {
    return wilcoxonSignedRank(distinctValues(differences, "differences"), options);
}

} // namespace vitrina::stats
