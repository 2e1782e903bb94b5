#include "models/factorisation/BprTrainer.h"

#include <algorithm>
#include <cmath>

#include "models/factorisation/BprKernel.h"
#include "models/factorisation/DenseKernels.h"
#include "util/Parallel.h"
#include "util/Random.h"

namespace vitrina::models {
namespace {

constexpr std::uint64_t kSampleStreams = 1ULL << 50;
constexpr std::size_t kGrid = 16;   // visitor blocks = item blocks (fixed: the factors do not depend on threads)
constexpr std::size_t kChunk = 64;  // consecutive pairs of a cell shuffled together
constexpr std::size_t kAhead = 8;   // samples prepared (negative drawn, rows prefetched) ahead of their update

struct Pair {
    std::uint32_t visitor;
    std::uint32_t item;
};

struct Sample {
    std::uint32_t visitor, positive, negative;
};

void initRows(FactorMatrix& m, std::size_t factors, std::uint64_t seed, std::uint64_t streamBase,
              const std::vector<std::uint32_t>* onlyWithCount, int threads) {
    const std::size_t w = static_cast<std::size_t>(m.cols());
    util::parallelFor(static_cast<std::size_t>(m.rows()), threads, 4096, [&](std::size_t r) {
        if (onlyWithCount && (*onlyWithCount)[r] == 0) return;
        util::Rng rng = util::Rng::forStream(seed, streamBase + r);
        float* row = m.data() + r * w;
        for (std::size_t k = 0; k < factors; ++k)
            row[k] = static_cast<float>((rng.uniform() - 0.5) / static_cast<double>(factors));
    });
}

bool isPositive(const data::CsrMatrix& m, std::uint32_t visitor, std::uint32_t item) {
    const auto* begin = m.indices.data() + m.rowBegin(visitor);
    const auto* end = m.indices.data() + m.rowEnd(visitor);
    return std::binary_search(begin, end, item);
}

void prefetchRow(const float* row, std::size_t width) {
    for (std::size_t k = 0; k < width; k += 16) __builtin_prefetch(row + k, 1, 3);
}

/// One epoch's grid: the pairs of every visitor block grouped by item block (visitor order within a cell), and
/// what the negative samplers of each item block draw from.
struct Grid {
    std::vector<std::vector<Pair>> pairs;          // [visitor block]
    std::vector<std::vector<std::size_t>> start;   // [visitor block][item block], kGrid + 1 entries
    std::vector<std::vector<std::uint32_t>> draw;  // [item block] items (uniform) or one entry per pair (popularity)
};

/// Everything the cells of one training run share.
struct Run {
    const data::CsrMatrix& positives;
    const BprOptions& options;
    BprFactors& f;
    std::size_t width;
    kernels::BprRates rates;
    kernels::BprStepFn step;
};

/// The negative for `visitor` from `pool`, or the positive itself (a skipped sample) after kBprNegativeTries.
std::uint32_t drawNegative(const data::CsrMatrix& m, const std::vector<std::uint32_t>& pool, std::uint32_t visitor,
                           std::uint32_t positive, util::Rng& rng) {
    if (pool.empty()) return positive;
    for (int t = 0; t < kBprNegativeTries; ++t) {
        const std::uint32_t j = pool[rng.below(pool.size())];
        if (!isPositive(m, visitor, j)) return j;
    }
    return positive;
}

/// n SGD samples over the n pairs of one cell: uniform draws with replacement, or every pair once in
/// chunk-shuffled order. Returns the samples skipped.
std::uint64_t trainCell(const Run& run, const Pair* pairs, std::size_t n, const std::vector<std::uint32_t>& pool,
                        util::Rng& rng) {
    if (n == 0) return 0;
    thread_local std::vector<std::uint32_t> order, chunks;
    order.clear();
    if (run.options.withReplacement) {
        order.resize(n);
        for (std::uint32_t& pick : order) pick = static_cast<std::uint32_t>(rng.below(n));
    } else {
        chunks.resize((n + kChunk - 1) / kChunk);
        for (std::size_t c = 0; c < chunks.size(); ++c) chunks[c] = static_cast<std::uint32_t>(c);
        for (std::size_t c = chunks.size(); c > 1; --c) std::swap(chunks[c - 1], chunks[rng.below(c)]);
        for (std::uint32_t c : chunks) {
            const std::size_t from = order.size(), begin = std::size_t{c} * kChunk, end = std::min(n, begin + kChunk);
            for (std::size_t p = begin; p < end; ++p) order.push_back(static_cast<std::uint32_t>(p));
            for (std::size_t k = end - begin; k > 1; --k) std::swap(order[from + k - 1], order[from + rng.below(k)]);
        }
    }

    const std::size_t w = run.width;
    float* const visitors = run.f.visitors.data();
    float* const items = run.f.items.data();
    float* const bias = run.options.itemBias ? run.f.bias.data() : nullptr;
    const float eta = run.options.learningRate;
    Sample ring[kAhead];
    std::uint64_t skipped = 0;
    std::size_t drawn = 0;
    // Draw ahead (draws do not depend on the factors) so that a sample's rows are in cache when it is applied;
    // updates happen in draw order.
    const std::uint64_t* indptr = run.positives.indptr.data();
    const std::uint32_t* indices = run.positives.indices.data();
    for (std::size_t done = 0; done < n; ++done) {
        for (; drawn < n && drawn < done + kAhead; ++drawn) {
            // The negative's check reads the visitor's CSR row: fetch its offsets 2 kAhead samples early and the
            // row itself kAhead samples early (random visitors: both would miss the cache).
            if (drawn + 2 * kAhead < n) __builtin_prefetch(indptr + pairs[order[drawn + 2 * kAhead]].visitor);
            if (drawn + kAhead < n) {
                const std::uint32_t u = pairs[order[drawn + kAhead]].visitor;
                __builtin_prefetch(indices + indptr[u]);
                __builtin_prefetch(indices + indptr[u + 1] - 1);
            }
            const Pair pick = pairs[order[drawn]];
            const Sample s{pick.visitor, pick.item, drawNegative(run.positives, pool, pick.visitor, pick.item, rng)};
            prefetchRow(visitors + std::size_t{s.visitor} * w, w);
            prefetchRow(items + std::size_t{s.positive} * w, w);
            prefetchRow(items + std::size_t{s.negative} * w, w);
            ring[drawn % kAhead] = s;
        }
        const Sample& s = ring[done % kAhead];
        if (s.negative == s.positive) {
            ++skipped;
            continue;
        }
        const float z = run.step(visitors + std::size_t{s.visitor} * w, items + std::size_t{s.positive} * w,
                                 items + std::size_t{s.negative} * w, bias ? bias[s.positive] - bias[s.negative] : 0.0f,
                                 w, run.rates, true);
        if (bias) {
            bias[s.positive] += eta * (z - run.options.regPositive * bias[s.positive]);
            bias[s.negative] += eta * (-z - run.options.regNegative * bias[s.negative]);
        }
    }
    return skipped;
}

/// Draws this epoch's item blocks and sorts every visitor block's pairs into its cells.
void buildGrid(const data::CsrMatrix& positives, const std::vector<std::uint32_t>& itemPairs,
               const std::vector<std::uint32_t>& visitorBound, bool popularity, std::uint64_t epochKey, int threads,
               std::vector<std::uint8_t>& itemBlock, Grid& grid) {
    for (auto& pool : grid.draw) pool.clear();
    for (std::uint32_t i = 0; i < positives.cols; ++i) {
        itemBlock[i] = static_cast<std::uint8_t>(util::hash64(i, epochKey) % kGrid);
        if (itemPairs[i] == 0) continue;
        auto& pool = grid.draw[itemBlock[i]];
        pool.insert(pool.end(), popularity ? itemPairs[i] : 1, i);
    }
    util::parallelFor(kGrid, threads, 1, [&](std::size_t v) {
        std::vector<std::size_t>& start = grid.start[v];
        start.assign(kGrid + 1, 0);
        const std::uint64_t from = positives.indptr[visitorBound[v]], to = positives.indptr[visitorBound[v + 1]];
        for (std::uint64_t k = from; k < to; ++k) ++start[itemBlock[positives.indices[k]] + 1];
        for (std::size_t b = 0; b < kGrid; ++b) start[b + 1] += start[b];
        std::vector<std::size_t> next(start.begin(), start.end() - 1);
        std::vector<Pair>& pairs = grid.pairs[v];
        pairs.resize(to - from);
        for (std::uint32_t u = visitorBound[v]; u < visitorBound[v + 1]; ++u)
            for (std::uint64_t k = positives.rowBegin(u); k < positives.rowEnd(u); ++k)
                pairs[next[itemBlock[positives.indices[k]]]++] = {u, positives.indices[k]};
    });
}

} // namespace

float bprStep(float* w, float* hi, float* hj, float* bi, float* bj, std::size_t width, const BprOptions& o,
              bool updateItems) {
    const kernels::BprRates rates{o.learningRate, o.regUser, o.regPositive, o.regNegative};
    const float z = kernels::bprStep(w, hi, hj, bi ? *bi - *bj : 0.0f, width, rates, updateItems);
    if (updateItems && bi) {
        *bi += o.learningRate * (z - o.regPositive * *bi);
        *bj += o.learningRate * (-z - o.regNegative * *bj);
    }
    return z;
}

BprFactors trainBpr(const data::CsrMatrix& positives, const BprOptions& options, std::uint64_t seed, int threads,
                    const util::Progress& progress) {
    const std::size_t w = kernels::paddedWidth(options.factors);
    const std::uint32_t visitors = positives.rows;
    const std::uint32_t items = positives.cols;

    std::vector<std::uint32_t> itemPairs(items, 0);
    for (std::uint32_t i : positives.indices) ++itemPairs[i];
    BprFactors f;
    f.visitors = zeroFactorMatrix(visitors, w);
    f.items = zeroFactorMatrix(items, w);
    initRows(f.visitors, options.factors, seed, kVisitorRandomStreams, nullptr, threads);
    initRows(f.items, options.factors, seed, 0, &itemPairs, threads);
    if (options.itemBias) f.bias.assign(items, 0.0f);

    // Visitor blocks: contiguous rows with about nnz / kGrid non-zeros each.
    std::vector<std::uint32_t> visitorBound(kGrid + 1, visitors);
    visitorBound[0] = 0;
    for (std::size_t b = 1; b < kGrid; ++b) {
        const std::uint64_t target = positives.nonZeros() * b / kGrid;
        visitorBound[b] = static_cast<std::uint32_t>(
            std::lower_bound(positives.indptr.begin(), positives.indptr.end() - 1, target) - positives.indptr.begin());
    }

    Grid grid;
    grid.pairs.resize(kGrid);
    grid.start.resize(kGrid);
    grid.draw.resize(kGrid);
    std::vector<std::uint8_t> itemBlock(items, 0);
    const Run run{positives, options, f, w, {options.learningRate, options.regUser, options.regPositive, options.regNegative},
                  kernels::bprStepKernel()};
    std::vector<std::uint64_t> skippedBy(kGrid, 0);
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        progress.check();
        buildGrid(positives, itemPairs, visitorBound, options.popularityNegatives,
                  util::hash64(static_cast<std::uint64_t>(epoch), seed), threads, itemBlock, grid);
        for (std::size_t sub = 0; sub < kGrid; ++sub) {
            util::parallelFor(kGrid, threads, 1, [&](std::size_t v) {
                progress.check();
                const std::size_t b = (v + sub) % kGrid;
                util::Rng rng = util::Rng::forStream(
                    seed, kSampleStreams + (static_cast<std::uint64_t>(epoch) * kGrid + sub) * kGrid + v);
                const std::size_t begin = grid.start[v][b], end = grid.start[v][b + 1];
                skippedBy[v] += trainCell(run, grid.pairs[v].data() + begin, end - begin, grid.draw[b], rng);
            });
        }
        f.samples += positives.nonZeros();
        progress.set(static_cast<double>(epoch + 1) / options.epochs);
    }
    for (std::uint64_t s : skippedBy) f.skipped += s;
    return f;
}

} // namespace vitrina::models
