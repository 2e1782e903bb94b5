#pragma once
// Optimisers for dense parameters and sparse (embedding) gradients.
// - Adagrad with momentum, GRU4Rec's optimiser (hidasib/GRU4Rec_PyTorch_Official, IndexedAdagradM):
//   acc += g^2; v = momentum v - lr g / sqrt(acc + eps); w += v; for an embedding only the touched rows
//   change (their accumulators and velocities too).
// - Adam (Kingma & Ba, ICLR 2015) with bias correction; embedding rows either densely (every row's moments
//   decay each step, as a dense gradient with zero rows would do) or lazily (only touched rows, as
//   TensorFlow's LazyAdam).
// - Gradient clipping by the global L2 norm over every parameter given to clipGradients().
// Row updates are independent, so the team may split them without changing any number.
#include <cstdint>
#include <vector>

#include "models/neural/Parameter.h"
#include "models/neural/Team.h"

namespace vitrina::models::neural {

struct AdagradSettings {
    double learningRate = 0.05;
    double momentum = 0.0;
    double eps = 1e-6;
};

/// State of one parameter (accumulator and velocity, same shape as the parameter).
template <class T> struct AdagradState {
    Matrix<T> accumulator, velocity;
};

template <class T> void adagradStep(Parameter<T>& p, AdagradState<T>& s, const AdagradSettings& settings);
template <class T>
void adagradStep(SparseParameter<T>& p, AdagradState<T>& s, const AdagradSettings& settings, Team* team = nullptr);

struct AdamSettings {
    double learningRate = 1e-3;
    double beta1 = 0.9;
    double beta2 = 0.98;
    double eps = 1e-8;
    bool lazyRows = false; ///< embeddings: update only the touched rows
};

template <class T> struct AdamState {
    Matrix<T> first, second;
};

/// `step` = 1-based step number (bias correction).
template <class T> void adamStep(Parameter<T>& p, AdamState<T>& s, const AdamSettings& settings, std::uint64_t step);
template <class T>
void adamStep(SparseParameter<T>& p, AdamState<T>& s, const AdamSettings& settings, std::uint64_t step,
              Team* team = nullptr);

/// Scales every gradient so that their joint L2 norm is at most maxNorm (maxNorm <= 0: no clipping); returns
/// the norm before clipping.
template <class T>
double clipGradients(const std::vector<Parameter<T>*>& dense, const std::vector<SparseParameter<T>*>& sparse,
                     double maxNorm);

} // namespace vitrina::models::neural
