#pragma once
// Matrix products for the neural module, written for reproducibility first and speed second:
// every entry of C is one sequential sum over k in ascending order, started from 0 (Overwrite) or from C's
// old value (Add). Tiling, the team's size and which thread computes a tile never change that sum, so a
// product is bit-identical for any thread count. On CPUs with AVX2 + FMA (run-time dispatch, as in
// models/factorisation/DenseKernels.h) float products run a register-tiled 6 x 16 FMA kernel over packed
// panels of B; elsewhere, and for double (the gradient checks), a portable loop with the same order.
#include <cstddef>
#include <cstdint>

#include "models/neural/Team.h"
#include "models/neural/Tensor.h"

namespace vitrina::models::neural {

enum class Transpose : std::uint8_t { No, Yes };
enum class Accumulate : std::uint8_t { Overwrite, Add };

/// A row-major operand: op(X)(i, p) = X[i * stride + p] (No) or X[p * stride + i] (Yes).
template <class T> struct Operand {
    const T* data = nullptr;
    std::size_t stride = 0;
    Transpose op = Transpose::No;
};

struct GemmOptions {
    Accumulate accumulate = Accumulate::Overwrite;
    Team* team = nullptr; ///< null: the calling thread alone
};

/// C (m x n, row stride ldc) = [C +] op(A) (m x k) * op(B) (k x n).
template <class T>
void gemm(std::size_t m, std::size_t n, std::size_t k, Operand<T> a, Operand<T> b, T* c, std::size_t ldc,
          const GemmOptions& options = {});

/// Eigen convenience: C = [C +] op(A) op(B); C is resized when overwritten.
template <class T>
void multiply(const Matrix<T>& a, Transpose ta, const Matrix<T>& b, Transpose tb, Matrix<T>& c,
              const GemmOptions& options = {}) {
    const std::size_t m = static_cast<std::size_t>(ta == Transpose::No ? a.rows() : a.cols());
    const std::size_t k = static_cast<std::size_t>(ta == Transpose::No ? a.cols() : a.rows());
    const std::size_t n = static_cast<std::size_t>(tb == Transpose::No ? b.cols() : b.rows());
    if (options.accumulate == Accumulate::Overwrite) c.resize(static_cast<Eigen::Index>(m), static_cast<Eigen::Index>(n));
    gemm<T>(m, n, k, {a.data(), static_cast<std::size_t>(a.cols()), ta}, {b.data(), static_cast<std::size_t>(b.cols()), tb},
            c.data(), static_cast<std::size_t>(c.cols()), options);
}

} // namespace vitrina::models::neural
