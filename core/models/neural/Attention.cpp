#include "models/neural/Attention.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace vitrina::models::neural {

template <class T>
SelfAttention<T>::SelfAttention(std::string name, std::size_t width, std::size_t headCount, double dropoutRate)
    : projection(name + ".in_proj", width, 3 * width), output(name + ".out_proj", width, width), heads(headCount),
      dropout(dropoutRate) {}

template <class T> void SelfAttention<T>::initGlorot(util::Rng& rng) {
    // Queries, keys and values as three d x d blocks, like PyTorch's MultiheadAttention.
    const Eigen::Index d = projection.weight.value.rows();
    const double a = std::sqrt(6.0 / static_cast<double>(2 * d));
    fillUniform(projection.weight.value, a, rng);
    projection.bias.value.setZero();
    output.initGlorot(rng);
}

template <class T>
void SelfAttention<T>::forward(const Matrix<T>& x, std::size_t sequences, std::size_t length,
                               std::span<const std::uint8_t> valid, Matrix<T>& y, const std::uint64_t* trainingSeed,
                               Team* team) {
    sequences_ = sequences;
    length_ = length;
    valid_.assign(valid.begin(), valid.end());
    input_ = x;
    projection.forward(x, qkv_, team);
    const std::size_t d = static_cast<std::size_t>(x.cols()), dh = d / heads;
    const T scale = static_cast<T>(1.0 / std::sqrt(static_cast<double>(dh)));
    context_.setZero(x.rows(), x.cols());
    weights_.assign(sequences * heads * length * length, T(0));
    const bool drop = trainingSeed && dropout > 0.0;
    keepMask_.assign(drop ? weights_.size() : 0, T(1));
    const T keep = static_cast<T>(1.0 / (1.0 - dropout));
    const std::size_t stride = 3 * d;
    const auto runSequence = [&](std::size_t b) {
        util::Rng rng = util::Rng::forStream(trainingSeed ? *trainingSeed : 0, b);
        std::vector<T> scores(length);
        for (std::size_t h = 0; h < heads; ++h) {
            for (std::size_t t = 0; t < length; ++t) {
                const std::size_t row = b * length + t;
                T* w = weights_.data() + ((b * heads + h) * length + t) * length;
                const T* q = qkv_.data() + row * stride + h * dh;
                T largest = -std::numeric_limits<T>::infinity();
                for (std::size_t j = 0; j <= t; ++j) {
                    if (!valid_[b * length + j]) continue;
                    const T* k = qkv_.data() + (b * length + j) * stride + d + h * dh;
                    T s = 0;
                    for (std::size_t c = 0; c < dh; ++c) s += q[c] * k[c];
                    scores[j] = s * scale;
                    largest = std::max(largest, scores[j]);
                }
                if (largest == -std::numeric_limits<T>::infinity()) continue; // no valid key: zero context
                T total = 0;
                for (std::size_t j = 0; j <= t; ++j)
                    if (valid_[b * length + j]) total += (w[j] = std::exp(scores[j] - largest));
                for (std::size_t j = 0; j <= t; ++j) w[j] /= total;
                T* ctx = context_.data() + row * d + h * dh;
                for (std::size_t j = 0; j <= t; ++j) {
                    if (!valid_[b * length + j]) continue;
                    T factor = w[j];
                    if (drop) {
                        const T m = rng.uniform() < dropout ? T(0) : keep;
                        keepMask_[((b * heads + h) * length + t) * length + j] = m;
                        factor *= m;
                    }
                    const T* v = qkv_.data() + (b * length + j) * stride + 2 * d + h * dh;
                    for (std::size_t c = 0; c < dh; ++c) ctx[c] += factor * v[c];
                }
            }
        }
    };
    if (team && sequences > 1) team->run(sequences, runSequence);
    else
        for (std::size_t b = 0; b < sequences; ++b) runSequence(b);
    output.forward(context_, y, team);
}

template <class T> void SelfAttention<T>::backward(const Matrix<T>& dy, Matrix<T>& dx, Team* team) {
    Matrix<T> dContext;
    output.backward(context_, dy, &dContext, team);
    const std::size_t d = static_cast<std::size_t>(input_.cols()), dh = d / heads, length = length_;
    const T scale = static_cast<T>(1.0 / std::sqrt(static_cast<double>(dh)));
    const std::size_t stride = 3 * d;
    Matrix<T> dQkv = Matrix<T>::Zero(qkv_.rows(), qkv_.cols());
    const bool drop = !keepMask_.empty();
    // A sequence's gradient rows belong to it alone, so sequences run in parallel without sharing writes.
    const auto runSequence = [&](std::size_t b) {
        std::vector<T> dw(length);
        for (std::size_t h = 0; h < heads; ++h) {
            for (std::size_t t = 0; t < length; ++t) {
                const std::size_t row = b * length + t;
                const std::size_t base = ((b * heads + h) * length + t) * length;
                const T* w = weights_.data() + base;
                const T* dctx = dContext.data() + row * d + h * dh;
                T dot = 0; // sum_j w_j * dw_j for the softmax backward
                for (std::size_t j = 0; j <= t; ++j) {
                    dw[j] = 0;
                    if (!valid_[b * length + j] || w[j] == T(0)) continue;
                    const T m = drop ? keepMask_[base + j] : T(1);
                    const T* v = qkv_.data() + (b * length + j) * stride + 2 * d + h * dh;
                    T* dv = dQkv.data() + (b * length + j) * stride + 2 * d + h * dh;
                    T s = 0;
                    for (std::size_t c = 0; c < dh; ++c) {
                        s += dctx[c] * v[c];
                        dv[c] += w[j] * m * dctx[c];
                    }
                    dw[j] = s * m;
                    dot += w[j] * dw[j];
                }
                const T* q = qkv_.data() + row * stride + h * dh;
                T* dq = dQkv.data() + row * stride + h * dh;
                for (std::size_t j = 0; j <= t; ++j) {
                    if (!valid_[b * length + j] || w[j] == T(0)) continue;
                    const T ds = w[j] * (dw[j] - dot) * scale;
                    const T* k = qkv_.data() + (b * length + j) * stride + d + h * dh;
                    T* dk = dQkv.data() + (b * length + j) * stride + d + h * dh;
                    for (std::size_t c = 0; c < dh; ++c) {
                        dq[c] += ds * k[c];
                        dk[c] += ds * q[c];
                    }
                }
            }
        }
    };
    if (team && sequences_ > 1) team->run(sequences_, runSequence);
    else
        for (std::size_t b = 0; b < sequences_; ++b) runSequence(b);
    projection.backward(input_, dQkv, &dx, team);
}

template <class T>
FeedForward<T>::FeedForward(std::string name, std::size_t width, std::size_t hidden, Activation f, double dropoutRate)
    : inner(name + ".inner", width, hidden), outer(name + ".outer", hidden, width), activation(f) {
    dropout.p = dropoutRate;
}

template <class T> void FeedForward<T>::forward(const Matrix<T>& x, Matrix<T>& y, util::Rng* trainingRng, Team* team) {
    input_ = x;
    inner.forward(x, pre_, team);
    activation.forward(pre_, post_);
    Matrix<T> dropped = post_;
    dropout.apply(dropped, trainingRng);
    outer.forward(dropped, y, team);
    post_.swap(dropped); // keep the dropped-out activations for outer's backward; the mask rebuilds the rest
}

template <class T> void FeedForward<T>::backward(const Matrix<T>& dy, Matrix<T>& dx, Team* team) {
    Matrix<T> dDropped, dPost, dPre;
    outer.backward(post_, dy, &dDropped, team);
    dropout.applyBackward(dDropped);
    Matrix<T> activated;
    activation.forward(pre_, activated);
    activation.backward(pre_, activated, dDropped, dPre);
    inner.backward(input_, dPre, &dx, team);
}

template struct SelfAttention<float>;
template struct SelfAttention<double>;
template struct FeedForward<float>;
template struct FeedForward<double>;

} // namespace vitrina::models::neural
