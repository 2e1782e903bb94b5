#include "models/neural/Layers.h"

#include <cmath>

namespace vitrina::models::neural {

template <class T> void Embedding<T>::forward(std::span<const std::uint32_t> ids, Matrix<T>& out) const {
    const Eigen::Index cols = table.value.cols();
    out.resize(static_cast<Eigen::Index>(ids.size()), cols);
    for (std::size_t r = 0; r < ids.size(); ++r) out.row(static_cast<Eigen::Index>(r)) = table.value.row(ids[r]);
}

template <class T> void Embedding<T>::backward(std::span<const std::uint32_t> ids, const Matrix<T>& dOut) {
    for (std::size_t r = 0; r < ids.size(); ++r) table.grad.addRow(ids[r], dOut.data() + r * static_cast<std::size_t>(dOut.cols()));
}

template <class T>
Linear<T>::Linear(std::string name, std::size_t in, std::size_t out, bool withBias)
    : weight(name + ".weight", static_cast<Eigen::Index>(in), static_cast<Eigen::Index>(out)),
      bias(name + ".bias", 1, static_cast<Eigen::Index>(out)), hasBias(withBias) {}

template <class T> void Linear<T>::forward(const Matrix<T>& x, Matrix<T>& y, Team* team) const {
    multiply<T>(x, Transpose::No, weight.value, Transpose::No, y, {Accumulate::Overwrite, team});
    if (hasBias) y.rowwise() += bias.value.row(0);
}

template <class T> void Linear<T>::backward(const Matrix<T>& x, const Matrix<T>& dy, Matrix<T>* dx, Team* team) {
    multiply<T>(x, Transpose::Yes, dy, Transpose::No, weight.grad, {Accumulate::Add, team});
    if (hasBias)
        for (Eigen::Index r = 0; r < dy.rows(); ++r) bias.grad += dy.row(r);
    if (dx) multiply<T>(dy, Transpose::No, weight.value, Transpose::Yes, *dx, {Accumulate::Overwrite, team});
}

template <class T> void Linear<T>::initGlorot(util::Rng& rng) {
    fillUniform(weight.value, std::sqrt(6.0 / static_cast<double>(weight.value.rows() + weight.value.cols())), rng);
    bias.value.setZero();
}

template <class T>
LayerNorm<T>::LayerNorm(std::string name, std::size_t width, double epsilon)
    : gamma(name + ".gamma", 1, static_cast<Eigen::Index>(width)), beta(name + ".beta", 1, static_cast<Eigen::Index>(width)),
      eps(epsilon) {
    gamma.value.setOnes();
}

template <class T> void LayerNorm<T>::forward(const Matrix<T>& x, Matrix<T>& y) {
    const Eigen::Index n = x.rows(), d = x.cols();
    normalised_.resize(n, d);
    inverseStd_.resize(static_cast<std::size_t>(n));
    y.resize(n, d);
    for (Eigen::Index r = 0; r < n; ++r) {
        const T mean = x.row(r).sum() / static_cast<T>(d);
        const T variance = (x.row(r).array() - mean).square().sum() / static_cast<T>(d);
        const T inv = T(1) / std::sqrt(variance + static_cast<T>(eps));
        inverseStd_[static_cast<std::size_t>(r)] = inv;
        normalised_.row(r) = (x.row(r).array() - mean) * inv;
        y.row(r) = normalised_.row(r).cwiseProduct(gamma.value) + beta.value;
    }
}

template <class T> void LayerNorm<T>::backward(const Matrix<T>& dy, Matrix<T>& dx) {
    const Eigen::Index n = dy.rows(), d = dy.cols();
    dx.resize(n, d);
    for (Eigen::Index r = 0; r < n; ++r) {
        gamma.grad += dy.row(r).cwiseProduct(normalised_.row(r));
        beta.grad += dy.row(r);
        const RowVector<T> g = dy.row(r).cwiseProduct(gamma.value);
        const T meanG = g.sum() / static_cast<T>(d);
        const T meanGx = g.cwiseProduct(normalised_.row(r)).sum() / static_cast<T>(d);
        dx.row(r) = ((g.array() - meanG - normalised_.row(r).array() * meanGx) * inverseStd_[static_cast<std::size_t>(r)]).matrix();
    }
}

template <class T> void Dropout<T>::forward(const Matrix<T>& x, Matrix<T>& y, util::Rng* trainingRng) {
    y = x;
    apply(y, trainingRng);
}

template <class T> void Dropout<T>::apply(Matrix<T>& x, util::Rng* trainingRng) {
    if (!trainingRng || p <= 0.0) {
        mask_.resize(0, 0);
        return;
    }
    mask_.resize(x.rows(), x.cols());
    const T keep = static_cast<T>(1.0 / (1.0 - p));
    for (Eigen::Index i = 0; i < x.size(); ++i) {
        const T m = trainingRng->uniform() < p ? T(0) : keep;
        mask_.data()[i] = m;
        x.data()[i] *= m;
    }
}

template <class T> void Dropout<T>::backward(const Matrix<T>& dy, Matrix<T>& dx) const {
    dx = dy;
    applyBackward(dx);
}

template <class T> void Dropout<T>::applyBackward(Matrix<T>& d) const {
    if (mask_.size() == 0) return;
    d.array() *= mask_.array();
}

template <class T>
void PositionalEmbedding<T>::forwardAdd(std::span<const std::uint32_t> position, Matrix<T>& x) const {
    for (std::size_t r = 0; r < position.size(); ++r)
        x.row(static_cast<Eigen::Index>(r)) += positions.table.value.row(position[r]);
}

template struct Embedding<float>;
template struct Embedding<double>;
template struct Linear<float>;
template struct Linear<double>;
template struct LayerNorm<float>;
template struct LayerNorm<double>;
template struct Dropout<float>;
template struct Dropout<double>;
template struct PositionalEmbedding<float>;
template struct PositionalEmbedding<double>;

} // namespace vitrina::models::neural
