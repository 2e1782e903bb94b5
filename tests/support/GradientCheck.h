#pragma once
// Finite-difference gradient checks for the neural module's tests: central differences in double precision
// (step 1e-6) against the analytic gradient; relative error |a - n| / max(|a|, |n|, 1e-3).
#include <algorithm>
#include <cmath>
#include <functional>

#include "models/neural/Parameter.h"
#include "util/Random.h"

namespace vitrina::test {

using MatD = models::neural::Matrix<double>;

inline MatD randomMatrix(Eigen::Index rows, Eigen::Index cols, util::Rng& rng, double scale = 1.0) {
    MatD m(rows, cols);
    for (Eigen::Index i = 0; i < m.size(); ++i) m.data()[i] = rng.uniform(-scale, scale);
    return m;
}

/// sum(weights .* y): a scalar objective whose gradient with respect to y is `weights`.
inline double weightedSum(const MatD& weights, const MatD& y) { return weights.cwiseProduct(y).sum(); }

/// The largest relative error over the entries of `x` between `analytic` and central differences of f.
inline double gradientError(const std::function<double()>& f, MatD& x, const MatD& analytic) {
    constexpr double h = 1e-6;
    double worst = 0.0;
    for (Eigen::Index i = 0; i < x.size(); ++i) {
        const double saved = x.data()[i];
        x.data()[i] = saved + h;
        const double up = f();
        x.data()[i] = saved - h;
        const double down = f();
        x.data()[i] = saved;
        const double numeric = (up - down) / (2 * h);
        const double a = analytic.data()[i];
        const double denominator = std::max({std::fabs(a), std::fabs(numeric), 1e-3});
        worst = std::max(worst, std::fabs(a - numeric) / denominator);
    }
    return worst;
}

/// A sparse gradient as a dense matrix of the table's shape.
inline MatD densify(const models::neural::SparseGradient<double>& g, Eigen::Index rows) {
    MatD out = MatD::Zero(rows, static_cast<Eigen::Index>(g.cols()));
    for (std::size_t i = 0; i < g.rows().size(); ++i)
        for (std::size_t c = 0; c < g.cols(); ++c) out(g.rows()[i], static_cast<Eigen::Index>(c)) += g.values(i)[c];
    return out;
}

} // namespace vitrina::test
