#pragma once
// The numerical core of implicit-feedback ALS (core/models/README.md, als): Gram matrices, the
// conjugate-gradient half-sweep with warm start, and the exact (Cholesky) fold-in of one weighted history.
//
// Confidence is the paper's c = 1 + alpha * r for an observed entry (r > 0), 1 elsewhere; preference 1 for
// observed entries. Row u of a half-sweep solves
//   (G + sum_{i in I_u} (c_ui - 1) f_i f_i^T) x_u = sum_{i in I_u} c_ui f_i,   G = F^T F + lambda I,
// where F holds the fixed side's factor rows. Entries with r <= 0 count as unobserved.
#include <cstdint>
#include <span>
#include <vector>

#include <Eigen/Cholesky>
#include <Eigen/Core>

#include "data/InteractionMatrix.h"
#include "util/Progress.h"

namespace vitrina::models {

/// Random streams of visitor rows start here (item rows below), in ALS and BPR alike.
inline constexpr std::uint64_t kVisitorRandomStreams = 1ULL << 40;

/// Factor rows, row-major; the column count is kernels::paddedWidth(factors) and the padding columns are 0
/// (they stay 0 through every solve: the systems are block-diagonal with lambda on the padding).
using FactorMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using GramMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// A rows x width matrix of zeros, its pages populated in one go (util/Prefault.h: page faults are slow on
/// some virtual machines, and visitor factors run to hundreds of MB).
FactorMatrix zeroFactorMatrix(std::size_t rows, std::size_t width);

/// F^T F + lambda I. Rows are summed in fixed chunks (partial sums added in chunk order in double), so the result
/// does not depend on the thread count.
GramMatrix gramMatrix(const FactorMatrix& factors, float lambda, int threads);

struct ConjugateGradientOptions {
    float alpha = 1.0f;
    int steps = 3;
};

/// One ALS half-sweep by conjugate gradient (Takacs et al. 2011): every row of `solved` with at least one
/// positive entry in `interactions` (rows = solved rows, columns = rows of `fixed`) takes `options.steps` CG
/// steps from its current value; rows without positive entries become 0. Rows are solved in fixed blocks in
/// lock step (the products G p of a block share one pass over G); each row's arithmetic is independent of its
/// block and of the thread count. Checks cancellation once per block.
void conjugateGradientSweep(const data::CsrMatrix& interactions, const FactorMatrix& fixed, const GramMatrix& gram,
                            const ConjugateGradientOptions& options, FactorMatrix& solved, int threads,
                            const util::Progress& progress);

/// A weighted history over the fixed side's rows (row numbers ascending, weights > 0 only).
struct WeightedRows {
    std::vector<std::uint32_t> rows;
    std::vector<float> weights;
};

/// Exact fold-in: the Cholesky factorisation (double) of A = G + sum (c_i - 1) f_i f_i^T for one history,
/// giving x = A^-1 b and, for explanations, A^-1 v for any v.
class FoldIn {
public:
    FoldIn(const FactorMatrix& fixed, const GramMatrix& gram, float alpha, const WeightedRows& history);
    /// x = A^-1 sum_i c_i f_i (padded width).
    const Eigen::VectorXd& solution() const { return solution_; }
    /// c_i = 1 + alpha * r_i of history entry h.
    double confidence(std::size_t h) const { return confidence_[h]; }
    /// A^-1 v.
    Eigen::VectorXd solve(const Eigen::VectorXd& v) const;

private:
    Eigen::LLT<Eigen::MatrixXd> llt_;
    Eigen::VectorXd solution_;
    std::vector<double> confidence_;
};

} // namespace vitrina::models
