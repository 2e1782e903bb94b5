#pragma once
// GRU4Rec's network (Hidasi et al., ICLR 2016; Hidasi & Karatzoglou, CIKM 2018), as the official PyTorch code
// (hidasib/GRU4Rec_PyTorch_Official) builds it: an input embedding (the output item matrix itself when the
// embedding is constrained, or a separate table), GRU layers (PyTorch GRUCell equations), and item scores
// r_i = h . W_i + b_i over the output item matrix W and per-item biases b. Training (Gru4recTrainer.h) runs
// one time step per mini-batch with dropout on the embedding and after every GRU layer; scoring reads a
// sequence from a zero state without dropout and ranks by the raw scores (the final activation is monotone).
#include <cstdint>
#include <span>
#include <vector>

#include "models/neural/Gru.h"
#include "models/neural/Losses.h"
#include "models/neural/Optimisers.h"
#include "util/Binary.h"

namespace vitrina::models::sequential {

namespace nn = vitrina::models::neural;

struct Gru4recSettings {
    std::vector<std::size_t> layers{224};
    std::size_t embedding = 0;          ///< 0: the input is the constrained output matrix
    bool constrainedEmbedding = true;
    nn::LossKind loss = nn::LossKind::BprMax;
    double eluParam = 0.5;              ///< final activation ELU(alpha) for BPR-max / TOP1-max; 0 = linear
    double bpreg = 1.95;
    double logq = 0.0;                  ///< cross-entropy's logQ correction weight
    double dropoutEmbed = 0.5;
    double dropoutHidden = 0.05;
    std::size_t batchSize = 80;
    std::size_t nSample = 2048;
    double sampleAlpha = 0.4;
    nn::AdagradSettings optimiser{0.05, 0.4, 1e-6};
    int epochs = 10;

    std::size_t width() const { return layers.back(); }
    std::size_t inputWidth() const { return constrainedEmbedding ? layers.back() : embedding; }
};

struct Gru4recNetwork {
    Gru4recSettings settings;
    nn::SparseParameter<float> items;     ///< output item matrix W (rows x width); the input too when constrained
    nn::SparseParameter<float> itemBias;  ///< b (rows x 1)
    nn::SparseParameter<float> inputTable; ///< separate input embedding (rows x embedding), else empty
    std::vector<nn::GruLayer<float>> layers;

    Gru4recNetwork() = default;
    /// GRU4Rec's initialisation (uniform +-sqrt(6 / (rows + cols)) per gate block; biases zero) from `seed`.
    Gru4recNetwork(const Gru4recSettings& s, std::size_t rows, std::uint64_t seed);

    std::size_t rows() const { return static_cast<std::size_t>(items.value.rows()); }
    const nn::Matrix<float>& inputMatrix() const { return settings.constrainedEmbedding ? items.value : inputTable.value; }
    /// Zero states for `batch` rows (one matrix per layer).
    std::vector<nn::Matrix<float>> zeroState(std::size_t batch) const;
    /// One inference step: row b of every state reads item row input[b].
    void step(std::span<const std::uint32_t> input, std::vector<nn::Matrix<float>>& state) const;
    /// scores[q * rows() + r] = hidden.row(q) . W_r + b_r for every row r (hidden: Q x width, Q <= 16). Each
    /// score is one fixed sum, so a query scored alone or in a block gets the same bits.
    void scoreRows(const nn::Matrix<float>& hidden, std::vector<float>& scores) const;
    std::uint64_t memoryBytes() const;

    void save(util::ByteWriter& out) const;
    /// Reads weights written by save() for a network built with the same settings and row count.
    void load(util::ByteReader& in);
};

} // namespace vitrina::models::sequential
