#include "models/factorisation/FactorTopK.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "models/factorisation/DenseKernels.h"
#include "util/Parallel.h"
#include "util/Numbers.h"

namespace vitrina::models {
namespace {

constexpr std::size_t kQueryBlock = 32; // queries scored together (each tile of item rows is read once per block)
constexpr std::size_t kTile = 512; // items per tile: 32 x 512 scores stay in cache for the selection
constexpr double kMargin = 1e-3;   // relative margin on the bound (float rounding of scores is ~1e-6)

struct Entry {
    float score;
    data::ItemIndex item;
};

/// topK()'s heap order: the worst entry (lowest score, then highest index) at the front.
bool worse(const Entry& a, const Entry& b) { return a.score > b.score || (a.score == b.score && a.item < b.item); }

/// Offers the index positions [p0, p0 + count) with scores `row` (bias not yet added) to one query's heap of
/// the best k by (score descending, item ascending).
void offer(const float* row, std::size_t p0, std::size_t count, const FactorIndex& index, std::size_t k,
           std::vector<Entry>& heap) {
    const float* bias = index.bias.empty() ? nullptr : index.bias.data() + p0;
    std::size_t t = 0;
    while (t < count) {
        if (heap.size() == k) { // skip whole groups that cannot enter (s >= front is false for NaN too)
            const float front = heap.front().score;
            for (; t + 8 <= count; t += 8) {
                bool any = false;
                for (std::size_t l = 0; l < 8; ++l) any |= (bias ? row[t + l] + bias[t + l] : row[t + l]) >= front;
                if (any) break;
            }
        }
        // One by one until the heap's bar rises (then back to skipping groups).
        for (bool raised = false; t < count && !raised; ++t) {
            const float s = bias ? row[t] + bias[t] : row[t];
            if (s == kExcluded || s != s) continue;
            const Entry e{s, index.items[p0 + t]};
            if (heap.size() < k) {
                heap.push_back(e);
                std::push_heap(heap.begin(), heap.end(), worse);
                raised = heap.size() == k;
            } else if (worse(e, heap.front())) {
                std::pop_heap(heap.begin(), heap.end(), worse);
                heap.back() = e;
                std::push_heap(heap.begin(), heap.end(), worse);
                raised = true;
            }
        }
    }
}

double norm(const float* v, std::size_t n) {
    double s = 0.0;
    for (std::size_t k = 0; k < n; ++k) s += static_cast<double>(v[k]) * static_cast<double>(v[k]);
    return std::sqrt(s);
}

} // namespace

FactorIndex::FactorIndex(const FactorRecommender& model) {
    if (!model.fitted()) util::fail(util::MessageCode::InternalError, {"model '" + model.id() + "' is not trained"});
    const FactorMatrix& factors = model.itemFactors();
    const std::size_t w = static_cast<std::size_t>(factors.cols());
    const auto& candidates = model.trainingSet().candidates();
    std::vector<double> norms(candidates.size(), 0.0);
    for (std::size_t i = 0; i < candidates.size(); ++i)
        if (candidates[i]) {
            items.push_back(static_cast<data::ItemIndex>(i));
            norms[i] = norm(factors.data() + i * w, w);
        }
    std::stable_sort(items.begin(), items.end(), [&](data::ItemIndex a, data::ItemIndex b) { return norms[a] > norms[b]; });
    rows.resize(static_cast<Eigen::Index>(items.size()), static_cast<Eigen::Index>(w));
    const auto& itemBias = model.itemBiases();
    for (std::size_t p = 0; p < items.size(); ++p) {
        rows.row(static_cast<Eigen::Index>(p)) = factors.row(static_cast<Eigen::Index>(items[p]));
        if (!itemBias.empty()) bias.push_back(itemBias[items[p]]);
    }
    const std::size_t tiles = (items.size() + kTile - 1) / kTile;
    normFrom.assign(tiles + 1, 0.0);
    biasFrom.assign(tiles + 1, bias.empty() ? 0.0 : -std::numeric_limits<double>::infinity());
    for (std::size_t t = tiles; t-- > 0;) {
        normFrom[t] = normFrom[t + 1];
        biasFrom[t] = biasFrom[t + 1];
        for (std::size_t p = t * kTile; p < std::min(items.size(), (t + 1) * kTile); ++p) {
            normFrom[t] = std::max(normFrom[t], norms[items[p]]);
            if (!bias.empty()) biasFrom[t] = std::max(biasFrom[t], static_cast<double>(bias[p]));
        }
    }
}

std::vector<std::vector<data::ItemIndex>> factorTopK(const FactorRecommender& model, std::span<const Query> queries,
                                                     const RecommendOptions& options, int threads,
                                                     const FactorIndex* index) {
    if (!options.exclusions.empty())
        util::fail(util::MessageCode::InternalError, {"factorTopK: exclusions are not supported"});
    if (options.k < 1 || options.k > 10000)
        util::failParameter("k", util::MessageCode::ParameterOutOfRange, {"k", std::to_string(options.k), "[1, 10000]"});
    std::optional<FactorIndex> own;
    if (!index) index = &own.emplace(model);
    const FactorIndex& ix = *index;
    const std::size_t w = static_cast<std::size_t>(ix.rows.cols()), n = ix.items.size();
    const std::size_t k = static_cast<std::size_t>(options.k);
    const auto& popular = model.trainingSet().popularityOrder();
    std::vector<std::vector<data::ItemIndex>> out(queries.size());
    const std::size_t blocks = (queries.size() + kQueryBlock - 1) / kQueryBlock;
    util::parallelFor(blocks, threads, 1, [&](std::size_t b) {
        thread_local std::vector<float> vectors, packed, tile;
        thread_local std::vector<std::vector<Entry>> heaps;
        const std::size_t begin = b * kQueryBlock, count = std::min(kQueryBlock, queries.size() - begin);
        std::vector<std::size_t> signal; // queries with signal, in block order
        std::vector<double> length;      // |x| of each
        vectors.clear();
        for (std::size_t q = 0; q < count; ++q) {
            const auto v = model.visitorVector(queries[begin + q]);
            if (!v) { // no signal: the scores are the popularity order's, so the list is its head
                out[begin + q].assign(popular.begin(), popular.begin() + static_cast<std::ptrdiff_t>(std::min(k, popular.size())));
                continue;
            }
            signal.push_back(q);
            length.push_back(norm(v->data(), w));
            vectors.insert(vectors.end(), v->begin(), v->end());
        }
        heaps.resize(signal.size());
        for (auto& heap : heaps) {
            heap.clear();
            heap.reserve(k);
        }
        std::vector<std::size_t> live(signal.size()); // positions in `signal` still scanning
        std::iota(live.begin(), live.end(), std::size_t{0});
        std::vector<std::size_t> packedOf; // the live set `packed` holds
        for (std::size_t p0 = 0, t = 0; p0 < n && !live.empty(); p0 += kTile, ++t) {
            // A query is done when its k-th best beats every remaining item's bound.
            std::size_t kept = 0;
            for (std::size_t a : live) {
                const double reach = length[a] * ix.normFrom[t];
                const double bound = reach + ix.biasFrom[t] + kMargin * (reach + std::fabs(ix.biasFrom[t]));
                if (heaps[a].size() == k && static_cast<double>(heaps[a].front().score) > bound) continue;
                live[kept++] = a;
            }
            live.resize(kept);
            if (live.empty()) break;
            if (packedOf != live) {
                packedOf = live;
                packed.resize(live.size() * w);
                for (std::size_t l = 0; l < live.size(); ++l)
                    std::copy_n(vectors.data() + live[l] * w, w, packed.data() + l * w);
            }
            const std::size_t m = std::min(kTile, n - p0);
            tile.resize(live.size() * kTile);
            kernels::dotProducts(kernels::Rows{ix.rows.data() + p0 * w, m, w}, kernels::Rows{packed.data(), live.size(), w},
                                 w, tile.data(), kTile);
            for (std::size_t l = 0; l < live.size(); ++l) offer(tile.data() + l * kTile, p0, m, ix, k, heaps[live[l]]);
        }
        for (std::size_t a = 0; a < signal.size(); ++a) {
            const Query& query = queries[begin + signal[a]];
            std::vector<Entry>& heap = heaps[a];
            if (heap.size() < k && options.fillWithFallback) { // fewer scored candidates than k: the general path
                out[begin + signal[a]] = model.recommend(query, options).items;
                continue;
            }
            std::sort_heap(heap.begin(), heap.end(), worse);
            auto& list = out[begin + signal[a]];
            list.reserve(heap.size());
            for (const Entry& e : heap) list.push_back(e.item);
        }
    });
    return out;
}

} // namespace vitrina::models
