#pragma once
// Significance between models evaluated on the same lists (core/eval/README.md section 7): for one pair, every
// test of stats/Paired.h plus the paired bootstrap; for a family of models, the matrix that the Models page shows.
//
// What is shown together agrees: with m comparisons in a family (every pair of the matrix, or every variant
// against one reference in the ablation) each bootstrap interval is at level 1 - alpha/m (Bonferroni, so the m
// intervals hold together with probability at least 1 - alpha), and a pair is flagged significant exactly when
// its shown interval excludes 0. The two-sided Wilcoxon signed-rank p, Holm-corrected over the family (Holm
// 1979), stands beside it as a robustness check: where the two disagree, the pair is marked so (the mean and
// the ranks tell different stories, e.g. a few large differences against many small ones).
// The tails of a 1 - alpha/m percentile interval need resamples: B is raised to at least 20 m / alpha, so that
// about ten resamples lie beyond each bound (Efron & Tibshirani 1993, ch. 13, ask for 1,000+ at 95 %).
#include <cstdint>
#include <span>
#include <vector>

#include "stats/Bootstrap.h"
#include "stats/Paired.h"

namespace vitrina::stats {

struct SignificanceOptions {
    BootstrapOptions bootstrap;  ///< B = 2,000 (raised per family), alpha 0.05, seed, threads
    WilcoxonOptions wilcoxon;    ///< wilcox zeros, no continuity correction
    double alpha = 0.05;         ///< family-wise level: of the flag, the t interval and the Holm correction
};

/// The Bonferroni rule for a family of `comparisons` (>= 1): bootstrap options at level 1 - alpha/m with
/// B >= 20 m / alpha resamples (the file comment).
BootstrapOptions simultaneousBootstrap(const BootstrapOptions& base, double familyAlpha, std::size_t comparisons);
/// The interval lies strictly on one side of 0 (NaN bounds: false).
bool excludesZero(const ConfidenceInterval& interval);

/// Everything about one pair; differences are second - first.
struct PairedComparison {
    std::uint64_t n = 0;
    double meanFirst = 0.0, meanSecond = 0.0;
    PairedTTestResult tTest;
    WilcoxonResult wilcoxon;
    BootstrapResult bootstrap; ///< of the mean difference
};
/// `first`, `second`: per-list values of two models on the same lists (NaN-free, equal lengths, n >= 2).
PairedComparison comparePaired(std::span<const float> first, std::span<const float> second,
                               const SignificanceOptions& options = {}, const util::Progress& progress = {});

struct MatrixEntry {
    std::size_t first = 0, second = 0; ///< model indexes, first < second
    double meanDifference = 0.0;       ///< mean(second - first)
    ConfidenceInterval bootstrapInterval; ///< simultaneous: level SignificanceMatrix::intervalLevel
    double wilcoxonP = 1.0;
    double wilcoxonPHolm = 1.0; ///< Holm over every pair of the matrix
    double tTestP = 1.0;
    double cohensDz = 0.0;
    bool significant = false;         ///< the bootstrap interval excludes 0
    bool wilcoxonSignificant = false; ///< wilcoxonPHolm <= alpha (the robustness check)

    /// The interval and the Holm-Wilcoxon check reach the same conclusion.
    bool checksAgree() const { return significant == wilcoxonSignificant; }
};

struct SignificanceMatrix {
    std::size_t models = 0;
    std::uint64_t lists = 0;
    std::vector<double> means;        ///< per model
    std::vector<MatrixEntry> entries; ///< pairs (0,1), (0,2), ..., (1,2), ...
    ResamplingMethod bootstrapMethod = ResamplingMethod::DistinctValues;
    double alpha = 0.05;              ///< family-wise level
    double intervalLevel = 0.95;      ///< of every interval: 1 - alpha / entries.size()
    std::uint32_t resamples = 2000;   ///< B used (the requested B, raised for the family)

    /// The stored entry of the pair {i, j}, i != j (its difference is second - first, first < second).
    const MatrixEntry& entry(std::size_t i, std::size_t j) const;
    /// mean(model j - model i) for any i != j (sign follows the order asked).
    double difference(std::size_t i, std::size_t j) const;
};

/// `models[m]` = per-list values of model m, all on the same lists. Needs at least two models and two lists.
/// Bootstrap (simultaneousBootstrap over the pairs): when every pair's differences have few distinct values,
/// each pair is resampled over them (exact, identical to comparePaired's interval with the same options);
/// otherwise all models share each resample (indexes up to 65,536
/// lists, Poisson weights beyond), one pass over the lists per resample for every pair at once.
SignificanceMatrix significanceMatrix(std::span<const std::span<const float>> models,
                                      const SignificanceOptions& options = {}, const util::Progress& progress = {});

} // namespace vitrina::stats
