#include "models/factorisation/DenseKernels.h"

#include <algorithm>
#include <atomic>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define VITRINA_KERNELS_X86 1
#include <immintrin.h>
#else
#define VITRINA_KERNELS_X86 0
#endif

namespace vitrina::models::kernels {
namespace {

constexpr std::size_t kTileA = 4; // rows of A per tile (one 128-bit result per B row)

// Every dot product: 8 lanes accumulated over the length in order, then
//   ((l0 + l1) + (l2 + l3)) + ((l4 + l5) + (l6 + l7)),
// the tree the AVX2 kernel's two horizontal adds and final lane add produce.

/// NB rows of B against 4 rows of A; out[4 * q + r] = dot(a[r], b[q]).
template <std::size_t NB>
void tilePortable(const float* const* a, const float* const* b, std::size_t length, float* out) {
    float acc[NB][kTileA][8] = {};
    for (std::size_t k = 0; k < length; k += 8)
        for (std::size_t q = 0; q < NB; ++q)
            for (std::size_t r = 0; r < kTileA; ++r)
                for (std::size_t l = 0; l < 8; ++l) acc[q][r][l] += a[r][k + l] * b[q][k + l];
    for (std::size_t q = 0; q < NB; ++q)
        for (std::size_t r = 0; r < kTileA; ++r) {
            const float* s = acc[q][r];
            out[kTileA * q + r] = ((s[0] + s[1]) + (s[2] + s[3])) + ((s[4] + s[5]) + (s[6] + s[7]));
        }
}

void addWeightedRowsPortable(const Rows& a, const float* coef, std::size_t length, float* out) {
    for (std::size_t r = 0; r < a.count; ++r) {
        const float c = coef[r];
        const float* row = a.row(r);
        for (std::size_t k = 0; k < length; ++k) out[k] += c * row[k];
    }
}

void addOuterProductsPortable(const Rows& a, std::size_t width, float* g) {
    for (std::size_t r = 0; r < a.count; ++r) {
        const float* row = a.row(r);
        for (std::size_t j = 0; j < width; ++j) {
            const float x = row[j];
            float* out = g + j * width;
            for (std::size_t k = j; k < width; ++k) out[k] += x * row[k];
        }
    }
}

void rowsTimesMatrixPortable(const Rows& p, const float* m, std::size_t width, float* out) {
    for (std::size_t u = 0; u < p.count; ++u) {
        const float* row = p.row(u);
        float* o = out + u * width;
        std::fill_n(o, width, 0.0f);
        for (std::size_t k = 0; k < width; ++k) {
            const float x = row[k];
            const float* mk = m + k * width;
            for (std::size_t j = 0; j < width; ++j) o[j] += x * mk[j];
        }
    }
}

#if VITRINA_KERNELS_X86
/// R rows times m, output columns [j0, j0 + 8 NV): R x NV accumulators in registers over all k, so each column
/// vector of m loaded serves R rows. Every entry is the sum over k ascending of one FMA each, from 0: the
/// same numbers whatever R and the column split.
template <std::size_t R, std::size_t NV>
__attribute__((target("avx2,fma"))) void blockTimesMatrixAvx2(const float* const* rows, const float* m,
                                                               std::size_t width, std::size_t j0, float* const* outs) {
    __m256 acc[R][NV];
#pragma GCC unroll 6
    for (std::size_t r = 0; r < R; ++r)
#pragma GCC unroll 2
        for (std::size_t v = 0; v < NV; ++v) acc[r][v] = _mm256_setzero_ps();
    for (std::size_t k = 0; k < width; ++k) {
        const float* mk = m + k * width + j0;
        __m256 b[NV];
#pragma GCC unroll 2
        for (std::size_t v = 0; v < NV; ++v) b[v] = _mm256_loadu_ps(mk + 8 * v);
#pragma GCC unroll 6
        for (std::size_t r = 0; r < R; ++r) {
            const __m256 x = _mm256_broadcast_ss(rows[r] + k);
#pragma GCC unroll 2
            for (std::size_t v = 0; v < NV; ++v) acc[r][v] = _mm256_fmadd_ps(x, b[v], acc[r][v]);
        }
    }
#pragma GCC unroll 6
    for (std::size_t r = 0; r < R; ++r)
#pragma GCC unroll 2
        for (std::size_t v = 0; v < NV; ++v) _mm256_storeu_ps(outs[r] + j0 + 8 * v, acc[r][v]);
}

void rowsTimesMatrixAvx2(const Rows& p, const float* m, std::size_t width, float* out) {
    using Block = void (*)(const float* const*, const float*, std::size_t, std::size_t, float* const*);
    static constexpr std::size_t kRows = 6;
    static constexpr Block blocks[kRows][2] = {
        {blockTimesMatrixAvx2<1, 1>, blockTimesMatrixAvx2<1, 2>}, {blockTimesMatrixAvx2<2, 1>, blockTimesMatrixAvx2<2, 2>},
        {blockTimesMatrixAvx2<3, 1>, blockTimesMatrixAvx2<3, 2>}, {blockTimesMatrixAvx2<4, 1>, blockTimesMatrixAvx2<4, 2>},
        {blockTimesMatrixAvx2<5, 1>, blockTimesMatrixAvx2<5, 2>}, {blockTimesMatrixAvx2<6, 1>, blockTimesMatrixAvx2<6, 2>}};
    const float* rows[kRows];
    float* outs[kRows];
    for (std::size_t u0 = 0; u0 < p.count; u0 += kRows) {
        const std::size_t n = std::min(kRows, p.count - u0);
        for (std::size_t r = 0; r < n; ++r) {
            rows[r] = p.row(u0 + r);
            outs[r] = out + (u0 + r) * width;
        }
        for (std::size_t j0 = 0; j0 < width; j0 += 16)
            blocks[n - 1][std::min<std::size_t>(2, (width - j0) / 8) - 1](rows, m, width, j0, outs);
    }
}

/// Four rows of g by KV * 8 columns, accumulated over every row of A in order.
template <std::size_t KV>
__attribute__((target("avx2,fma"))) void outerTileAvx2(const Rows& a, std::size_t width, std::size_t j0,
                                                        std::size_t k0, float* g) {
    __m256 acc[4][KV];
#pragma GCC unroll 4
    for (std::size_t jj = 0; jj < 4; ++jj)
#pragma GCC unroll 2
        for (std::size_t v = 0; v < KV; ++v) acc[jj][v] = _mm256_loadu_ps(g + (j0 + jj) * width + k0 + 8 * v);
    for (std::size_t r = 0; r < a.count; ++r) {
        const float* row = a.row(r);
        __m256 b[KV];
#pragma GCC unroll 2
        for (std::size_t v = 0; v < KV; ++v) b[v] = _mm256_loadu_ps(row + k0 + 8 * v);
#pragma GCC unroll 4
        for (std::size_t jj = 0; jj < 4; ++jj) {
            const __m256 x = _mm256_broadcast_ss(row + j0 + jj);
#pragma GCC unroll 2
            for (std::size_t v = 0; v < KV; ++v) acc[jj][v] = _mm256_fmadd_ps(x, b[v], acc[jj][v]);
        }
    }
#pragma GCC unroll 4
    for (std::size_t jj = 0; jj < 4; ++jj)
#pragma GCC unroll 2
        for (std::size_t v = 0; v < KV; ++v) _mm256_storeu_ps(g + (j0 + jj) * width + k0 + 8 * v, acc[jj][v]);
}

__attribute__((target("avx2,fma"))) void addOuterProductsAvx2(const Rows& a, std::size_t width, float* g) {
    for (std::size_t j0 = 0; j0 < width; j0 += 4) {
        std::size_t k0 = j0 / 8 * 8; // first column block reaching the diagonal
        for (; k0 + 16 <= width; k0 += 16) outerTileAvx2<2>(a, width, j0, k0, g);
        if (k0 < width) outerTileAvx2<1>(a, width, j0, k0, g);
    }
}

/// The x86-64-v2 form of tilePortable (same per-lane products and sums, so the same numbers): lanes 0-3 and
/// 4-7 are accumulated in two passes to keep the 12 accumulators of a pass in registers.
template <std::size_t NB>
__attribute__((target("sse3"))) void tileSse(const float* const* a, const float* const* b, std::size_t length,
                                             float* out) {
    __m128 half[2][NB][kTileA];
#pragma GCC unroll 2
    for (std::size_t h = 0; h < 2; ++h) {
        __m128 acc[NB][kTileA];
#pragma GCC unroll 4
        for (std::size_t q = 0; q < NB; ++q)
#pragma GCC unroll 4
            for (std::size_t r = 0; r < kTileA; ++r) acc[q][r] = _mm_setzero_ps();
        for (std::size_t k = 4 * h; k < length; k += 8) {
            const __m128 v0 = _mm_loadu_ps(a[0] + k), v1 = _mm_loadu_ps(a[1] + k);
            const __m128 v2 = _mm_loadu_ps(a[2] + k), v3 = _mm_loadu_ps(a[3] + k);
#pragma GCC unroll 4
            for (std::size_t q = 0; q < NB; ++q) {
                const __m128 bv = _mm_loadu_ps(b[q] + k);
                acc[q][0] = _mm_add_ps(acc[q][0], _mm_mul_ps(v0, bv));
                acc[q][1] = _mm_add_ps(acc[q][1], _mm_mul_ps(v1, bv));
                acc[q][2] = _mm_add_ps(acc[q][2], _mm_mul_ps(v2, bv));
                acc[q][3] = _mm_add_ps(acc[q][3], _mm_mul_ps(v3, bv));
            }
        }
#pragma GCC unroll 4
        for (std::size_t q = 0; q < NB; ++q) // (l0 + l1) + (l2 + l3) of every row, rows side by side
            half[h][q][0] = _mm_hadd_ps(_mm_hadd_ps(acc[q][0], acc[q][1]), _mm_hadd_ps(acc[q][2], acc[q][3]));
    }
#pragma GCC unroll 4
    for (std::size_t q = 0; q < NB; ++q) _mm_storeu_ps(out + kTileA * q, _mm_add_ps(half[0][q][0], half[1][q][0]));
}

template <std::size_t NB>
__attribute__((target("avx2,fma"))) void tileAvx2(const float* const* a, const float* const* b, std::size_t length,
                                                   float* out) {
    __m256 acc[NB][kTileA];
    const float* const a0 = a[0];
    const float* const a1 = a[1];
    const float* const a2 = a[2];
    const float* const a3 = a[3];
#pragma GCC unroll 4
    for (std::size_t q = 0; q < NB; ++q)
#pragma GCC unroll 4
        for (std::size_t r = 0; r < kTileA; ++r) acc[q][r] = _mm256_setzero_ps();
    for (std::size_t k = 0; k < length; k += 8) {
        const __m256 v0 = _mm256_loadu_ps(a0 + k), v1 = _mm256_loadu_ps(a1 + k);
        const __m256 v2 = _mm256_loadu_ps(a2 + k), v3 = _mm256_loadu_ps(a3 + k);
#pragma GCC unroll 4
        for (std::size_t q = 0; q < NB; ++q) {
            const __m256 bv = _mm256_loadu_ps(b[q] + k);
            acc[q][0] = _mm256_fmadd_ps(v0, bv, acc[q][0]);
            acc[q][1] = _mm256_fmadd_ps(v1, bv, acc[q][1]);
            acc[q][2] = _mm256_fmadd_ps(v2, bv, acc[q][2]);
            acc[q][3] = _mm256_fmadd_ps(v3, bv, acc[q][3]);
        }
    }
#pragma GCC unroll 4
    for (std::size_t q = 0; q < NB; ++q) {
        const __m256 t1 = _mm256_hadd_ps(acc[q][0], acc[q][1]);
        const __m256 t2 = _mm256_hadd_ps(acc[q][2], acc[q][3]);
        const __m256 t3 = _mm256_hadd_ps(t1, t2);
        _mm_storeu_ps(out + kTileA * q, _mm_add_ps(_mm256_castps256_ps128(t3), _mm256_extractf128_ps(t3, 1)));
    }
}

__attribute__((target("avx2,fma"))) void addWeightedRowsAvx2(const Rows& a, const float* coef, std::size_t length,
                                                              float* out) {
    std::size_t k = 0;
    for (; k + 32 <= length; k += 32) { // four registers of the output stay in place over all rows
        __m256 o0 = _mm256_loadu_ps(out + k), o1 = _mm256_loadu_ps(out + k + 8);
        __m256 o2 = _mm256_loadu_ps(out + k + 16), o3 = _mm256_loadu_ps(out + k + 24);
        for (std::size_t r = 0; r < a.count; ++r) {
            const __m256 c = _mm256_set1_ps(coef[r]);
            const float* row = a.row(r) + k;
            o0 = _mm256_fmadd_ps(c, _mm256_loadu_ps(row), o0);
            o1 = _mm256_fmadd_ps(c, _mm256_loadu_ps(row + 8), o1);
            o2 = _mm256_fmadd_ps(c, _mm256_loadu_ps(row + 16), o2);
            o3 = _mm256_fmadd_ps(c, _mm256_loadu_ps(row + 24), o3);
        }
        _mm256_storeu_ps(out + k, o0);
        _mm256_storeu_ps(out + k + 8, o1);
        _mm256_storeu_ps(out + k + 16, o2);
        _mm256_storeu_ps(out + k + 24, o3);
    }
    for (; k < length; k += 8) {
        __m256 o = _mm256_loadu_ps(out + k);
        for (std::size_t r = 0; r < a.count; ++r)
            o = _mm256_fmadd_ps(_mm256_set1_ps(coef[r]), _mm256_loadu_ps(a.row(r) + k), o);
        _mm256_storeu_ps(out + k, o);
    }
}

bool cpuHasAvx2() {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
}
#endif

std::atomic<int> forcedIsa{-1};

using TileFn = void (*)(const float* const*, const float* const*, std::size_t, float*);

template <class Tiles>
void dotProductsWith(const Tiles& tiles, const Rows& a, const Rows& b, std::size_t length, float* out,
                     std::size_t outStride) {
    const std::size_t rowsA = a.count, rowsB = b.count;
    if (rowsA == 0 || rowsB == 0) return;
    constexpr std::size_t kTileB = 3;
    const float* ap[kTileA];
    const float* bp[kTileB];
    float result[kTileA * kTileB];
    for (std::size_t a0 = 0; a0 < rowsA; a0 += kTileA) {
        const std::size_t na = std::min(kTileA, rowsA - a0);
        // Missing rows of a short tile repeat the last row: every pair keeps the same arithmetic.
        for (std::size_t r = 0; r < kTileA; ++r) ap[r] = a.row(std::min(a0 + r, rowsA - 1));
        for (std::size_t b0 = 0; b0 < rowsB; b0 += kTileB) {
            const std::size_t nb = std::min(kTileB, rowsB - b0);
            for (std::size_t q = 0; q < nb; ++q) bp[q] = b.row(b0 + q);
            tiles[nb - 1](ap, bp, length, result);
            for (std::size_t q = 0; q < nb; ++q)
                for (std::size_t r = 0; r < na; ++r) out[(b0 + q) * outStride + a0 + r] = result[kTileA * q + r];
        }
    }
}

} // namespace

Isa activeIsa() {
#if VITRINA_KERNELS_X86
    static const bool hasAvx2 = cpuHasAvx2();
    const int forced = forcedIsa.load(std::memory_order_relaxed);
    if (forced == static_cast<int>(Isa::Portable)) return Isa::Portable;
    return hasAvx2 ? Isa::Avx2 : Isa::Portable;
#else
    return Isa::Portable;
#endif
}

void forceIsa(std::optional<Isa> isa) { forcedIsa.store(isa ? static_cast<int>(*isa) : -1, std::memory_order_relaxed); }

std::string isaName(Isa isa) { return isa == Isa::Avx2 ? "avx2+fma" : "portable (x86-64-v2 baseline)"; }

void dotProducts(const Rows& a, const Rows& b, std::size_t length, float* out, std::size_t outStride) {
#if VITRINA_KERNELS_X86
    if (activeIsa() == Isa::Avx2) {
        static constexpr TileFn tiles[] = {tileAvx2<1>, tileAvx2<2>, tileAvx2<3>};
        dotProductsWith(tiles, a, b, length, out, outStride);
        return;
    }
#endif
#if VITRINA_KERNELS_X86
    static constexpr TileFn tiles[] = {tileSse<1>, tileSse<2>, tileSse<3>};
#else
    static constexpr TileFn tiles[] = {tilePortable<1>, tilePortable<2>, tilePortable<3>};
#endif
    dotProductsWith(tiles, a, b, length, out, outStride);
}

void rowsTimesMatrix(const Rows& p, const float* m, std::size_t width, float* out) {
#if VITRINA_KERNELS_X86
    if (activeIsa() == Isa::Avx2) {
        rowsTimesMatrixAvx2(p, m, width, out);
        return;
    }
#endif
    rowsTimesMatrixPortable(p, m, width, out);
}

void addOuterProducts(const Rows& a, std::size_t width, float* g) {
#if VITRINA_KERNELS_X86
    if (activeIsa() == Isa::Avx2) {
        addOuterProductsAvx2(a, width, g);
        return;
    }
#endif
    addOuterProductsPortable(a, width, g);
}

void addWeightedRows(const Rows& a, const float* coef, std::size_t length, float* out) {
#if VITRINA_KERNELS_X86
    if (activeIsa() == Isa::Avx2) {
        addWeightedRowsAvx2(a, coef, length, out);
        return;
    }
#endif
    addWeightedRowsPortable(a, coef, length, out);
}

} // namespace vitrina::models::kernels
