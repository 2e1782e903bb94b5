#pragma once
// The basic layers. Each keeps what its backward pass needs from the last forward pass, so one layer object
// serves one use per step (a model with two blocks holds two LayerNorms). Backward passes ADD to the
// parameters' gradients (zeroed by the optimiser step) and overwrite the input gradient they return.
#include <cstdint>
#include <span>
#include <vector>

#include "models/neural/Gemm.h"
#include "models/neural/Parameter.h"
#include "util/Random.h"

namespace vitrina::models::neural {

/// Rows of a table looked up by id; the backward pass adds each output row's gradient to its table row.
template <class T> struct Embedding {
    SparseParameter<T> table;

    Embedding() = default;
    Embedding(std::string name, std::size_t rows, std::size_t cols)
        : table(std::move(name), static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(cols)) {}

    void forward(std::span<const std::uint32_t> ids, Matrix<T>& out) const;
    /// Adds row r of dOut to the gradient of table row ids[r] (coalesced, occurrence order).
    void backward(std::span<const std::uint32_t> ids, const Matrix<T>& dOut);
};

/// y = x W + b, W in x out.
template <class T> struct Linear {
    Parameter<T> weight, bias;
    bool hasBias = true;

    Linear() = default;
    Linear(std::string name, std::size_t in, std::size_t out, bool withBias = true);

    void forward(const Matrix<T>& x, Matrix<T>& y, Team* team = nullptr) const;
    /// Adds x^T dy to W's gradient and the column sums of dy to b's; dx = dy W^T when dx is given.
    void backward(const Matrix<T>& x, const Matrix<T>& dy, Matrix<T>* dx, Team* team = nullptr);
    /// Uniform(-a, a) with a = sqrt(6 / (in + out)) (Glorot & Bengio 2010), bias zero.
    void initGlorot(util::Rng& rng);
};

/// Per-row normalisation (Ba, Kiros, Hinton, "Layer Normalization", 2016): y = (x - mean) / sqrt(var + eps)
/// * gamma + beta, the variance biased (divided by the width).
template <class T> struct LayerNorm {
    Parameter<T> gamma, beta;
    double eps = 1e-8;

    LayerNorm() = default;
    LayerNorm(std::string name, std::size_t width, double epsilon = 1e-8);

    void forward(const Matrix<T>& x, Matrix<T>& y);
    void backward(const Matrix<T>& dy, Matrix<T>& dx);

private:
    Matrix<T> normalised_;
    std::vector<T> inverseStd_;
};

/// Inverted dropout: kept entries are scaled by 1 / (1 - p) during training; identity otherwise. The mask
/// comes from the caller's generator in row-major order, so the same seed gives the same masks.
template <class T> struct Dropout {
    double p = 0.0;

    void forward(const Matrix<T>& x, Matrix<T>& y, util::Rng* trainingRng);
    void backward(const Matrix<T>& dy, Matrix<T>& dx) const;
    /// In place (x = x * mask).
    void apply(Matrix<T>& x, util::Rng* trainingRng);
    void applyBackward(Matrix<T>& d) const;

private:
    Matrix<T> mask_; ///< 0 or 1 / (1 - p); empty when the last pass was not training
};

/// Learned absolute positions: row t of the output = x_t + P[position_t].
template <class T> struct PositionalEmbedding {
    Embedding<T> positions;

    PositionalEmbedding() = default;
    PositionalEmbedding(std::string name, std::size_t maxLength, std::size_t width)
        : positions(std::move(name), maxLength, width) {}

    /// x += P[position] row by row.
    void forwardAdd(std::span<const std::uint32_t> position, Matrix<T>& x) const;
    void backward(std::span<const std::uint32_t> position, const Matrix<T>& dx) { positions.backward(position, dx); }
};

/// Uniform(-a, a) for every entry.
template <class T> void fillUniform(Matrix<T>& m, double a, util::Rng& rng) {
    for (Eigen::Index i = 0; i < m.size(); ++i) m.data()[i] = static_cast<T>(rng.uniform(-a, a));
}

} // namespace vitrina::models::neural
