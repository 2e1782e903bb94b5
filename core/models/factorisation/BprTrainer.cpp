#include "models/factorisation/BprTrainer.h"

#include <algorithm>
#include <cmath>

#include "models/factorisation/DenseKernels.h"
#include "util/Parallel.h"
#include "util/Random.h"

namespace vitrina::models {
namespace {

constexpr std::uint64_t kVisitorStreams = 1ULL << 40;
constexpr std::uint64_t kSampleStreams = 1ULL << 50;
constexpr int kNegativeTries = 16;
constexpr std::size_t kPrefetchAhead = 8; // samples drawn ahead of their update, their rows prefetched

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

/// What one epoch's partition gives the samplers of the item block they work on.
struct Partition {
    std::vector<std::vector<std::vector<Pair>>> cells; // [visitor block][item block]
    std::vector<std::vector<std::uint32_t>> blockItems; // items with positives, per item block
    std::vector<std::size_t> blockPairs;               // non-zeros per item block (over all visitor blocks)
};

/// A negative for `visitor` from item block `b`, or false after kNegativeTries positives.
bool drawNegative(const Partition& part, const data::CsrMatrix& m, std::size_t b, std::uint32_t visitor,
                  bool popularity, util::Rng& rng, std::uint32_t& out) {
    const auto& items = part.blockItems[b];
    if (items.empty()) return false;
    for (int t = 0; t < kNegativeTries; ++t) {
        std::uint32_t j;
        if (popularity) {
            std::size_t k = rng.below(part.blockPairs[b]);
            std::size_t v = 0;
            while (k >= part.cells[v][b].size()) k -= part.cells[v++][b].size();
            j = part.cells[v][b][k].item;
        } else {
            j = items[rng.below(items.size())];
        }
        if (!isPositive(m, visitor, j)) {
            out = j;
            return true;
        }
    }
    return false;
}

void prefetchRow(const float* row, std::size_t width) {
    for (std::size_t k = 0; k < width; k += 16) __builtin_prefetch(row + k, 1, 3);
}

} // namespace

float bprStep(float* w, float* hi, float* hj, float* bi, float* bj, std::size_t width, const BprOptions& o,
              bool updateItems) {
    float lanes[8] = {};
    for (std::size_t k = 0; k < width; k += 8)
        for (std::size_t l = 0; l < 8; ++l) lanes[l] += w[k + l] * (hi[k + l] - hj[k + l]);
    float x = ((lanes[0] + lanes[1]) + (lanes[2] + lanes[3])) + ((lanes[4] + lanes[5]) + (lanes[6] + lanes[7]));
    if (bi) x += *bi - *bj;
    const float z = 1.0f / (1.0f + std::exp(x));
    const float eta = o.learningRate;
    if (updateItems) {
        for (std::size_t k = 0; k < width; ++k) {
            const float wk = w[k];
            w[k] += eta * (z * (hi[k] - hj[k]) - o.regUser * wk);
            hi[k] += eta * (z * wk - o.regPositive * hi[k]);
            hj[k] += eta * (-z * wk - o.regNegative * hj[k]);
        }
        if (bi) {
            *bi += eta * (z - o.regPositive * *bi);
            *bj += eta * (-z - o.regNegative * *bj);
        }
    } else {
        for (std::size_t k = 0; k < width; ++k) w[k] += eta * (z * (hi[k] - hj[k]) - o.regUser * w[k]);
    }
    return z;
}

BprFactors trainBpr(const data::CsrMatrix& positives, const BprOptions& options, std::uint64_t seed, int threads,
                    const util::Progress& progress) {
    const std::size_t blocks = static_cast<std::size_t>(std::max(threads, 1));
    const std::size_t w = kernels::paddedWidth(options.factors);
    const std::uint32_t visitors = positives.rows;
    const std::uint32_t items = positives.cols;

    std::vector<std::uint32_t> itemPairs(items, 0);
    for (std::uint32_t i : positives.indices) ++itemPairs[i];
    BprFactors f;
    f.visitors = zeroFactorMatrix(visitors, w);
    f.items = zeroFactorMatrix(items, w);
    initRows(f.visitors, options.factors, seed, kVisitorStreams, nullptr, threads);
    initRows(f.items, options.factors, seed, 0, &itemPairs, threads);
    if (options.itemBias) f.bias.assign(items, 0.0f);

    // Visitor blocks: contiguous rows with about nnz / blocks non-zeros each.
    std::vector<std::uint32_t> visitorBound(blocks + 1, visitors);
    visitorBound[0] = 0;
    for (std::size_t b = 1; b < blocks; ++b) {
        const std::uint64_t target = positives.nonZeros() * b / blocks;
        visitorBound[b] = static_cast<std::uint32_t>(
            std::lower_bound(positives.indptr.begin(), positives.indptr.end() - 1, target) - positives.indptr.begin());
    }

    Partition part;
    part.cells.assign(blocks, std::vector<std::vector<Pair>>(blocks));
    part.blockItems.assign(blocks, {});
    part.blockPairs.assign(blocks, 0);
    std::vector<std::uint32_t> itemBlock(items, 0);
    float* const bias = options.itemBias ? f.bias.data() : nullptr;

    std::vector<std::uint64_t> skippedBy(blocks, 0);
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        progress.check();
        const std::uint64_t epochKey = util::hash64(static_cast<std::uint64_t>(epoch), seed);
        for (auto& list : part.blockItems) list.clear();
        for (std::uint32_t i = 0; i < items; ++i) {
            itemBlock[i] = blocks == 1 ? 0 : static_cast<std::uint32_t>(util::hash64(i, epochKey) % blocks);
            if (itemPairs[i] > 0) part.blockItems[itemBlock[i]].push_back(i);
        }
        util::parallelChunks(blocks, static_cast<int>(blocks), [&](std::size_t, std::size_t, std::size_t v) {
            for (auto& cell : part.cells[v]) cell.clear();
            for (std::uint32_t u = visitorBound[v]; u < visitorBound[v + 1]; ++u)
                for (std::uint64_t k = positives.rowBegin(u); k < positives.rowEnd(u); ++k)
                    part.cells[v][itemBlock[positives.indices[k]]].push_back({u, positives.indices[k]});
        });
        for (std::size_t b = 0; b < blocks; ++b) {
            part.blockPairs[b] = 0;
            for (std::size_t v = 0; v < blocks; ++v) part.blockPairs[b] += part.cells[v][b].size();
        }
        for (std::size_t sub = 0; sub < blocks; ++sub) {
            util::parallelChunks(blocks, static_cast<int>(blocks), [&](std::size_t, std::size_t, std::size_t v) {
                const std::size_t b = (v + sub) % blocks;
                const auto& cell = part.cells[v][b];
                if (cell.empty()) return;
                util::Rng rng = util::Rng::forStream(
                    seed, kSampleStreams + (static_cast<std::uint64_t>(epoch) * blocks + sub) * blocks + v);
                Sample ring[kPrefetchAhead];
                std::size_t drawn = 0, done = 0;
                const std::size_t total = cell.size();
                // Draw ahead (the draws do not depend on the factors) so that the rows of a sample are in cache
                // by the time it is applied; updates happen in draw order.
                while (done < total) {
                    while (drawn < total && drawn - done < kPrefetchAhead) {
                        const Pair pick = cell[rng.below(total)];
                        Sample s{pick.visitor, pick.item, 0};
                        if (!drawNegative(part, positives, b, pick.visitor, options.popularityNegatives, rng, s.negative))
                            s.negative = pick.item; // marks a skipped sample
                        prefetchRow(f.visitors.data() + std::size_t{s.visitor} * w, w);
                        prefetchRow(f.items.data() + std::size_t{s.positive} * w, w);
                        prefetchRow(f.items.data() + std::size_t{s.negative} * w, w);
                        ring[drawn % kPrefetchAhead] = s;
                        ++drawn;
                    }
                    const Sample& s = ring[done % kPrefetchAhead];
                    if (s.negative == s.positive) ++skippedBy[v];
                    else
                        bprStep(f.visitors.data() + std::size_t{s.visitor} * w, f.items.data() + std::size_t{s.positive} * w,
                                f.items.data() + std::size_t{s.negative} * w, bias ? bias + s.positive : nullptr,
                                bias ? bias + s.negative : nullptr, w, options, true);
                    if ((++done & 8191) == 0) progress.check();
                }
            });
        }
        for (std::size_t b = 0; b < blocks; ++b) f.samples += part.blockPairs[b];
        progress.set(static_cast<double>(epoch + 1) / options.epochs);
    }
    for (std::uint64_t s : skippedBy) f.skipped += s;
    return f;
}

} // namespace vitrina::models
