#include "models/sequential/Gru4recTrainer.h"

#include <algorithm>
#include <cmath>

namespace vitrina::models::sequential {
namespace {

/// Runs body(begin, end) over rows [0, rows) in fixed chunks of 8 on the team.
template <class Body> void forRowChunks(Eigen::Index rows, nn::Team& team, Body&& body) {
    constexpr Eigen::Index kChunk = 8;
    const auto chunks = static_cast<std::size_t>((rows + kChunk - 1) / kChunk);
    team.run(chunks, [&](std::size_t c) {
        const auto begin = static_cast<Eigen::Index>(c) * kChunk;
        body(begin, std::min(rows, begin + kChunk));
    });
}

} // namespace

/// Buffers of one training step, kept between steps to avoid reallocations.
struct Gru4recTrainer::Step {
    std::vector<nn::GruStepCache<float>> caches;
    std::vector<nn::Dropout<float>> hiddenDropout;
    nn::Dropout<float> embedDropout;
    std::vector<nn::AdagradState<float>> denseStates; ///< 4 per layer
    nn::AdagradState<float> itemState, biasState, inputState;
    std::vector<std::uint32_t> columns, samples, diagonal;
    std::vector<double> shift;
    nn::Matrix<float> x, next, output, raw, scores, dScores, dx, dBelow, dOutput;
    nn::RowVector<float> biasGrad;
};

Gru4recTrainer::Gru4recTrainer(Gru4recNetwork& network, const Sequences& sequences, std::uint64_t seed, int threads)
    : net_(network), sequences_(sequences), rng_(util::Rng::forStream(seed, 0x6772753472656331ULL)), team_(threads),
      step_(std::make_unique<Step>()) {
    const auto support = sequences.rowSupport(network.rows());
    sampler_ = nn::NegativeSampler(support, network.settings.sampleAlpha);
    logSupport_.resize(support.size());
    for (std::size_t r = 0; r < support.size(); ++r) logSupport_[r] = support[r] > 0.0 ? std::log(support[r]) : 0.0;
    const auto& s = network.settings;
    step_->caches.resize(s.layers.size());
    step_->hiddenDropout.resize(s.layers.size());
    for (auto& d : step_->hiddenDropout) d.p = s.dropoutHidden;
    step_->embedDropout.p = s.dropoutEmbed;
    step_->denseStates.resize(4 * s.layers.size());
}

Gru4recTrainer::~Gru4recTrainer() = default;

double Gru4recTrainer::trainStep(std::span<const std::uint32_t> input, std::span<const std::uint32_t> target) {
    const Gru4recSettings& s = net_.settings;
    Step& w = *step_;
    const auto batch = static_cast<Eigen::Index>(input.size());
    const std::size_t width = s.width();

    // Columns: the batch's targets, then the shared negatives.
    w.samples.resize(s.nSample);
    sampler_.sample(rng_, w.samples);
    w.columns.assign(target.begin(), target.end());
    w.columns.insert(w.columns.end(), w.samples.begin(), w.samples.end());
    const auto columns = static_cast<Eigen::Index>(w.columns.size());

    // Forward: embedding (dropout), GRU layers (dropout after each; the dropped-out output is the next state).
    const nn::Matrix<float>& table = net_.inputMatrix();
    w.x.resize(batch, table.cols());
    for (Eigen::Index b = 0; b < batch; ++b) w.x.row(b) = table.row(input[static_cast<std::size_t>(b)]);
    w.embedDropout.apply(w.x, &rng_);
    for (std::size_t l = 0; l < net_.layers.size(); ++l) {
        net_.layers[l].forward(w.x, state_[l], w.next, &w.caches[l], &team_);
        w.hiddenDropout[l].apply(w.next, &rng_);
        state_[l] = w.next;
        w.x.swap(w.next);
    }
    // Scores against the columns' output rows and biases, then the final activation.
    w.output.resize(columns, static_cast<Eigen::Index>(width));
    for (Eigen::Index c = 0; c < columns; ++c) w.output.row(c) = net_.items.value.row(w.columns[static_cast<std::size_t>(c)]);
    nn::multiply<float>(w.x, nn::Transpose::No, w.output, nn::Transpose::Yes, w.raw, {nn::Accumulate::Overwrite, &team_});
    const bool elu = s.loss != nn::LossKind::CrossEntropy && s.eluParam > 0.0;
    const auto alpha = static_cast<float>(s.eluParam);
    w.scores.resize(batch, columns);
    forRowChunks(batch, team_, [&](Eigen::Index r0, Eigen::Index r1) {
        for (Eigen::Index r = r0; r < r1; ++r) {
            auto raw = w.raw.row(r).array();
            for (Eigen::Index c = 0; c < columns; ++c) raw(c) += net_.itemBias.value(w.columns[static_cast<std::size_t>(c)], 0);
            if (elu) w.scores.row(r) = (raw > 0.0f).select(raw, alpha * (raw.exp() - 1.0f)).matrix();
            else w.scores.row(r) = raw.matrix();
        }
    });
    nn::LossOptions loss;
    loss.kind = s.loss;
    loss.bpreg = s.bpreg;
    if (s.loss == nn::LossKind::CrossEntropy && s.logq > 0.0) {
        // Targets come in with the data distribution (support), negatives with support^alpha.
        w.shift.resize(w.columns.size());
        for (std::size_t c = 0; c < w.columns.size(); ++c)
            w.shift[c] = s.logq * logSupport_[w.columns[c]] * (c < target.size() ? 1.0 : s.sampleAlpha);
        loss.columnShift = w.shift;
    }
    w.diagonal.resize(input.size());
    for (std::size_t b = 0; b < input.size(); ++b) w.diagonal[b] = static_cast<std::uint32_t>(b);
    const double total = nn::rankingLoss<float>(w.scores, w.diagonal, loss, w.dScores, &team_);

    // Backward: d/draw = dL/dscore * f'(raw) / batch_size.
    const float scale = 1.0f / static_cast<float>(s.batchSize);
    forRowChunks(batch, team_, [&](Eigen::Index r0, Eigen::Index r1) {
        for (Eigen::Index r = r0; r < r1; ++r) {
            auto d = w.dScores.row(r).array();
            if (elu) d *= (w.raw.row(r).array() > 0.0f).select(1.0f, w.scores.row(r).array() + alpha) * scale;
            else d *= scale;
        }
    });
    nn::multiply<float>(w.dScores, nn::Transpose::No, w.output, nn::Transpose::No, w.dx, {nn::Accumulate::Overwrite, &team_});
    nn::multiply<float>(w.dScores, nn::Transpose::Yes, w.x, nn::Transpose::No, w.dOutput, {nn::Accumulate::Overwrite, &team_});
    for (std::size_t l = net_.layers.size(); l-- > 0;) {
        w.hiddenDropout[l].applyBackward(w.dx);
        net_.layers[l].backward(w.caches[l], w.dx, &w.dBelow, nullptr, &team_);
        w.dx.swap(w.dBelow);
    }
    w.embedDropout.applyBackward(w.dx);

    // Sparse gradients, input rows first, then the output columns (as the official code's one lookup of
    // [input; columns] coalesces them).
    auto& inputGrad = s.constrainedEmbedding ? net_.items.grad : net_.inputTable.grad;
    for (Eigen::Index b = 0; b < batch; ++b) inputGrad.addRow(input[static_cast<std::size_t>(b)], w.dx.row(b).data());
    w.biasGrad = w.dScores.colwise().sum();
    for (Eigen::Index c = 0; c < columns; ++c) {
        const std::uint32_t row = w.columns[static_cast<std::size_t>(c)];
        net_.items.grad.addRow(row, w.dOutput.row(c).data());
        net_.itemBias.grad.addRow(row, w.biasGrad.data() + c);
    }

    // Adagrad with momentum everywhere.
    for (std::size_t l = 0; l < net_.layers.size(); ++l) {
        const auto params = net_.layers[l].parameters();
        for (std::size_t p = 0; p < params.size(); ++p) nn::adagradStep(*params[p], w.denseStates[4 * l + p], s.optimiser);
    }
    nn::adagradStep(net_.items, w.itemState, s.optimiser, &team_);
    nn::adagradStep(net_.itemBias, w.biasState, s.optimiser, &team_);
    if (!s.constrainedEmbedding) nn::adagradStep(net_.inputTable, w.inputState, s.optimiser, &team_);
    return total;
}

EpochStats Gru4recTrainer::runEpoch(const util::Progress& progress) {
    const Gru4recSettings& s = net_.settings;
    EpochStats stats;
    const std::size_t sessions = sequences_.size();
    const std::size_t slots = std::min(s.batchSize, sessions);
    std::vector<std::size_t> session(slots), position(slots, 0);
    for (std::size_t b = 0; b < slots; ++b) session[b] = b;
    std::size_t next = slots;
    state_ = net_.zeroState(slots);
    std::vector<std::uint32_t> input, target;
    double lossSum = 0.0;
    const double totalExamples = static_cast<double>(sequences_.rows.size() - sessions);
    while (!session.empty()) {
        // Without sampled negatives the other rows' targets are the only negatives: one row cannot train.
        if (s.nSample == 0 && session.size() < 2) break;
        progress.check();
        input.clear();
        target.clear();
        for (std::size_t b = 0; b < session.size(); ++b) {
            const auto seq = sequences_.at(session[b]);
            input.push_back(seq[position[b]]);
            target.push_back(seq[position[b] + 1]);
        }
        lossSum += trainStep(input, target);
        stats.examples += input.size();
        ++stats.steps;
        if ((stats.steps & 15) == 0) progress.set(static_cast<double>(stats.examples) / std::max(totalExamples, 1.0));
        // Advance; finished sessions hand their slot to the next session (zero state) or drop it.
        std::size_t kept = 0;
        for (std::size_t b = 0; b < session.size(); ++b) {
            bool alive = true;
            if (++position[b] + 1 >= sequences_.at(session[b]).size()) {
                for (auto& h : state_) h.row(static_cast<Eigen::Index>(b)).setZero();
                if (next < sessions) {
                    session[b] = next++;
                    position[b] = 0;
                } else {
                    alive = false;
                }
            }
            if (!alive) continue;
            if (kept != b)
                for (auto& h : state_) h.row(static_cast<Eigen::Index>(kept)) = h.row(static_cast<Eigen::Index>(b));
            session[kept] = session[b];
            position[kept] = position[b];
            ++kept;
        }
        if (kept != session.size()) {
            session.resize(kept);
            position.resize(kept);
            for (auto& h : state_) h.conservativeResize(static_cast<Eigen::Index>(kept), h.cols());
        }
    }
    stats.lossPerExample = stats.examples > 0 ? lossSum / static_cast<double>(stats.examples) : 0.0;
    progress.set(1.0);
    return stats;
}

} // namespace vitrina::models::sequential
