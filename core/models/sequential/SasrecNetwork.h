#pragma once
// SASRec's network (Kang & McAuley, "Self-Attentive Sequential Recommendation", ICDM 2018; kang205/SASRec,
// pmixer/SASRec.pytorch): E_t = M[s_t] sqrt(d) + P[position], dropout, then blocks of causal self-attention
// and a position-wise feed-forward layer (ReLU), each with a residual connection, residual dropout and layer
// norm, either before the sub-layer (pre-LN, the reference code's order, and a final layer norm) or after the
// residual sum (post-LN, the Transformer's original order); the output F_t scores item i as F_t . M_i (the
// item table is shared by input and output).
//
// A batch holds B sequences left-padded to a common length L (row b*L + t). Positions count from the first
// item kept (0 = the oldest of the last maxlen), so the output at position t depends only on the items up
// to t: training at every position of a sequence sees exactly what scoring that prefix sees (the reference
// code numbers positions within the padded window instead, which gives a prefix's last item another
// position in training than when the prefix is scored), and a sequence gets the same numbers whatever the
// padding in front of it. Padding rows carry no embedding, are never attended to, and pass no gradient.
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "models/neural/Attention.h"
#include "models/neural/Optimisers.h"
#include "util/Binary.h"

namespace vitrina::models::sequential {

namespace nn = vitrina::models::neural;

struct SasrecShape {
    std::size_t width = 64;
    std::size_t blocks = 2;
    std::size_t heads = 1;
    std::size_t maxLength = 50;
    double dropout = 0.2;
    bool preNorm = true;
};

/// Sequences in the network's layout.
struct SasrecBatch {
    std::size_t sequences = 0, length = 0;
    std::vector<std::uint32_t> items;    ///< per row: the item row (0 on padding rows)
    std::vector<std::uint8_t> valid;     ///< per row
    std::vector<std::uint32_t> position; ///< per row: 0 for the first item kept (0 on padding rows)

    /// Appends one sequence (its last `length` rows; shorter ones left-padded). Call reset() first.
    void reset(std::size_t sequenceCount, std::size_t rowLength);
    void set(std::size_t b, std::span<const std::uint32_t> rows);
};

struct SasrecBlock {
    nn::LayerNorm<float> attentionNorm, feedForwardNorm;
    nn::SelfAttention<float> attention;
    nn::FeedForward<float> feedForward;
    nn::Dropout<float> attentionDropout, feedForwardDropout; ///< residual dropout
    nn::Matrix<float> mid;                                   ///< the state after the attention sub-layer
};

class SasrecNetwork {
public:
    SasrecNetwork() = default;
    /// Weights: items and positions uniform +-sqrt(6 / (rows + d)) (Glorot), projections Glorot, norms 1 / 0.
    SasrecNetwork(const SasrecShape& shape, std::size_t rows, std::uint64_t seed);

    const SasrecShape& shape() const { return shape_; }
    std::size_t rows() const { return static_cast<std::size_t>(items_->value.rows()); }
    /// F for every row of the batch. `trainingRng` non-null: dropout on (masks from it).
    void forward(const SasrecBatch& batch, nn::Matrix<float>& out, util::Rng* trainingRng, nn::Team* team);
    /// Adds the gradients of every parameter for dL/dF = dOut (the batch of the last forward()).
    void backward(const nn::Matrix<float>& dOut, nn::Team* team);
    /// The last block's attention weight, averaged over heads, of key j for query t of sequence b (last forward).
    float attention(std::size_t b, std::size_t t, std::size_t j) const;

    /// scores[q * rows() + r] = hidden.row(q) . M_r (hidden: Q x d, Q <= 16); one fixed sum per score.
    void scoreRows(const nn::Matrix<float>& hidden, std::vector<float>& scores) const;

    nn::SparseParameter<float>& items() { return *items_; }
    const nn::SparseParameter<float>& items() const { return *items_; }
    /// A network for scoring: the same weights (the item table shared, not copied) and none of the
    /// activations kept for a backward pass, so each scoring call can run on its own copy.
    SasrecNetwork inferenceCopy() const;
    nn::SparseParameter<float>& positions() { return positions_.positions.table; }
    std::vector<nn::Parameter<float>*> denseParameters();
    std::vector<const nn::Parameter<float>*> denseParameters() const;
    std::uint64_t memoryBytes() const;

    void save(util::ByteWriter& out) const;
    void load(util::ByteReader& in);

private:
    SasrecShape shape_;
    std::shared_ptr<nn::SparseParameter<float>> items_;
    nn::PositionalEmbedding<float> positions_;
    std::vector<SasrecBlock> blocks_;
    nn::LayerNorm<float> finalNorm_;
    nn::Dropout<float> embeddingDropout_;
    const SasrecBatch* batch_ = nullptr; ///< of the last forward
    std::vector<std::uint32_t> validRows_, validItems_, validPositions_;
};

} // namespace vitrina::models::sequential
