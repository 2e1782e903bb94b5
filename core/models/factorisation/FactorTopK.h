#pragma once
// Top-K lists of a factor model (ALS, BPR-MF) straight from its factors, for the bulk paths (the A/B replay).
// Recommender::recommendBatch writes a full score row per query (235 k floats at full size, 30 MB per block of
// 32 queries) to memory and reads it back to select; here the scores of a block of queries are computed one
// tile of items at a time and selected while the tile is in cache.
// Same lists as recommend(), item for item: the scores come from the same kernel (each dot product has one
// fixed order whatever the tiling, DenseKernels.h) with the same bias addition, and the selection is topK()'s
// (items in ascending order into a min-heap of the best k; on equal scores the smaller index wins).
#include <span>
#include <vector>

#include "models/factorisation/FactorModel.h"

namespace vitrina::models {

/// The items recommend(query, options) gives for every query. `options.exclusions` must be empty (a
/// util::Error otherwise: use recommendBatch with exclusions).
std::vector<std::vector<data::ItemIndex>> factorTopK(const FactorRecommender& model, std::span<const Query> queries,
                                                     const RecommendOptions& options, int threads);

} // namespace vitrina::models
