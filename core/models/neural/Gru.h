#pragma once
// Gated recurrent units (Cho et al., "Learning Phrase Representations using RNN Encoder-Decoder", 2014), in
// the form PyTorch's GRUCell computes and GRU4Rec uses (gate columns [r | z | n]):
//   r = sigmoid(x Wr + br + h Ur + cr),  z = sigmoid(x Wz + bz + h Uz + cz),
//   n = tanh(x Wn + bn + r * (h Un + cn)),  h' = (1 - z) * n + z * h.
// A GruLayer computes one time step for a batch of rows; its StepCache keeps what the backward pass needs,
// so truncated back-propagation over several steps keeps one cache per step (GRU4Rec keeps one: the hidden
// state is not differentiated across mini-batches). Layers stack by feeding one layer's output to the next.
#include <vector>

#include "models/neural/Layers.h"

namespace vitrina::models::neural {

template <class T> struct GruStepCache {
    Matrix<T> input, previous; ///< x and h of the step
    Matrix<T> reset, update, candidate, hiddenCandidate; ///< r, z, n and (h Un + cn)
};

template <class T> struct GruLayer {
    Parameter<T> inputWeight, hiddenWeight, inputBias, hiddenBias; ///< in x 3H, H x 3H, 1 x 3H, 1 x 3H

    GruLayer() = default;
    GruLayer(std::string name, std::size_t in, std::size_t hidden);
    std::size_t hiddenSize() const { return static_cast<std::size_t>(hiddenWeight.value.rows()); }
    std::size_t inputSize() const { return static_cast<std::size_t>(inputWeight.value.rows()); }

    /// h' for inputs x and previous states h (B rows each); fills `cache` when given.
    void forward(const Matrix<T>& x, const Matrix<T>& h, Matrix<T>& next, GruStepCache<T>* cache, Team* team = nullptr) const;
    /// Adds the parameter gradients for dL/dh' = dNext; writes dL/dx and dL/dh when asked.
    void backward(const GruStepCache<T>& cache, const Matrix<T>& dNext, Matrix<T>* dx, Matrix<T>* dh, Team* team = nullptr);
    /// GRU4Rec's initialisation: each gate block of each weight matrix uniform in +-sqrt(6 / (rows + cols)) of
    /// the block, biases zero.
    void initGru4rec(util::Rng& rng);

    std::vector<Parameter<T>*> parameters() { return {&inputWeight, &hiddenWeight, &inputBias, &hiddenBias}; }
};

} // namespace vitrina::models::neural
