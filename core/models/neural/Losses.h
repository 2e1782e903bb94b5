#pragma once
// Ranking losses over a score matrix: one row per example, its target in column target[row], every other
// column of the row a negative (in-batch targets of other rows and sampled items, shared by the rows).
// With s_j = softmax of the row's negative scores (the target left out) and sigma the logistic function:
// - BPR-max (Hidasi & Karatzoglou, CIKM 2018): L = -ln sum_j s_j sigma(r_t - r_j) + bpreg sum_j s_j r_j^2
//   (a 1e-24 inside the logarithm, as the official GRU4Rec code).
// - TOP1-max (same paper): L = sum_j s_j (sigma(r_j - r_t) + sigma(r_j^2)).
// - Cross-entropy (sampled softmax over the target and the negatives): L = -ln softmax_t(r - shift), where
//   shift_j = logq * ln Q_j is the optional logQ correction for the probability Q_j of column j being
//   among the candidates (Yi et al., RecSys 2019); without it shift = 0.
// - BCE with a positive weight beta: L = -beta ln sigma(r_t) - sum_j ln(1 - sigma(r_j)); beta = 1 and one
//   negative is SASRec's original loss, beta from gbceBeta() is gSASRec's gBCE (Petrov & Macdonald, RecSys 2023).
// Each returns the sum over rows and writes dL/dr; rows are independent, so the team may split them.
#include <cstdint>
#include <span>

#include "models/neural/Team.h"
#include "models/neural/Tensor.h"

namespace vitrina::models::neural {

enum class LossKind : std::uint8_t { BprMax, Top1Max, CrossEntropy, Bce };

struct LossOptions {
    LossKind kind = LossKind::CrossEntropy;
    double bpreg = 0.0;                 ///< BPR-max score regularisation
    double positiveWeight = 1.0;        ///< BCE's beta
    std::span<const double> columnShift; ///< cross-entropy: logQ correction per column (empty = none)
};

template <class T>
double rankingLoss(const Matrix<T>& scores, std::span<const std::uint32_t> target, const LossOptions& options,
                   Matrix<T>& dScores, Team* team = nullptr);

/// gSASRec's beta for k negatives per positive out of a catalogue of n items and calibration t in [0, 1]:
/// alpha = k / (n - 1), beta = alpha (t (1 - 1/alpha) + 1/alpha).
double gbceBeta(std::size_t negatives, std::size_t items, double t);

} // namespace vitrina::models::neural
