#include "stats/Significance.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <utility>

#include "stats/Checks.h"
#include "stats/MultipleTesting.h"
#include "stats/Sampling.h"

namespace vitrina::stats {
namespace {

double meanOf(std::span<const float> values) {
    double sum = 0.0;
    for (const float v : values) sum += v;
    return values.empty() ? 0.0 : sum / static_cast<double>(values.size());
}

std::size_t pairIndex(std::size_t i, std::size_t j, std::size_t models) {
    // Row-major index of (i, j), i < j, in the upper triangle without the diagonal.
    return i * models - i * (i + 1) / 2 + (j - i - 1);
}

/// A model's values as codes into its sorted distinct values (so that pairs can be counted cell by cell).
struct CodedModel {
    std::vector<double> distinct;
    std::vector<std::uint32_t> codes;
};

CodedModel codeModel(std::span<const float> values) {
    CodedModel m;
    m.distinct.assign(values.begin(), values.end());
    std::sort(m.distinct.begin(), m.distinct.end());
    m.distinct.erase(std::unique(m.distinct.begin(), m.distinct.end()), m.distinct.end());
    m.codes.resize(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        m.codes[i] = static_cast<std::uint32_t>(
            std::lower_bound(m.distinct.begin(), m.distinct.end(), static_cast<double>(values[i])) - m.distinct.begin());
    return m;
}

// Pairs whose value grid has at most this many cells are counted in a table instead of sorting n differences.
constexpr std::size_t kLargestCellTable = std::size_t{1} << 22;

/// The distinct differences second - first of a pair with their counts (what distinctValues(d) gives).
DistinctValues pairDifferences(const CodedModel& first, const CodedModel& second, std::span<const float> a,
                               std::span<const float> b) {
    const std::size_t columns = second.distinct.size();
    if (first.distinct.size() * columns > kLargestCellTable)
        return distinctValues(pairedDifferences(a, b), "differences");
    std::vector<std::uint32_t> cells(first.distinct.size() * columns, 0);
    for (std::size_t i = 0; i < first.codes.size(); ++i) ++cells[first.codes[i] * columns + second.codes[i]];
    std::vector<std::pair<double, std::uint64_t>> found;
    for (std::size_t c = 0; c < cells.size(); ++c)
        if (cells[c] != 0) found.emplace_back(second.distinct[c % columns] - first.distinct[c / columns], cells[c]);
    std::sort(found.begin(), found.end());
    DistinctValues out;
    out.total = first.codes.size();
    for (const auto& [value, count] : found) {
        const double v = value == 0.0 ? 0.0 : value;
        if (!out.values.empty() && out.values.back() == v) {
            out.counts.back() += count;
        } else {
            out.values.push_back(v);
            out.counts.push_back(count);
        }
    }
    return out;
}

/// One resample shared by every model (the same lists for all): per-model resample means, then every pair's
/// difference. rows = n x models, row-major. Exact index resampling for small n, Poisson weights beyond.
void sharedBootstrap(const std::vector<float>& rows, std::size_t models, std::uint64_t lists,
                     const std::vector<MatrixEntry>& entries, const BootstrapOptions& options,
                     const util::Progress& progress, std::vector<std::vector<double>>& statistics) {
    const bool byIndexes = lists <= 65536; // same rule as MeanResampler
    util::parallelChunks(options.resamples, options.threads, [&](std::size_t begin, std::size_t end, std::size_t chunk) {
        std::vector<double> sums(models);
        auto poisson = std::make_unique<PoissonOneWeights>();
        for (std::size_t b = begin; b < end; ++b) {
            progress.check();
            util::Rng rng = util::Rng::forStream(options.seed, b);
            std::fill(sums.begin(), sums.end(), 0.0);
            double total = 0.0;
            if (byIndexes) {
                IndexSampler index(lists);
                for (std::uint64_t i = 0; i < lists; ++i) {
                    const float* row = rows.data() + static_cast<std::size_t>(index.next(rng)) * models;
                    for (std::size_t m = 0; m < models; ++m) sums[m] += row[m];
                }
                total = static_cast<double>(lists);
            } else {
                for (std::uint64_t first = 0; first < lists; first += PoissonOneWeights::kBlock) {
                    const std::size_t count = std::min<std::uint64_t>(PoissonOneWeights::kBlock, lists - first);
                    poisson->next(rng);
                    const std::uint16_t* weights = poisson->weights();
                    const float* row = rows.data() + first * models;
                    for (std::size_t i = 0; i < count; ++i, row += models) {
                        const auto w = static_cast<double>(weights[i]);
                        total += w;
                        for (std::size_t m = 0; m < models; ++m) sums[m] += w * row[m];
                    }
                }
            }
            for (std::size_t p = 0; p < entries.size(); ++p)
                statistics[p][b] = total > 0.0 ? (sums[entries[p].second] - sums[entries[p].first]) / total
                                               : std::numeric_limits<double>::quiet_NaN();
            if (chunk == 0) progress.set(static_cast<double>(b - begin + 1) / static_cast<double>(end - begin));
        }
    });
}

} // namespace

BootstrapOptions simultaneousBootstrap(const BootstrapOptions& base, double familyAlpha, std::size_t comparisons) {
    requireOpenUnit("alpha", familyAlpha);
    requireAtLeast("comparisons", comparisons, 1);
    BootstrapOptions o = base;
    const auto m = static_cast<double>(comparisons);
    o.alpha = familyAlpha / m;
    // About ten resamples beyond each bound: B alpha / (2 m) >= 10.
    const double needed = std::ceil(20.0 * m / familyAlpha - 1e-9);
    if (needed > static_cast<double>(o.resamples))
        o.resamples = needed >= 4.0e9 ? 4000000000u : static_cast<std::uint32_t>(needed);
    return o;
}

bool excludesZero(const ConfidenceInterval& interval) { return interval.lower > 0.0 || interval.upper < 0.0; }

PairedComparison comparePaired(std::span<const float> first, std::span<const float> second,
                               const SignificanceOptions& options, const util::Progress& progress) {
    requireOpenUnit("alpha", options.alpha);
    const std::vector<double> d = pairedDifferences(first, second);
    requireAtLeast("first", d.size(), 2);
    const DistinctValues dv = distinctValues(d, "differences");
    PairedComparison out;
    out.n = d.size();
    out.meanFirst = meanOf(first);
    out.meanSecond = meanOf(second);
    out.tTest = pairedTTest(dv, options.alpha);
    out.wilcoxon = wilcoxonSignedRank(dv, options.wilcoxon);
    out.bootstrap = bootstrapMean(dv, options.bootstrap, progress);
    return out;
}

const MatrixEntry& SignificanceMatrix::entry(std::size_t i, std::size_t j) const {
    if (i == j || i >= models || j >= models)
        util::failParameter("model", util::MessageCode::ParameterOutOfRange,
                            {"model", std::to_string(i) + "," + std::to_string(j), "two different models"});
    return entries.at(pairIndex(std::min(i, j), std::max(i, j), models));
}

double SignificanceMatrix::difference(std::size_t i, std::size_t j) const {
    const MatrixEntry& e = entry(i, j);
    return i < j ? e.meanDifference : -e.meanDifference;
}

SignificanceMatrix significanceMatrix(std::span<const std::span<const float>> models,
                                      const SignificanceOptions& options, const util::Progress& progress) {
    requireOpenUnit("alpha", options.alpha);
    requireBootstrapOptions(options.bootstrap);
    requireAtLeast("models", models.size(), 2);
    const std::size_t m = models.size();
    const std::size_t n = models[0].size();
    requireAtLeast("models[0]", n, 2);
    for (std::size_t k = 0; k < m; ++k) {
        const std::string name = "models[" + std::to_string(k) + "]";
        requireSameLength("models[0]", n, name, models[k].size());
        requireFinite(name, models[k]);
    }

    SignificanceMatrix out;
    out.models = m;
    out.lists = n;
    for (const auto& values : models) out.means.push_back(meanOf(values));
    for (std::size_t i = 0; i < m; ++i)
        for (std::size_t j = i + 1; j < m; ++j) {
            MatrixEntry e;
            e.first = i;
            e.second = j;
            out.entries.push_back(e);
        }

    // Phase 1: the rank and t tests per pair; distinct differences are kept only when they are few.
    const util::Progress tests = progress.sub(0.0, 0.3, "significance.tests");
    std::vector<CodedModel> coded(m);
    util::parallelFor(m, options.bootstrap.threads, 1, [&](std::size_t k) { coded[k] = codeModel(models[k]); });
    std::vector<DistinctValues> fewDistinct(out.entries.size());
    std::vector<char> isFew(out.entries.size(), 0);
    util::parallelFor(out.entries.size(), options.bootstrap.threads, 1, [&](std::size_t p) {
        tests.check();
        MatrixEntry& e = out.entries[p];
        DistinctValues dv = pairDifferences(coded[e.first], coded[e.second], models[e.first], models[e.second]);
        const PairedTTestResult t = pairedTTest(dv, options.alpha);
        e.meanDifference = t.meanDifference;
        e.tTestP = t.pValue;
        e.cohensDz = t.cohensDz;
        e.wilcoxonP = wilcoxonSignedRank(dv, options.wilcoxon).pValue;
        if (MeanResampler::methodFor(dv) == ResamplingMethod::DistinctValues) {
            isFew[p] = 1;
            fewDistinct[p] = std::move(dv);
        }
    });
    coded.clear();
    std::vector<double> wilcoxonP;
    for (const MatrixEntry& e : out.entries) wilcoxonP.push_back(e.wilcoxonP);
    const std::vector<double> holm = holmAdjusted(wilcoxonP);
    for (std::size_t p = 0; p < out.entries.size(); ++p) {
        out.entries[p].wilcoxonPHolm = holm[p];
        out.entries[p].wilcoxonSignificant = holm[p] <= options.alpha;
    }

    // Phase 2: simultaneous bootstrap intervals of the mean differences; the flag follows the interval.
    const BootstrapOptions family = simultaneousBootstrap(options.bootstrap, options.alpha, out.entries.size());
    out.alpha = options.alpha;
    out.intervalLevel = 1.0 - family.alpha;
    out.resamples = family.resamples;
    const auto flag = [&out] {
        for (MatrixEntry& e : out.entries) e.significant = excludesZero(e.bootstrapInterval);
    };
    const util::Progress boot = progress.sub(0.3, 1.0, "significance.bootstrap");
    const bool allFew = std::all_of(isFew.begin(), isFew.end(), [](char f) { return f != 0; });
    out.bootstrapMethod = allFew ? ResamplingMethod::DistinctValues
                                 : (n <= 65536 ? ResamplingMethod::Indexes : ResamplingMethod::PoissonWeights);
    if (allFew) {
        for (std::size_t p = 0; p < out.entries.size(); ++p) {
            const double from = static_cast<double>(p) / static_cast<double>(out.entries.size());
            const double to = static_cast<double>(p + 1) / static_cast<double>(out.entries.size());
            out.entries[p].bootstrapInterval = bootstrapMean(fewDistinct[p], family, boot.sub(from, to)).interval;
        }
        flag();
        return out;
    }
    fewDistinct.clear();
    std::vector<float> rows(n * m);
    for (std::size_t k = 0; k < m; ++k)
        for (std::size_t i = 0; i < n; ++i) rows[i * m + k] = models[k][i];
    std::vector<std::vector<double>> statistics(out.entries.size(), std::vector<double>(family.resamples));
    sharedBootstrap(rows, m, n, out.entries, family, boot, statistics);
    for (std::size_t p = 0; p < out.entries.size(); ++p) {
        BootstrapResult r;
        summarizeResamples(std::move(statistics[p]), family, r);
        out.entries[p].bootstrapInterval = r.interval;
    }
    flag();
    return out;
}

} // namespace vitrina::stats
