#pragma once
// Item-item similarity for ItemKNN (core/models/README.md, itemknn): optional BM25 / TF-IDF re-weighting of
// the visitor x item matrix, co-occurrence dot products computed row by row with a sparse accumulator, and
// the top-k neighbours of every item kept in a sparse matrix.
#include <cstdint>

#include "data/InteractionMatrix.h"
#include "util/Progress.h"

namespace vitrina::models {

enum class ItemWeighting : std::uint8_t { None, Bm25, TfIdf };

struct ItemSimilarityOptions {
    std::size_t neighbours = 100;
    double shrink = 0.0;
    ItemWeighting weighting = ItemWeighting::None;
    double bm25K1 = 1.2;
    double bm25B = 0.75;
};

/// Re-weights a visitor x item matrix, items as documents and visitors as terms (implicit's convention):
/// idf_u = ln N - ln(1 + df_u) with N = the number of items (columns) and df_u = the visitor's distinct items;
/// BM25: w = r (K1 + 1) / (K1 ((1 - B) + B len_i / mean len) + r) * idf_u with len_i = the item's column sum;
/// TF-IDF: w = sqrt(r) * idf_u. ItemWeighting::None returns a copy.
data::CsrMatrix weightInteractions(const data::CsrMatrix& visitorItem, ItemWeighting weighting, double k1, double b);

/// Row i = the neighbours j != i of item i with similarity > 0, at most options.neighbours, by similarity
/// descending then j ascending; values = similarity. Similarity of the (weighted) item columns x_i, x_j:
///   None, TfIdf: x_i.x_j / (|x_i| |x_j| + shrink)   (cosine with shrinkage)
///   Bm25:        x_i.x_j                              (plain dot product, as implicit's BM25Recommender)
/// The result does not depend on the thread count (each row is computed by one thread in a fixed order).
data::CsrMatrix itemNeighbours(const data::CsrMatrix& visitorItem, const ItemSimilarityOptions& options,
                               int threads, const util::Progress& progress);

} // namespace vitrina::models
