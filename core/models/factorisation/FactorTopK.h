#pragma once
// Top-K lists of a factor model (ALS, BPR-MF) straight from its factors, for the bulk paths (the A/B replay).
// Recommender::recommendBatch writes a full score row per query (235 k floats at full size, 30 MB per block of
// 32 queries) to memory and reads it back to select; here the scores of a block of queries are computed one
// tile of items at a time and selected while the tile is in cache.
// Items are visited by the norm of their factor row, largest first (FactorIndex), and a query stops as soon as
// no remaining item can reach its k-th best score: score(j) = y_j . x + b_j <= |y_j| |x| + b_j (Cauchy-Schwarz;
// the bound is taken with a margin of 1e-3 relative for rounding), so most of the catalogue is never scored.
// Same lists as recommend(), item for item: the scores come from the same kernel (each dot product has one
// fixed order whatever the tiling, DenseKernels.h) with the same bias addition, and the selection keeps the best
// k by (score descending, index ascending), the order topK() gives.
#include <span>
#include <vector>

#include "models/factorisation/FactorModel.h"

namespace vitrina::models {

/// The candidate items' factor rows ordered by norm (descending; ties by index), with the suffix maxima the
/// stopping rule needs. Built once per fitted model (a copy of the item factors).
struct FactorIndex {
    explicit FactorIndex(const FactorRecommender& model);
    std::vector<data::ItemIndex> items; ///< candidates by norm descending
    FactorMatrix rows;                  ///< rows.row(p) = the factor row of items[p]
    std::vector<float> bias;            ///< bias of items[p] (empty when the model has none)
    std::vector<double> normFrom;       ///< per tile: the largest norm from the tile's first position on
    std::vector<double> biasFrom;       ///< per tile: the largest bias from there on (0 without biases)
};

/// The items recommend(query, options) gives for every query. `options.exclusions` must be empty (a
/// util::Error otherwise: use recommendBatch with exclusions). `index` must come from `model` (built here when
/// null).
std::vector<std::vector<data::ItemIndex>> factorTopK(const FactorRecommender& model, std::span<const Query> queries,
                                                     const RecommendOptions& options, int threads,
                                                     const FactorIndex* index = nullptr);

} // namespace vitrina::models
