#pragma once
// BPR-MF training by SGD (Rendle et al. 2009; ALGORITHMS.md §3.4), parallel and deterministic in the DSGD way:
// visitors are split into T contiguous blocks of about equal non-zeros (T = threads) and, in every epoch, items
// into T blocks by a seeded hash of (item, epoch). An epoch has T sub-epochs; in sub-epoch s thread t samples
// from the cell (visitor block t, item block (t + s) mod T), so no two threads ever touch the same visitor or
// item row. A cell gets as many samples as it has non-zeros (an epoch = as many samples as non-zeros), each a
// uniform draw of one of its (visitor, item) pairs; the negative comes from the same item block, uniformly over
// its items with training interactions or in proportion to their non-zeros, redrawn while it is a positive of
// the visitor (at most 16 tries, then the sample is skipped). Each (epoch, sub-epoch, thread) has its own random
// stream, so a seed and a thread count give bit-identical factors. Re-drawing the item blocks every epoch lets
// every pair of items meet as positive and negative over the epochs.
#include <cstdint>
#include <vector>

#include "data/InteractionMatrix.h"
#include "models/factorisation/AlsSolver.h"
#include "util/Progress.h"

namespace vitrina::models {

struct BprOptions {
    std::size_t factors = 64;
    int epochs = 100;
    float learningRate = 0.05f;
    float regUser = 0.01f;      ///< lambda_W
    float regPositive = 0.01f;  ///< lambda_H+ (also on the positive item's bias)
    float regNegative = 0.01f;  ///< lambda_H- (also on the negative item's bias)
    bool popularityNegatives = false;
    bool itemBias = true;
};

struct BprFactors {
    FactorMatrix visitors;   ///< rows of `positives`
    FactorMatrix items;      ///< every column of `positives`
    std::vector<float> bias; ///< per item (empty without item bias)
    std::uint64_t samples = 0; ///< (visitor, positive) draws over all epochs
    std::uint64_t skipped = 0; ///< draws without a negative after the tries
};

/// Trains on `positives` (rows = visitors with at least one positive, columns = items; any stored value counts
/// as a positive; column indices ascending within a row). Initial factors: (U[0, 1) - 0.5) / factors from
/// per-row random streams; biases 0; items without positives stay 0 and are never drawn.
BprFactors trainBpr(const data::CsrMatrix& positives, const BprOptions& options, std::uint64_t seed, int threads,
                    const util::Progress& progress);

/// One SGD step of §3.4 on (w, h_i, h_j) with z = sigma(-(w.(h_i - h_j) + b_i - b_j)), right-hand sides from the
/// old w. `bi` / `bj` may be null (no bias). Rows are `width` floats (a multiple of 8). Returns z.
float bprStep(float* w, float* hi, float* hj, float* bi, float* bj, std::size_t width, const BprOptions& options,
              bool updateItems);

} // namespace vitrina::models
