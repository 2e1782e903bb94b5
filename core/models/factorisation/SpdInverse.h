#pragma once
// In-place inverse of a dense symmetric positive definite matrix (EASE's Gram matrix), in three blocked passes
// that need no second n x n matrix: Cholesky G = L L^T, L <- L^-1, then G^-1 = L^-T L^-1 (the LAPACK potrf /
// trtri / lauum sequence, about n^3 flops in all). The large products of each pass are split into column or
// row blocks run on `threads` threads; every block's arithmetic is fixed, so the result does not depend on the
// thread count.
#include <cstddef>

#include "util/Progress.h"

namespace vitrina::models {

/// `a` is n x n column-major; its lower triangle holds the matrix (the upper one is ignored). On return `a`
/// holds the full symmetric inverse. Throws util::Error when the matrix is not positive definite (in the
/// precision used), util::Cancelled when cancelled.
template <class Scalar> void invertSpdInPlace(Scalar* a, std::size_t n, int threads, const util::Progress& progress);

extern template void invertSpdInPlace<float>(float*, std::size_t, int, const util::Progress&);
extern template void invertSpdInPlace<double>(double*, std::size_t, int, const util::Progress&);

} // namespace vitrina::models
