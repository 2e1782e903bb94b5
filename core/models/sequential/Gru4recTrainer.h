#pragma once
// GRU4Rec's training loop as the official code runs it: session-parallel mini-batches (batch_size slots,
// each holding one session; at every step each slot reads its session's current item and must score the
// next; a finished session's slot takes the next session in time order and its hidden state restarts at
// zero; when no session is left the slot is dropped), one shared set of n_sample negatives per step drawn
// with probability proportional to support^sample_alpha, scores against the batch's targets plus the
// negatives (every other row's target is a negative too), the loss divided by batch_size, and Adagrad with
// momentum on every parameter (sparse rows for the item tables).
//
// Work is split by parallel products and row-parallel element-wise steps (neural/Team.h), never by
// splitting the mini-batch, so the weights are bit-identical for any thread count.
#include <cstdint>
#include <memory>
#include <vector>

#include "models/neural/Sampler.h"
#include "models/neural/Team.h"
#include "models/sequential/Gru4recNetwork.h"
#include "models/sequential/SequenceData.h"
#include "util/Progress.h"

namespace vitrina::models::sequential {

struct EpochStats {
    double lossPerExample = 0.0;
    std::uint64_t examples = 0;
    std::uint64_t steps = 0;
};

class Gru4recTrainer {
public:
    Gru4recTrainer(Gru4recNetwork& network, const Sequences& sequences, std::uint64_t seed, int threads);
    ~Gru4recTrainer();

    /// One pass over every sequence; progress covers the pass, cancellation is checked every step.
    EpochStats runEpoch(const util::Progress& progress);

private:
    struct Step;
    double trainStep(std::span<const std::uint32_t> input, std::span<const std::uint32_t> target);

    Gru4recNetwork& net_;
    const Sequences& sequences_;
    util::Rng rng_;
    nn::Team team_;
    nn::NegativeSampler sampler_;
    std::vector<double> logSupport_; ///< ln(count) per row, for the logQ correction
    std::vector<nn::Matrix<float>> state_;
    std::unique_ptr<Step> step_;
};

} // namespace vitrina::models::sequential
