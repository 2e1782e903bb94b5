#pragma once
// BPR-MF training by SGD (Rendle et al. 2009; core/models/README.md, bpr), parallel and deterministic in the
// DSGD way. Visitors are split into 16 contiguous blocks of about equal non-zeros and, in every epoch, items
// into 16 blocks by a seeded hash of (item, epoch). An epoch has 16 sub-epochs; in sub-epoch s the 16 cells
// (visitor block v, item block (v + s) mod 16) touch pairwise disjoint visitor and item rows, so they run on
// any number of threads in any order with the same result: a seed gives bit-identical factors whatever the
// thread count (for one kernel set, DenseKernels.h). Re-drawing the item blocks every epoch lets every pair
// of items meet as positive and negative over the epochs.
// Sampling: an epoch draws as many samples as non-zeros, each cell as many as it holds pairs (so every pair
// has the same chance). By default, as in the paper's LearnBPR, with replacement: each sample a uniform draw
// from the cell's pairs. The "epoch" option visits every pair once instead: the cell's pairs, kept in visitor
// order, in chunks of 64 consecutive pairs, the chunks in a random order and the pairs of a chunk shuffled,
// so the order is random at the scale that matters for SGD while the visitor rows are read almost in memory
// order. The negative comes from the cell's item block, uniformly over its items with training interactions
// or in proportion to their non-zeros, redrawn while it is a positive of the visitor (at most 16 tries, then
// the sample is skipped). Each (epoch, sub-epoch, visitor block) has its own random stream.
#include <cstdint>
#include <vector>

#include "data/InteractionMatrix.h"
#include "models/factorisation/AlsSolver.h"
#include "util/Progress.h"

namespace vitrina::models {

/// Draws of a negative that may hit a positive of the visitor before the sample is skipped (training and
/// fold-in alike).
inline constexpr int kBprNegativeTries = 16;

struct BprOptions {
    std::size_t factors = 64;
    int epochs = 100;
    float learningRate = 0.05f;
    float regUser = 0.01f;      ///< lambda_W
    float regPositive = 0.01f;  ///< lambda_H+ (also on the positive item's bias)
    float regNegative = 0.01f;  ///< lambda_H- (also on the negative item's bias)
    bool popularityNegatives = false;
    bool itemBias = true;
    /// LearnBPR as the paper gives it: each sample of a cell a uniform draw with replacement from the
    /// cell's pairs. Off: every pair once per epoch in chunk-shuffled order (the rows read almost in order).
    bool withReplacement = true;
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

/// One BPR SGD step (core/models/README.md, bpr) on (w, h_i, h_j) with
/// z = sigma(-(w.(h_i - h_j) + b_i - b_j)), right-hand sides from the old w. `bi` / `bj` may be null (no
/// bias). Rows are `width` floats (a multiple of 8). Returns z.
float bprStep(float* w, float* hi, float* hj, float* bi, float* bj, std::size_t width, const BprOptions& options,
              bool updateItems);

} // namespace vitrina::models
