#include "models/neighbourhood/ItemSimilarity.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>
#include <vector>

#include "util/Parallel.h"

namespace vitrina::models {

data::CsrMatrix weightInteractions(const data::CsrMatrix& visitorItem, ItemWeighting weighting, double k1, double b) {
    data::CsrMatrix w = visitorItem;
    if (weighting == ItemWeighting::None) return w;
    const double n = static_cast<double>(visitorItem.cols);
    std::vector<double> length(visitorItem.cols, 0.0);
    for (std::size_t p = 0; p < visitorItem.nonZeros(); ++p) length[visitorItem.indices[p]] += visitorItem.values[p];
    double meanLength = 0.0;
    for (double l : length) meanLength += l;
    meanLength = visitorItem.cols > 0 ? meanLength / n : 0.0;

    for (std::uint32_t u = 0; u < visitorItem.rows; ++u) {
        const std::uint64_t begin = visitorItem.rowBegin(u), end = visitorItem.rowEnd(u);
        if (begin == end) continue;
        const double idf = std::log(n) - std::log1p(static_cast<double>(end - begin));
        for (std::uint64_t p = begin; p < end; ++p) {
            const double r = visitorItem.values[p];
            double value = 0.0;
            if (weighting == ItemWeighting::TfIdf) {
                value = std::sqrt(r) * idf;
            } else {
                const double norm = meanLength > 0.0 ? (1.0 - b) + b * length[visitorItem.indices[p]] / meanLength
                                                     : 1.0 - b;
                value = r * (k1 + 1.0) / (k1 * norm + r) * idf;
            }
            w.values[p] = static_cast<float>(value);
        }
    }
    return w;
}

namespace {

struct Neighbour {
    std::uint32_t item;
    float similarity;
};

constexpr auto better = [](const Neighbour& a, const Neighbour& b) {
    return a.similarity > b.similarity || (a.similarity == b.similarity && a.item < b.item);
};


} // namespace

data::CsrMatrix itemNeighbours(const data::CsrMatrix& visitorItem, const ItemSimilarityOptions& options,
                               int threads, const util::Progress& progress) {
    const data::CsrMatrix weighted =
        weightInteractions(visitorItem, options.weighting, options.bm25K1, options.bm25B);
    progress.check();
    const data::CsrMatrix itemVisitor = weighted.transposed();
    progress.check();
    const std::uint32_t items = weighted.cols;
    std::vector<double> norm(items, 0.0);
    for (std::uint32_t i = 0; i < items; ++i) {
        double s = 0.0;
        for (std::uint64_t p = itemVisitor.rowBegin(i); p < itemVisitor.rowEnd(i); ++p)
            s += static_cast<double>(itemVisitor.values[p]) * itemVisitor.values[p];
        norm[i] = std::sqrt(s);
    }
    const bool cosine = options.weighting != ItemWeighting::Bm25;

    // The accumulator is indexed by items renumbered by descending popularity, so that the slots hit most
    // often share a small, cache-resident region. Sums run over the same visitors in the same order either
    // way: the numbers do not change.
    std::vector<std::uint32_t> byRank(items);
    std::iota(byRank.begin(), byRank.end(), 0u);
    std::stable_sort(byRank.begin(), byRank.end(), [&](std::uint32_t a, std::uint32_t b) {
        return itemVisitor.rowEnd(a) - itemVisitor.rowBegin(a) > itemVisitor.rowEnd(b) - itemVisitor.rowBegin(b);
    });
    std::vector<std::uint32_t> rankOf(items);
    for (std::uint32_t r = 0; r < items; ++r) rankOf[byRank[r]] = r;
    std::vector<std::uint32_t> rankedColumns(weighted.indices.size());
    for (std::size_t p = 0; p < rankedColumns.size(); ++p) rankedColumns[p] = rankOf[weighted.indices[p]];
    progress.check();

    std::vector<std::vector<Neighbour>> rows(items);
    constexpr std::size_t kBlock = 256;
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    const int workers = std::max(1, threads);
    util::parallelChunks(static_cast<std::size_t>(workers), workers, [&](std::size_t, std::size_t, std::size_t chunk) {
        // Sparse accumulator: dense sums (zero outside the current row), a bitmap of the touched columns
        // (small enough to stay in L1) and their list; both are reset through the list after each row.
        std::vector<float> sums(items, 0.0f);
        std::vector<std::uint64_t> seen((items + 63) / 64, 0);
        float* const sum = sums.data();
        std::uint64_t* const bits = seen.data();
        std::vector<std::uint32_t> touched;
        std::vector<Neighbour> found;
        for (;;) {
            progress.check();
            const std::size_t begin = next.fetch_add(kBlock, std::memory_order_relaxed);
            if (begin >= items) break;
            const std::size_t end = std::min<std::size_t>(items, begin + kBlock);
            for (std::size_t i = begin; i < end; ++i) {
                touched.clear();
                for (std::uint64_t p = itemVisitor.rowBegin(static_cast<std::uint32_t>(i));
                     p < itemVisitor.rowEnd(static_cast<std::uint32_t>(i)); ++p) {
                    const std::uint32_t u = itemVisitor.indices[p];
                    const float wiu = itemVisitor.values[p];
                    const std::uint32_t* column = rankedColumns.data() + weighted.rowBegin(u);
                    const float* value = weighted.values.data() + weighted.rowBegin(u);
                    const std::size_t length = weighted.rowEnd(u) - weighted.rowBegin(u);
                    for (std::size_t q = 0; q < length; ++q) {
                        const std::uint32_t j = column[q];
                        const std::uint64_t bit = std::uint64_t{1} << (j & 63);
                        if (!(bits[j >> 6] & bit)) {
                            bits[j >> 6] |= bit;
                            touched.push_back(j);
                        }
                        sum[j] += wiu * value[q];
                    }
                }
                found.clear();
                for (const std::uint32_t ranked : touched) {
                    const float dot = sum[ranked];
                    sum[ranked] = 0.0f;
                    bits[ranked >> 6] = 0;
                    const std::uint32_t j = byRank[ranked];
                    if (j == i || !(dot > 0.0f)) continue;
                    const double s = cosine ? dot / (norm[i] * norm[j] + options.shrink) : dot;
                    const auto similarity = static_cast<float>(s);
                    if (similarity > 0.0f) found.push_back({j, similarity});
                }
                if (found.size() > options.neighbours) {
                    std::nth_element(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(options.neighbours),
                                     found.end(), better);
                    found.resize(options.neighbours);
                }
                std::sort(found.begin(), found.end(), better);
                rows[i].assign(found.begin(), found.end());
            }
            const std::size_t total = done.fetch_add(end - begin, std::memory_order_relaxed) + (end - begin);
            if (chunk == 0) progress.set(static_cast<double>(total) / items);
        }
    });

    data::CsrMatrix out;
    out.rows = items;
    out.cols = items;
    out.indptr.assign(items + 1, 0);
    for (std::uint32_t i = 0; i < items; ++i) out.indptr[i + 1] = out.indptr[i] + rows[i].size();
    out.indices.resize(out.indptr.back());
    out.values.resize(out.indptr.back());
    for (std::uint32_t i = 0; i < items; ++i) {
        std::uint64_t p = out.indptr[i];
        for (const Neighbour& n : rows[i]) {
            out.indices[p] = n.item;
            out.values[p] = n.similarity;
            ++p;
        }
        std::vector<Neighbour>().swap(rows[i]);
    }
    progress.set(1.0);
    return out;
}

} // namespace vitrina::models
