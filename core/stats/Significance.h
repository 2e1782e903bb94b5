#pragma once
// Significance between models evaluated on the same lists (core/eval/README.md section 7):
// for one pair, every test of stats/Paired.h plus the paired bootstrap; for a family of models, the matrix
// that the Models page shows: bootstrap 95 % interval of the mean difference, two-sided Wilcoxon p-value
// Holm-corrected over all pairs of the matrix, paired t p-value and Cohen's d_z.
#include <cstdint>
#include <span>
#include <vector>

#include "stats/Bootstrap.h"
#include "stats/Paired.h"

namespace vitrina::stats {

struct SignificanceOptions {
    BootstrapOptions bootstrap;  ///< B = 2,000, alpha 0.05, seed, threads
    WilcoxonOptions wilcoxon;    ///< wilcox zeros, no continuity correction
    double alpha = 0.05;         ///< for the t interval and the "significant" flag
};

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
    ConfidenceInterval bootstrapInterval;
    double wilcoxonP = 1.0;
    double wilcoxonPHolm = 1.0; ///< Holm over every pair of the matrix
    double tTestP = 1.0;
    double cohensDz = 0.0;
    bool significant = false; ///< wilcoxonPHolm <= alpha
};

struct SignificanceMatrix {
    std::size_t models = 0;
    std::uint64_t lists = 0;
    std::vector<double> means;        ///< per model
    std::vector<MatrixEntry> entries; ///< pairs (0,1), (0,2), ..., (1,2), ...
    ResamplingMethod bootstrapMethod = ResamplingMethod::DistinctValues;

    /// The stored entry of the pair {i, j}, i != j (its difference is second - first, first < second).
    const MatrixEntry& entry(std::size_t i, std::size_t j) const;
    /// mean(model j - model i) for any i != j (sign follows the order asked).
    double difference(std::size_t i, std::size_t j) const;
};

/// `models[m]` = per-list values of model m, all on the same lists. Needs at least two models and two lists.
/// Bootstrap: when every pair's differences have few distinct values, each pair is resampled over them (exact,
/// identical to comparePaired's interval); otherwise all models share each resample (indexes up to 65,536
/// lists, Poisson weights beyond), one pass over the lists per resample for every pair at once.
SignificanceMatrix significanceMatrix(std::span<const std::span<const float>> models,
                                      const SignificanceOptions& options = {}, const util::Progress& progress = {});

} // namespace vitrina::stats
