#pragma once
// Element-wise activations with their derivatives. GELU is the exact form x * Phi(x) (Hendrycks & Gimpel,
// "Gaussian Error Linear Units", 2016); ELU(alpha) = x for x > 0, alpha (e^x - 1) otherwise (Clevert et al.,
// ICLR 2016), GRU4Rec's final activation "elu-0.5".
#include <cmath>
#include <cstdint>

#include "models/neural/Tensor.h"

namespace vitrina::models::neural {

enum class ActivationKind : std::uint8_t { Identity, Tanh, Sigmoid, Relu, Elu, Gelu };

struct Activation {
    ActivationKind kind = ActivationKind::Identity;
    double alpha = 1.0; ///< ELU's parameter

    template <class T> T value(T x) const {
        switch (kind) {
        case ActivationKind::Identity: return x;
        case ActivationKind::Tanh: return std::tanh(x);
        case ActivationKind::Sigmoid: return T(1) / (T(1) + std::exp(-x));
        case ActivationKind::Relu: return x > T(0) ? x : T(0);
        case ActivationKind::Elu: return x > T(0) ? x : static_cast<T>(alpha) * std::expm1(x);
        case ActivationKind::Gelu: return T(0.5) * x * (T(1) + std::erf(x * static_cast<T>(0.70710678118654752440)));
        }
        return x;
    }
    /// d value / dx at x, given y = value(x) (cheaper for tanh, sigmoid and ELU).
    template <class T> T derivative(T x, T y) const {
        switch (kind) {
        case ActivationKind::Identity: return T(1);
        case ActivationKind::Tanh: return T(1) - y * y;
        case ActivationKind::Sigmoid: return y * (T(1) - y);
        case ActivationKind::Relu: return x > T(0) ? T(1) : T(0);
        case ActivationKind::Elu: return x > T(0) ? T(1) : y + static_cast<T>(alpha);
        case ActivationKind::Gelu: {
            const T cdf = T(0.5) * (T(1) + std::erf(x * static_cast<T>(0.70710678118654752440)));
            const T pdf = std::exp(T(-0.5) * x * x) * static_cast<T>(0.39894228040143267794);
            return cdf + x * pdf;
        }
        }
        return T(1);
    }

    template <class T> void forward(const Matrix<T>& x, Matrix<T>& y) const {
        y.resize(x.rows(), x.cols());
        const auto n = x.size();
        for (Eigen::Index i = 0; i < n; ++i) y.data()[i] = value(x.data()[i]);
    }
    /// dx = dy * f'(x), element-wise.
    template <class T> void backward(const Matrix<T>& x, const Matrix<T>& y, const Matrix<T>& dy, Matrix<T>& dx) const {
        dx.resize(x.rows(), x.cols());
        const auto n = x.size();
        for (Eigen::Index i = 0; i < n; ++i) dx.data()[i] = dy.data()[i] * derivative(x.data()[i], y.data()[i]);
    }
};

template <class T> T sigmoid(T x) { return T(1) / (T(1) + std::exp(-x)); }

} // namespace vitrina::models::neural
