#include "models/factorisation/BprKernel.h"

#include <cmath>

#include "models/factorisation/DenseKernels.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define VITRINA_BPR_X86 1
#include <immintrin.h>
#else
#define VITRINA_BPR_X86 0
#endif

namespace vitrina::models::kernels {
namespace {

float sigmoidOfMinus(float x) { return 1.0f / (1.0f + std::exp(x)); }

float bprStepPortable(float* w, float* hi, float* hj, float biasDifference, std::size_t length, const BprRates& r,
                      bool updateItems) {
    float lanes[8] = {};
    for (std::size_t k = 0; k < length; k += 8)
        for (std::size_t l = 0; l < 8; ++l) lanes[l] += w[k + l] * (hi[k + l] - hj[k + l]);
    const float dot = ((lanes[0] + lanes[1]) + (lanes[2] + lanes[3])) + ((lanes[4] + lanes[5]) + (lanes[6] + lanes[7]));
    const float z = sigmoidOfMinus(dot + biasDifference);
    if (updateItems) {
        for (std::size_t k = 0; k < length; ++k) {
            const float wk = w[k];
            w[k] += r.eta * (z * (hi[k] - hj[k]) - r.regUser * wk);
            hi[k] += r.eta * (z * wk - r.regPositive * hi[k]);
            hj[k] += r.eta * (-z * wk - r.regNegative * hj[k]);
        }
    } else {
        for (std::size_t k = 0; k < length; ++k) w[k] += r.eta * (z * (hi[k] - hj[k]) - r.regUser * w[k]);
    }
    return z;
}

#if VITRINA_BPR_X86
__attribute__((target("avx2,fma"))) float bprStepAvx2(float* w, float* hi, float* hj, float biasDifference,
                                                       std::size_t length, const BprRates& r, bool updateItems) {
    __m256 acc = _mm256_setzero_ps();
    for (std::size_t k = 0; k < length; k += 8)
        acc = _mm256_fmadd_ps(_mm256_loadu_ps(w + k), _mm256_sub_ps(_mm256_loadu_ps(hi + k), _mm256_loadu_ps(hj + k)), acc);
    // ((l0 + l1) + (l2 + l3)) + ((l4 + l5) + (l6 + l7)), as in DenseKernels.cpp.
    const __m256 t1 = _mm256_hadd_ps(acc, acc);
    const __m256 t2 = _mm256_hadd_ps(t1, t1);
    const float dot = _mm_cvtss_f32(_mm_add_ss(_mm256_castps256_ps128(t2), _mm256_extractf128_ps(t2, 1)));
    const float z = sigmoidOfMinus(dot + biasDifference);
    const __m256 vz = _mm256_set1_ps(z), eta = _mm256_set1_ps(r.eta), regW = _mm256_set1_ps(r.regUser);
    if (updateItems) {
        const __m256 regP = _mm256_set1_ps(r.regPositive), regN = _mm256_set1_ps(r.regNegative);
        for (std::size_t k = 0; k < length; k += 8) {
            const __m256 wk = _mm256_loadu_ps(w + k), a = _mm256_loadu_ps(hi + k), b = _mm256_loadu_ps(hj + k);
            const __m256 d = _mm256_sub_ps(a, b);
            // w + eta (z d - regW w); hi + eta (z w - regP hi); hj - eta (z w + regN hj)
            _mm256_storeu_ps(w + k, _mm256_fmadd_ps(eta, _mm256_fmsub_ps(vz, d, _mm256_mul_ps(regW, wk)), wk));
            _mm256_storeu_ps(hi + k, _mm256_fmadd_ps(eta, _mm256_fmsub_ps(vz, wk, _mm256_mul_ps(regP, a)), a));
            _mm256_storeu_ps(hj + k, _mm256_fnmadd_ps(eta, _mm256_fmadd_ps(vz, wk, _mm256_mul_ps(regN, b)), b));
        }
    } else {
        for (std::size_t k = 0; k < length; k += 8) {
            const __m256 wk = _mm256_loadu_ps(w + k);
            const __m256 d = _mm256_sub_ps(_mm256_loadu_ps(hi + k), _mm256_loadu_ps(hj + k));
            _mm256_storeu_ps(w + k, _mm256_fmadd_ps(eta, _mm256_fmsub_ps(vz, d, _mm256_mul_ps(regW, wk)), wk));
        }
    }
    return z;
}
#endif

} // namespace

BprStepFn bprStepKernel() {
#if VITRINA_BPR_X86
    if (activeIsa() == Isa::Avx2) return bprStepAvx2;
#endif
    return bprStepPortable;
}

float bprStep(float* w, float* hi, float* hj, float biasDifference, std::size_t length, const BprRates& rates,
              bool updateItems) {
    return bprStepKernel()(w, hi, hj, biasDifference, length, rates, updateItems);
}

} // namespace vitrina::models::kernels
