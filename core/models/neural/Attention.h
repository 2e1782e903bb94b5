#pragma once
// Causal multi-head self-attention with a padding mask (Vaswani et al., "Attention Is All You Need", NeurIPS
// 2017; as SASRec uses it, Kang & McAuley, ICDM 2018), and the position-wise feed-forward layer.
//
// Input: B sequences of L positions as B*L rows of width d (sequence b, position t = row b*L + t), and a
// validity flag per row (0 = padding). Position t attends to positions j <= t that are valid; a position
// with no valid key (a padding row at the front) gets a zero context. Heads split the width: head h uses
// columns [h*d/H, (h+1)*d/H) of the query, key and value projections. Attention weights are dropped out
// (seeded per sequence, so the masks do not depend on which thread handles a sequence).
#include <cstdint>
#include <span>
#include <vector>

#include "models/neural/Activation.h"
#include "models/neural/Layers.h"

namespace vitrina::models::neural {

template <class T> struct SelfAttention {
    Linear<T> projection; ///< d -> 3d: [queries | keys | values]
    Linear<T> output;     ///< d -> d
    std::size_t heads = 1;
    double dropout = 0.0;

    SelfAttention() = default;
    SelfAttention(std::string name, std::size_t width, std::size_t headCount, double dropoutRate);

    /// `trainingSeed` non-null: training pass with attention dropout seeded by it.
    void forward(const Matrix<T>& x, std::size_t sequences, std::size_t length, std::span<const std::uint8_t> valid,
                 Matrix<T>& y, const std::uint64_t* trainingSeed, Team* team = nullptr);
    void backward(const Matrix<T>& dy, Matrix<T>& dx, Team* team = nullptr);
    /// Attention weights of the last forward pass (after softmax, before dropout): weight of key j for query t
    /// of sequence b in head h.
    T weight(std::size_t b, std::size_t h, std::size_t t, std::size_t j) const {
        return weights_[((b * heads + h) * length_ + t) * length_ + j];
    }
    void initGlorot(util::Rng& rng);

private:
    std::size_t sequences_ = 0, length_ = 0;
    std::vector<std::uint8_t> valid_;
    Matrix<T> input_, qkv_, context_;
    std::vector<T> weights_;  ///< softmax, per (b, h, t, j)
    std::vector<T> keepMask_; ///< dropout factor per weight; empty without dropout
};

/// Position-wise feed-forward: y = W2 dropout(f(W1 x + b1)) + b2 (f = ReLU in SASRec, GELU in BERT4Rec).
template <class T> struct FeedForward {
    Linear<T> inner, outer;
    Activation activation{ActivationKind::Relu};
    Dropout<T> dropout;

    FeedForward() = default;
    FeedForward(std::string name, std::size_t width, std::size_t hidden, Activation f, double dropoutRate);

    void forward(const Matrix<T>& x, Matrix<T>& y, util::Rng* trainingRng, Team* team = nullptr);
    void backward(const Matrix<T>& dy, Matrix<T>& dx, Team* team = nullptr);

private:
    Matrix<T> input_, pre_, post_;
};

} // namespace vitrina::models::neural
