#pragma once
// The few dense float kernels the factorisation models spend their time in, with run-time dispatch: the release
// baseline is x86-64-v2 (SSE4.2), and on CPUs with AVX2 + FMA the same kernels run with 256-bit FMA code.
//
// Reproducibility: every dot product is computed with one fixed sequence of operations (8 lanes accumulated
// in order, then a fixed summation tree), whatever the number of rows, the tiling or the thread that runs it.
// So a query scored alone and the same query scored inside a block of 32 get bit-identical scores, and a
// solve does not depend on which other rows share its block. Results differ between the two instruction sets
// (FMA rounds once), so they are identical for the same seed and thread count on the same kind of CPU.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace vitrina::models::kernels {

enum class Isa { Portable, Avx2 };

/// The kernel set in use: AVX2 + FMA when the CPU (and OS) support it, unless forced otherwise.
Isa activeIsa();
/// Forces a kernel set for measurements (std::nullopt = automatic). Avx2 on a CPU without it stays Portable.
/// Not thread-safe against running kernels: call it between runs.
void forceIsa(std::optional<Isa> isa);
std::string isaName(Isa isa);

/// Factor rows are stored with this many floats (a multiple of 8, zero padding after the `factors` values).
constexpr std::size_t paddedWidth(std::size_t factors) { return (factors + 7) / 8 * 8; }

/// Rows of a matrix: row r starts at base + stride * (index ? index[r] : r).
struct Rows {
    const float* base = nullptr;
    std::size_t count = 0;
    std::size_t stride = 0;
    const std::uint32_t* index = nullptr; ///< optional row numbers (gathered rows)
    const float* row(std::size_t r) const { return base + stride * (index ? index[r] : r); }
};

/// out[b * outStride + a] = dot(A.row(a), B.row(b)) for a < A.count, b < B.count, over `length` floats (a
/// multiple of 8).
void dotProducts(const Rows& a, const Rows& b, std::size_t length, float* out, std::size_t outStride);

/// out[u * width + j] = sum over k ascending of P.row(u)[k] * m[k * width + j] for u < P.count, j < width: each
/// row of P times the width x width row-major matrix m (width a multiple of 8). Every entry is accumulated in
/// the same order whatever the number of rows.
void rowsTimesMatrix(const Rows& p, const float* m, std::size_t width, float* out);

/// out[k] += sum over r in [0, A.count), in order, of coef[r] * A.row(r)[k], for k < length (a multiple of 8).
void addWeightedRows(const Rows& a, const float* coef, std::size_t length, float* out);

/// g[j * width + k] += sum over r in [0, A.count), in order, of A.row(r)[j] * A.row(r)[k], for the entries with
/// k >= j (width = row length, a multiple of 8; g is width x width, row-major). Entries below the diagonal
/// are left in an unspecified state: mirror the upper triangle when the sum is complete.
void addOuterProducts(const Rows& a, std::size_t width, float* g);

} // namespace vitrina::models::kernels
