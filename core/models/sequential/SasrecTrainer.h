#pragma once
// SASRec's training: each training sequence is one example (its last maxlen + 1 items: the inputs and, one
// position later, the targets); every input position predicts the next item. Loss over the valid positions:
// sampled softmax against k negatives shared by the mini-batch (default), gSASRec's gBCE with the same k
// negatives, or the original BCE with one negative per position; negatives drawn with probability
// proportional to support^sample_alpha (0 = uniform, as the reference code). Adam on every parameter, the
// item and position tables with dense semantics (every row's moments decay each step, as a dense gradient
// would do in the reference code); optional clipping by the global gradient norm.
//
// Epochs shuffle the sequences (seeded), sort them by length within windows of 64 mini-batches so that a
// mini-batch pads little, and shuffle the mini-batches. All parallel work is split by products and by
// sequences, never by changing a sum's order, so the weights are bit-identical for any thread count.
#include <cstdint>
#include <vector>

#include "models/neural/Losses.h"
#include "models/neural/Sampler.h"
#include "models/neural/Team.h"
#include "models/sequential/Gru4recTrainer.h"
#include "models/sequential/SasrecNetwork.h"
#include "models/sequential/SequenceData.h"

namespace vitrina::models::sequential {

enum class SasrecLoss : std::uint8_t { SampledSoftmax, Gbce, Bce };

struct SasrecTraining {
    SasrecLoss loss = SasrecLoss::SampledSoftmax;
    std::size_t negatives = 256;
    double gbceT = 0.75;
    double sampleAlpha = 0.0;
    double logq = 0.0;
    std::size_t batchSize = 128;
    double clipNorm = 0.0;
    nn::AdamSettings adam{1e-3, 0.9, 0.98, 1e-8, false};
};

class SasrecTrainer {
public:
    SasrecTrainer(SasrecNetwork& network, const Sequences& sequences, const SasrecTraining& settings, std::uint64_t seed,
                  int threads);
    EpochStats runEpoch(const util::Progress& progress);

private:
    double trainBatch(std::span<const std::size_t> sequenceIds, std::uint64_t& examples);

    SasrecNetwork& net_;
    const Sequences& sequences_;
    SasrecTraining settings_;
    util::Rng rng_;
    nn::Team team_;
    nn::NegativeSampler sampler_;
    std::vector<nn::AdamState<float>> denseStates_;
    nn::AdamState<float> itemState_, positionState_;
    std::uint64_t steps_ = 0;
};

} // namespace vitrina::models::sequential
