#include "models/factorisation/FactorTopK.h"

#include <algorithm>
#include <limits>

#include "models/factorisation/DenseKernels.h"
#include "util/Parallel.h"

namespace vitrina::models {
namespace {

constexpr std::size_t kBlock = 32;  // queries scored together (each tile of item rows is read once per block)
constexpr std::size_t kTile = 1024; // items per tile: 32 x 1024 scores (128 KB) stay in cache for the selection
constexpr float kExcluded = -std::numeric_limits<float>::infinity();

struct Entry {
    float score;
    data::ItemIndex item;
};

/// topK()'s heap order: the worst entry (lowest score, then highest index) at the front.
bool worse(const Entry& a, const Entry& b) { return a.score > b.score || (a.score == b.score && a.item < b.item); }

/// Offers the items [i0, i0 + count) with scores `row` (bias not yet added) to one query's heap, in ascending
/// order, as topK() would see them.
void offer(const float* row, std::size_t i0, std::size_t count, const float* bias, const std::uint8_t* candidates,
           std::size_t k, std::vector<Entry>& heap) {
    std::size_t t = 0;
    while (t < count) {
        if (heap.size() == k) { // skip whole groups that cannot enter (s > front is false for NaN too)
            const float front = heap.front().score;
            for (; t + 8 <= count; t += 8) {
                bool any = false;
                for (std::size_t l = 0; l < 8; ++l) any |= (bias ? row[t + l] + bias[i0 + t + l] : row[t + l]) > front;
                if (any) break;
            }
        }
        // One by one until the heap's bar rises (then back to skipping groups).
        for (bool raised = false; t < count && !raised; ++t) {
            const std::size_t i = i0 + t;
            const float s = bias ? row[t] + bias[i] : row[t];
            if (!candidates[i] || s == kExcluded || s != s) continue;
            if (heap.size() < k) {
                heap.push_back({s, static_cast<data::ItemIndex>(i)});
                std::push_heap(heap.begin(), heap.end(), worse);
                raised = heap.size() == k;
            } else if (s > heap.front().score) {
                std::pop_heap(heap.begin(), heap.end(), worse);
                heap.back() = {s, static_cast<data::ItemIndex>(i)};
                std::push_heap(heap.begin(), heap.end(), worse);
                raised = true;
            }
        }
    }
}

} // namespace

std::vector<std::vector<data::ItemIndex>> factorTopK(const FactorRecommender& model, std::span<const Query> queries,
                                                     const RecommendOptions& options, int threads) {
    if (!options.exclusions.empty())
        util::fail(util::MessageCode::InternalError, {"factorTopK: exclusions are not supported"});
    if (options.k < 1 || options.k > 10000)
        util::failParameter("k", util::MessageCode::ParameterOutOfRange, {"k", std::to_string(options.k), "[1, 10000]"});
    if (!model.fitted()) util::fail(util::MessageCode::InternalError, {"model '" + model.id() + "' is not trained"});
    const TrainingSet& train = model.trainingSet();
    const FactorMatrix& items = model.itemFactors();
    const std::size_t n = train.itemCount(), w = static_cast<std::size_t>(items.cols());
    const std::size_t k = static_cast<std::size_t>(options.k);
    const float* bias = model.itemBiases().empty() ? nullptr : model.itemBiases().data();
    const std::uint8_t* candidates = train.candidates().data();
    const auto& popular = train.popularityOrder();
    std::vector<std::vector<data::ItemIndex>> out(queries.size());
    const std::size_t blocks = (queries.size() + kBlock - 1) / kBlock;
    util::parallelFor(blocks, threads, 1, [&](std::size_t b) {
        thread_local std::vector<float> vectors, tile;
        thread_local std::vector<std::vector<Entry>> heaps;
        const std::size_t begin = b * kBlock, count = std::min(kBlock, queries.size() - begin);
        std::vector<std::size_t> active; // queries with signal, in block order
        vectors.clear();
        for (std::size_t q = 0; q < count; ++q) {
            const auto v = model.visitorVector(queries[begin + q]);
            if (!v) { // no signal: the scores are the popularity order's, so the list is its head
                out[begin + q].assign(popular.begin(), popular.begin() + static_cast<std::ptrdiff_t>(std::min(k, popular.size())));
                continue;
            }
            active.push_back(q);
            vectors.insert(vectors.end(), v->begin(), v->end());
        }
        if (active.empty()) return;
        heaps.resize(active.size());
        for (auto& heap : heaps) {
            heap.clear();
            heap.reserve(k);
        }
        tile.resize(active.size() * kTile);
        for (std::size_t i0 = 0; i0 < n; i0 += kTile) {
            const std::size_t m = std::min(kTile, n - i0);
            kernels::dotProducts(kernels::Rows{items.data() + i0 * w, m, w}, kernels::Rows{vectors.data(), active.size(), w},
                                 w, tile.data(), kTile);
            for (std::size_t a = 0; a < active.size(); ++a)
                offer(tile.data() + a * kTile, i0, m, bias, candidates, k, heaps[a]);
        }
        for (std::size_t a = 0; a < active.size(); ++a) {
            const Query& query = queries[begin + active[a]];
            std::vector<Entry>& heap = heaps[a];
            if (heap.size() < k && options.fillWithFallback) { // fewer scored candidates than k: the general path
                out[begin + active[a]] = model.recommend(query, options).items;
                continue;
            }
            std::sort_heap(heap.begin(), heap.end(), worse);
            auto& list = out[begin + active[a]];
            list.reserve(heap.size());
            for (const Entry& e : heap) list.push_back(e.item);
        }
    });
    return out;
}

} // namespace vitrina::models
