#include "models/neural/Gemm.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include "models/factorisation/DenseKernels.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define VITRINA_GEMM_X86 1
#include <immintrin.h>
#else
#define VITRINA_GEMM_X86 0
#endif

namespace vitrina::models::neural {
namespace {

constexpr std::size_t kRowBlock = 96;  // rows of C per task (16 groups of 6)
constexpr std::size_t kDepthBlock = 256; // k per packed block of B (a 16-column panel: 16 KB, in L1)
constexpr std::size_t kGemmPanel = 16;     // columns per packed panel (two 8-float vectors)
constexpr std::size_t kGroup = 6;      // rows per register tile

template <class T> T elementOf(const Operand<T>& x, std::size_t i, std::size_t p) {
    return x.op == Transpose::No ? x.data[i * x.stride + p] : x.data[p * x.stride + i];
}

/// Columns per task: as wide as possible while leaving a few tasks per thread to balance the load.
std::size_t columnBlock(std::size_t m, std::size_t n, int threads) {
    const std::size_t rowTasks = (m + kRowBlock - 1) / kRowBlock;
    std::size_t width = 512;
    while (width > kGemmPanel && rowTasks * ((n + width - 1) / width) < static_cast<std::size_t>(3 * threads)) width /= 2;
    return width;
}

/// The portable product of rows [i0, i1) and columns [j0, j1): for each entry the sum over p ascending.
template <class T>
void portableTile(std::size_t i0, std::size_t i1, std::size_t j0, std::size_t j1, std::size_t k, const Operand<T>& a,
                  const std::vector<T>& bRows, T* c, std::size_t ldc, bool add) {
    // bRows: op(B) as a k x n row-major copy, so the inner loop runs over contiguous columns.
    const std::size_t n = k > 0 ? bRows.size() / k : 0;
    std::vector<T> acc(j1 - j0);
    for (std::size_t i = i0; i < i1; ++i) {
        T* out = c + i * ldc;
        for (std::size_t j = j0; j < j1; ++j) acc[j - j0] = add ? out[j] : T(0);
        for (std::size_t p = 0; p < k; ++p) {
            const T x = elementOf(a, i, p);
            const T* row = bRows.data() + p * n;
            for (std::size_t j = j0; j < j1; ++j) acc[j - j0] += x * row[j];
        }
        for (std::size_t j = j0; j < j1; ++j) out[j] = acc[j - j0];
    }
}

template <class T>
void portableGemm(std::size_t m, std::size_t n, std::size_t k, const Operand<T>& a, const Operand<T>& b, T* c,
                  std::size_t ldc, const GemmOptions& options) {
    std::vector<T> bRows(k * n);
    for (std::size_t p = 0; p < k; ++p)
        for (std::size_t j = 0; j < n; ++j) bRows[p * n + j] = elementOf(b, p, j);
    const bool add = options.accumulate == Accumulate::Add;
    const std::size_t tasks = options.team ? std::min<std::size_t>((m + 31) / 32, 4 * static_cast<std::size_t>(options.team->size())) : 1;
    if (tasks <= 1) {
        portableTile(0, m, 0, n, k, a, bRows, c, ldc, add);
        return;
    }
    options.team->run(tasks, [&](std::size_t t) {
        const auto [i0, i1] = partRange(m, tasks, t);
        portableTile(i0, i1, 0, n, k, a, bRows, c, ldc, add);
    });
}

#if VITRINA_GEMM_X86
/// Packs op(B) rows [p0, p0 + kc) x columns [j0, j0 + width) into panels of 16 columns (zero padded):
/// panel q holds kc rows of 16 floats.
void packPanels(const Operand<float>& b, std::size_t p0, std::size_t kc, std::size_t j0, std::size_t width,
                float* out) {
    const std::size_t panels = (width + kGemmPanel - 1) / kGemmPanel;
    for (std::size_t q = 0; q < panels; ++q) {
        float* panel = out + q * kc * kGemmPanel;
        const std::size_t jq = j0 + q * kGemmPanel;
        const std::size_t valid = std::min(kGemmPanel, j0 + width - jq);
        if (b.op == Transpose::No) {
            for (std::size_t p = 0; p < kc; ++p) {
                const float* src = b.data + (p0 + p) * b.stride + jq;
                float* dst = panel + p * kGemmPanel;
                std::memcpy(dst, src, valid * sizeof(float));
                std::fill(dst + valid, dst + kGemmPanel, 0.0f);
            }
        } else {
            if (valid < kGemmPanel) std::fill(panel, panel + kc * kGemmPanel, 0.0f);
            for (std::size_t jj = 0; jj < valid; ++jj) {
                const float* src = b.data + (jq + jj) * b.stride + p0;
                for (std::size_t p = 0; p < kc; ++p) panel[p * kGemmPanel + jj] = src[p];
            }
        }
    }
}

/// R rows x 16 columns: acc[r] starts from `c` (a 16-wide tile with row stride ldc) or zero, then one FMA per
/// p in ascending order; element (r, p) of A is a[r * rowStep + p * kStep].
template <std::size_t R>
__attribute__((target("avx2,fma"))) void microKernel(const float* a, std::size_t rowStep, std::size_t kStep,
                                                     const float* panel, std::size_t kc, float* c, std::size_t ldc,
                                                     bool fromZero) {
    __m256 lo[R], hi[R];
#pragma GCC unroll 6
    for (std::size_t r = 0; r < R; ++r) {
        lo[r] = fromZero ? _mm256_setzero_ps() : _mm256_loadu_ps(c + r * ldc);
        hi[r] = fromZero ? _mm256_setzero_ps() : _mm256_loadu_ps(c + r * ldc + 8);
    }
    for (std::size_t p = 0; p < kc; ++p) {
        const __m256 b0 = _mm256_loadu_ps(panel + p * kGemmPanel);
        const __m256 b1 = _mm256_loadu_ps(panel + p * kGemmPanel + 8);
        const float* ap = a + p * kStep;
#pragma GCC unroll 6
        for (std::size_t r = 0; r < R; ++r) {
            const __m256 x = _mm256_broadcast_ss(ap + r * rowStep);
            lo[r] = _mm256_fmadd_ps(x, b0, lo[r]);
            hi[r] = _mm256_fmadd_ps(x, b1, hi[r]);
        }
    }
#pragma GCC unroll 6
    for (std::size_t r = 0; r < R; ++r) {
        _mm256_storeu_ps(c + r * ldc, lo[r]);
        _mm256_storeu_ps(c + r * ldc + 8, hi[r]);
    }
}

using MicroKernel = void (*)(const float*, std::size_t, std::size_t, const float*, std::size_t, float*, std::size_t, bool);
constexpr MicroKernel kKernels[kGroup + 1] = {nullptr,         microKernel<1>, microKernel<2>, microKernel<3>,
                                              microKernel<4>, microKernel<5>, microKernel<6>};

/// One task: rows [i0, i1) x columns [j0, j1) of C, every k block in order.
void avx2Tile(std::size_t i0, std::size_t i1, std::size_t j0, std::size_t j1, std::size_t k, const Operand<float>& a,
              const Operand<float>& b, float* c, std::size_t ldc, bool add, std::vector<float>& packed) {
    const std::size_t width = j1 - j0;
    const std::size_t panels = (width + kGemmPanel - 1) / kGemmPanel;
    const std::size_t rowStep = a.op == Transpose::No ? a.stride : 1;
    const std::size_t kStep = a.op == Transpose::No ? 1 : a.stride;
    float edge[kGroup * kGemmPanel];
    for (std::size_t p0 = 0; p0 < k; p0 += kDepthBlock) {
        const std::size_t kc = std::min(kDepthBlock, k - p0);
        packed.resize(panels * kc * kGemmPanel);
        packPanels(b, p0, kc, j0, width, packed.data());
        const bool fromZero = p0 == 0 && !add;
        for (std::size_t q = 0; q < panels; ++q) {
            const float* panel = packed.data() + q * kc * kGemmPanel;
            const std::size_t jq = j0 + q * kGemmPanel;
            const std::size_t valid = std::min(kGemmPanel, j1 - jq);
            for (std::size_t i = i0; i < i1; i += kGroup) {
                const std::size_t rows = std::min(kGroup, i1 - i);
                const float* ap = a.op == Transpose::No ? a.data + i * a.stride + p0 : a.data + p0 * a.stride + i;
                float* ct = c + i * ldc + jq;
                if (valid == kGemmPanel) {
                    kKernels[rows](ap, rowStep, kStep, panel, kc, ct, ldc, fromZero);
                    continue;
                }
                for (std::size_t r = 0; r < rows; ++r) // a narrow edge: work on a 16-wide copy
                    for (std::size_t jj = 0; jj < kGemmPanel; ++jj) edge[r * kGemmPanel + jj] = jj < valid && !fromZero ? ct[r * ldc + jj] : 0.0f;
                kKernels[rows](ap, rowStep, kStep, panel, kc, edge, kGemmPanel, fromZero);
                for (std::size_t r = 0; r < rows; ++r) std::memcpy(ct + r * ldc, edge + r * kGemmPanel, valid * sizeof(float));
            }
        }
    }
}

void avx2Gemm(std::size_t m, std::size_t n, std::size_t k, const Operand<float>& a, const Operand<float>& b, float* c,
              std::size_t ldc, const GemmOptions& options) {
    const bool add = options.accumulate == Accumulate::Add;
    const int threads = options.team ? options.team->size() : 1;
    const std::size_t width = columnBlock(m, n, threads);
    const std::size_t rowTasks = (m + kRowBlock - 1) / kRowBlock;
    const std::size_t columnTasks = (n + width - 1) / width;
    const auto runTask = [&](std::size_t t) {
        thread_local std::vector<float> packed;
        const std::size_t ti = t % rowTasks, tj = t / rowTasks;
        avx2Tile(ti * kRowBlock, std::min(m, (ti + 1) * kRowBlock), tj * width, std::min(n, (tj + 1) * width), k, a, b,
                 c, ldc, add, packed);
    };
    const std::size_t tasks = rowTasks * columnTasks;
    if (threads <= 1 || tasks == 1) {
        for (std::size_t t = 0; t < tasks; ++t) runTask(t);
        return;
    }
    options.team->run(tasks, runTask);
}
#endif

} // namespace

template <class T>
void gemm(std::size_t m, std::size_t n, std::size_t k, Operand<T> a, Operand<T> b, T* c, std::size_t ldc,
          const GemmOptions& options) {
    if (m == 0 || n == 0) return;
    if (k == 0) {
        if (options.accumulate == Accumulate::Overwrite)
            for (std::size_t i = 0; i < m; ++i) std::fill_n(c + i * ldc, n, T(0));
        return;
    }
#if VITRINA_GEMM_X86
    if constexpr (std::is_same_v<T, float>) {
        if (models::kernels::activeIsa() == models::kernels::Isa::Avx2) {
            avx2Gemm(m, n, k, a, b, c, ldc, options);
            return;
        }
    }
#endif
    portableGemm(m, n, k, a, b, c, ldc, options);
}

template void gemm<float>(std::size_t, std::size_t, std::size_t, Operand<float>, Operand<float>, float*, std::size_t,
                          const GemmOptions&);
template void gemm<double>(std::size_t, std::size_t, std::size_t, Operand<double>, Operand<double>, double*,
                           std::size_t, const GemmOptions&);

} // namespace vitrina::models::neural
