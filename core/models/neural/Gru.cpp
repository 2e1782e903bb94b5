#include "models/neural/Gru.h"

#include <cmath>

namespace vitrina::models::neural {
namespace {

/// Runs body(rowBegin, rowEnd) over [0, rows) in fixed chunks (on the team when there is one).
template <class Body> void forRows(Eigen::Index rows, Team* team, Body&& body) {
    constexpr Eigen::Index kChunk = 16;
    const auto chunks = static_cast<std::size_t>((rows + kChunk - 1) / kChunk);
    const auto run = [&](std::size_t c) {
        const auto begin = static_cast<Eigen::Index>(c) * kChunk;
        body(begin, std::min(rows, begin + kChunk));
    };
    if (team && chunks > 1) team->run(chunks, run);
    else
        for (std::size_t c = 0; c < chunks; ++c) run(c);
}

} // namespace

template <class T>
GruLayer<T>::GruLayer(std::string name, std::size_t in, std::size_t hidden)
    : inputWeight(name + ".weight_ih", static_cast<Eigen::Index>(in), static_cast<Eigen::Index>(3 * hidden)),
      hiddenWeight(name + ".weight_hh", static_cast<Eigen::Index>(hidden), static_cast<Eigen::Index>(3 * hidden)),
      inputBias(name + ".bias_ih", 1, static_cast<Eigen::Index>(3 * hidden)),
      hiddenBias(name + ".bias_hh", 1, static_cast<Eigen::Index>(3 * hidden)) {}

template <class T>
void GruLayer<T>::forward(const Matrix<T>& x, const Matrix<T>& h, Matrix<T>& next, GruStepCache<T>* cache, Team* team) const {
    const Eigen::Index rows = x.rows(), hs = hiddenWeight.value.rows();
    Matrix<T> gi, gh;
    multiply<T>(x, Transpose::No, inputWeight.value, Transpose::No, gi, {Accumulate::Overwrite, team});
    multiply<T>(h, Transpose::No, hiddenWeight.value, Transpose::No, gh, {Accumulate::Overwrite, team});
    next.resize(rows, hs);
    GruStepCache<T> local;
    GruStepCache<T>& c = cache ? *cache : local;
    c.reset.resize(rows, hs);
    c.update.resize(rows, hs);
    c.candidate.resize(rows, hs);
    c.hiddenCandidate.resize(rows, hs);
    forRows(rows, team, [&](Eigen::Index r0, Eigen::Index r1) {
        for (Eigen::Index r = r0; r < r1; ++r) {
            const auto bi = inputBias.value.array();
            const auto bh = hiddenBias.value.array();
            const auto a = gi.row(r).array() + bi;
            const auto b = gh.row(r).array() + bh;
            c.reset.row(r) = (a.segment(0, hs) + b.segment(0, hs)).logistic().matrix();
            c.update.row(r) = (a.segment(hs, hs) + b.segment(hs, hs)).logistic().matrix();
            c.hiddenCandidate.row(r) = b.segment(2 * hs, hs).matrix();
            c.candidate.row(r) =
                (a.segment(2 * hs, hs) + c.reset.row(r).array() * c.hiddenCandidate.row(r).array()).tanh().matrix();
            next.row(r) = ((T(1) - c.update.row(r).array()) * c.candidate.row(r).array() +
                           c.update.row(r).array() * h.row(r).array()).matrix();
        }
    });
    if (cache) {
        cache->input = x;
        cache->previous = h;
    }
}

template <class T>
void GruLayer<T>::backward(const GruStepCache<T>& c, const Matrix<T>& dNext, Matrix<T>* dx, Matrix<T>* dh, Team* team) {
    const Eigen::Index rows = dNext.rows(), hs = hiddenWeight.value.rows();
    Matrix<T> dGi(rows, 3 * hs), dGh(rows, 3 * hs);
    forRows(rows, team, [&](Eigen::Index r0, Eigen::Index r1) {
        for (Eigen::Index r = r0; r < r1; ++r) {
            const auto d = dNext.row(r).array();
            const auto z = c.update.row(r).array();
            const auto rg = c.reset.row(r).array();
            const auto n = c.candidate.row(r).array();
            const auto dn = (d * (T(1) - z) * (T(1) - n * n)).eval();        // through tanh
            const auto dz = (d * (c.previous.row(r).array() - n) * z * (T(1) - z)).eval();
            const auto dr = (dn * c.hiddenCandidate.row(r).array() * rg * (T(1) - rg)).eval();
            dGi.row(r).segment(0, hs) = dr.matrix();
            dGi.row(r).segment(hs, hs) = dz.matrix();
            dGi.row(r).segment(2 * hs, hs) = dn.matrix();
            dGh.row(r).segment(0, hs) = dr.matrix();
            dGh.row(r).segment(hs, hs) = dz.matrix();
            dGh.row(r).segment(2 * hs, hs) = (dn * rg).matrix();
        }
    });
    multiply<T>(c.input, Transpose::Yes, dGi, Transpose::No, inputWeight.grad, {Accumulate::Add, team});
    multiply<T>(c.previous, Transpose::Yes, dGh, Transpose::No, hiddenWeight.grad, {Accumulate::Add, team});
    for (Eigen::Index r = 0; r < rows; ++r) {
        inputBias.grad += dGi.row(r);
        hiddenBias.grad += dGh.row(r);
    }
    if (dx) multiply<T>(dGi, Transpose::No, inputWeight.value, Transpose::Yes, *dx, {Accumulate::Overwrite, team});
    if (dh) {
        multiply<T>(dGh, Transpose::No, hiddenWeight.value, Transpose::Yes, *dh, {Accumulate::Overwrite, team});
        dh->array() += dNext.array() * c.update.array();
    }
}

template <class T> void GruLayer<T>::initGru4rec(util::Rng& rng) {
    const auto initBlocks = [&](Matrix<T>& w) {
        const Eigen::Index block = w.cols() / 3;
        const double a = std::sqrt(6.0 / static_cast<double>(w.rows() + block));
        for (Eigen::Index r = 0; r < w.rows(); ++r)
            for (Eigen::Index c = 0; c < w.cols(); ++c) w(r, c) = static_cast<T>(rng.uniform(-a, a));
    };
    initBlocks(inputWeight.value);
    initBlocks(hiddenWeight.value);
    inputBias.value.setZero();
    hiddenBias.value.setZero();
}

template struct GruLayer<float>;
template struct GruLayer<double>;

} // namespace vitrina::models::neural
