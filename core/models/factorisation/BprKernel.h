#pragma once
// The BPR-MF SGD step (core/models/README.md, bpr) as a dense kernel with the run-time dispatch of
// DenseKernels.h: portable (x86-64-v2) code, or AVX2 + FMA where the CPU has it. The dot product
// w.(h_i - h_j) follows the order of DenseKernels.h (8 lanes accumulated in order, then the fixed tree), so a
// step gives the same numbers on every call for one kernel set; the two kernel sets differ in rounding (FMA),
// as the other kernels do.
#include <cstddef>

namespace vitrina::models::kernels {

struct BprRates {
    float eta = 0.05f;         ///< learning rate
    float regUser = 0.0f;      ///< lambda_W
    float regPositive = 0.0f;  ///< lambda_H+
    float regNegative = 0.0f;  ///< lambda_H-
};

/// x = w.(hi - hj) + biasDifference, z = 1 / (1 + e^x); then, with the old w on every right-hand side,
///   w += eta (z (hi - hj) - regUser w),
/// and when `updateItems`: hi += eta (z w - regPositive hi), hj += eta (-z w - regNegative hj).
/// Rows are `length` floats (a multiple of 8); hi and hj must not overlap w. Returns z.
float bprStep(float* w, float* hi, float* hj, float biasDifference, std::size_t length, const BprRates& rates,
              bool updateItems);

/// The bprStep of the active kernel set, for loops that take many steps (no dispatch per step).
using BprStepFn = float (*)(float*, float*, float*, float, std::size_t, const BprRates&, bool);
BprStepFn bprStepKernel();

} // namespace vitrina::models::kernels
