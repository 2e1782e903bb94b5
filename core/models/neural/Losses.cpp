#include "models/neural/Losses.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace vitrina::models::neural {
namespace {

template <class T> using Row = Eigen::Array<T, 1, Eigen::Dynamic>;

/// Softmax over the negatives (the target column gets 0).
template <class T> Row<T> negativeSoftmax(const Row<T>& r, Eigen::Index t) {
    Row<T> masked = r;
    masked(t) = -std::numeric_limits<T>::infinity();
    const T largest = masked.maxCoeff();
    Row<T> e = (masked - largest).exp();
    e(t) = T(0);
    return e / e.sum();
}

template <class T> double bprMax(const Row<T>& r, Eigen::Index t, double bpreg, Row<T>& g) {
    const Row<T> s = negativeSoftmax(r, t);
    const Row<T> sig = (r(t) - r).logistic();
    const Row<T> ss = s * sig;
    const T a0 = ss.sum();
    const T a = a0 + static_cast<T>(1e-24);
    const Row<T> squares = r.square();
    const T reg = (s * squares).sum();
    const T breg = static_cast<T>(bpreg);
    g = s * (a0 / a) - ss * sig / a + breg * (s * (squares - reg) + T(2) * s * r);
    g(t) = -(ss * (T(1) - sig)).sum() / a;
    return -std::log(static_cast<double>(a)) + bpreg * static_cast<double>(reg);
}

template <class T> double top1Max(const Row<T>& r, Eigen::Index t, Row<T>& g) {
    const Row<T> s = negativeSoftmax(r, t);
    const Row<T> sigDiff = (r - r(t)).logistic();
    const Row<T> sigSquare = r.square().logistic();
    Row<T> u = sigDiff + sigSquare;
    u(t) = T(0);
    const T loss = (s * u).sum();
    const Row<T> dDiff = sigDiff * (T(1) - sigDiff);
    g = s * (u - loss) + s * (dDiff + sigSquare * (T(1) - sigSquare) * T(2) * r);
    g(t) = -(s * dDiff).sum();
    return static_cast<double>(loss);
}

template <class T> double crossEntropy(const Row<T>& r, Eigen::Index t, std::span<const double> shift, Row<T>& g) {
    Row<T> x = r;
    if (!shift.empty())
        for (Eigen::Index j = 0; j < x.size(); ++j) x(j) -= static_cast<T>(shift[static_cast<std::size_t>(j)]);
    const T largest = x.maxCoeff();
    const Row<T> e = (x - largest).exp();
    const T total = e.sum();
    g = e / total;
    g(t) -= T(1);
    return -(static_cast<double>(x(t) - largest) - std::log(static_cast<double>(total)));
}

template <class T> double bce(const Row<T>& r, Eigen::Index t, double beta, Row<T>& g) {
    // softplus(x) = ln(1 + e^x) = max(x, 0) + ln(1 + e^-|x|): -ln sigma(x) = softplus(-x), -ln(1 - sigma(x)) = softplus(x).
    const Row<T> softplus = r.max(T(0)) + (-r.abs()).exp().log1p();
    const Row<T> sig = r.logistic();
    const T rt = r(t);
    const double positive = static_cast<double>(std::max(-rt, T(0)) + std::log1p(std::exp(-std::abs(rt))));
    g = sig;
    g(t) = -static_cast<T>(beta) * (T(1) - sig(t));
    return beta * positive + static_cast<double>(softplus.sum() - softplus(t));
}

} // namespace

template <class T>
double rankingLoss(const Matrix<T>& scores, std::span<const std::uint32_t> target, const LossOptions& options,
                   Matrix<T>& dScores, Team* team) {
    const Eigen::Index rows = scores.rows();
    dScores.resize(rows, scores.cols());
    std::vector<double> losses(static_cast<std::size_t>(rows), 0.0);
    constexpr Eigen::Index kChunk = 8;
    const auto chunks = static_cast<std::size_t>((rows + kChunk - 1) / kChunk);
    const auto runChunk = [&](std::size_t c) {
        Row<T> r, g;
        const Eigen::Index end = std::min(rows, static_cast<Eigen::Index>(c + 1) * kChunk);
        for (Eigen::Index i = static_cast<Eigen::Index>(c) * kChunk; i < end; ++i) {
            r = scores.row(i).array();
            const auto t = static_cast<Eigen::Index>(target[static_cast<std::size_t>(i)]);
            double loss = 0.0;
            switch (options.kind) {
            case LossKind::BprMax: loss = bprMax(r, t, options.bpreg, g); break;
            case LossKind::Top1Max: loss = top1Max(r, t, g); break;
            case LossKind::CrossEntropy: loss = crossEntropy(r, t, options.columnShift, g); break;
            case LossKind::Bce: loss = bce(r, t, options.positiveWeight, g); break;
            }
            losses[static_cast<std::size_t>(i)] = loss;
            dScores.row(i) = g.matrix();
        }
    };
    if (team && chunks > 1) team->run(chunks, runChunk);
    else
        for (std::size_t c = 0; c < chunks; ++c) runChunk(c);
    double total = 0.0;
    for (const double l : losses) total += l;
    return total;
}

double gbceBeta(std::size_t negatives, std::size_t items, double t) {
    const double alpha = static_cast<double>(negatives) / static_cast<double>(std::max<std::size_t>(items, 2) - 1);
    return alpha * (t * (1.0 - 1.0 / alpha) + 1.0 / alpha);
}

template double rankingLoss<float>(const Matrix<float>&, std::span<const std::uint32_t>, const LossOptions&,
                                   Matrix<float>&, Team*);
template double rankingLoss<double>(const Matrix<double>&, std::span<const std::uint32_t>, const LossOptions&,
                                    Matrix<double>&, Team*);

} // namespace vitrina::models::neural
