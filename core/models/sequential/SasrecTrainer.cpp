#include "models/sequential/SasrecTrainer.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace vitrina::models::sequential {
namespace {
constexpr std::size_t kSortWindow = 64; // mini-batches per length-sorted window
} // namespace

SasrecTrainer::SasrecTrainer(SasrecNetwork& network, const Sequences& sequences, const SasrecTraining& settings,
                             std::uint64_t seed, int threads)
    : net_(network), sequences_(sequences), settings_(settings), rng_(util::Rng::forStream(seed, 0x7361737265633031ULL)),
      team_(threads), sampler_(sequences.rowSupport(network.rows()), settings.sampleAlpha) {
    denseStates_.resize(net_.denseParameters().size());
}

EpochStats SasrecTrainer::runEpoch(const util::Progress& progress) {
    std::vector<std::size_t> order(sequences_.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng_.below(i)]);
    const std::size_t batch = settings_.batchSize, window = batch * kSortWindow;
    for (std::size_t w = 0; w < order.size(); w += window) {
        const auto end = order.begin() + static_cast<std::ptrdiff_t>(std::min(order.size(), w + window));
        std::stable_sort(order.begin() + static_cast<std::ptrdiff_t>(w), end, [&](std::size_t a, std::size_t b) {
            return sequences_.at(a).size() < sequences_.at(b).size();
        });
    }
    const std::size_t batches = (order.size() + batch - 1) / batch;
    std::vector<std::size_t> batchOrder(batches);
    std::iota(batchOrder.begin(), batchOrder.end(), std::size_t{0});
    for (std::size_t i = batches; i > 1; --i) std::swap(batchOrder[i - 1], batchOrder[rng_.below(i)]);
    EpochStats stats;
    double lossSum = 0.0;
    for (std::size_t k = 0; k < batches; ++k) {
        progress.check();
        const std::size_t begin = batchOrder[k] * batch;
        const std::size_t count = std::min(batch, order.size() - begin);
        lossSum += trainBatch(std::span(order).subspan(begin, count), stats.examples);
        ++stats.steps;
        if ((k & 7) == 0) progress.set(static_cast<double>(k) / static_cast<double>(batches));
    }
    stats.lossPerExample = stats.examples > 0 ? lossSum / static_cast<double>(stats.examples) : 0.0;
    progress.set(1.0);
    return stats;
}

double SasrecTrainer::trainBatch(std::span<const std::size_t> ids, std::uint64_t& examples) {
    const std::size_t maxLength = net_.shape().maxLength, d = net_.shape().width;
    std::size_t length = 1;
    for (const std::size_t s : ids) length = std::max(length, std::min(maxLength, sequences_.at(s).size() - 1));
    SasrecBatch batch;
    batch.reset(ids.size(), length);
    std::vector<std::uint32_t> targetOfRow(ids.size() * length, 0);
    for (std::size_t b = 0; b < ids.size(); ++b) {
        const auto seq = sequences_.at(ids[b]);
        const std::size_t n = std::min(maxLength, seq.size() - 1); // inputs seq[end-n-1 .. end-1), targets one later
        batch.set(b, seq.subspan(seq.size() - 1 - n, n));
        for (std::size_t k = 0; k < n; ++k) targetOfRow[b * length + (length - n + k)] = seq[seq.size() - n + k];
    }
    nn::Matrix<float> out;
    net_.forward(batch, out, &rng_, &team_);

    std::vector<std::uint32_t> rows, targets;
    for (std::size_t r = 0; r < batch.valid.size(); ++r)
        if (batch.valid[r]) {
            rows.push_back(static_cast<std::uint32_t>(r));
            targets.push_back(targetOfRow[r]);
        }
    const auto v = static_cast<Eigen::Index>(rows.size());
    nn::Matrix<float> selected(v, static_cast<Eigen::Index>(d));
    for (Eigen::Index i = 0; i < v; ++i) selected.row(i) = out.row(rows[static_cast<std::size_t>(i)]);
    const auto& table = net_.items().value;

    // Scores: column 0 the target, then the negatives (one per row for BCE, k shared otherwise).
    const bool perRow = settings_.loss == SasrecLoss::Bce;
    const std::size_t k = perRow ? 1 : settings_.negatives;
    std::vector<std::uint32_t> negatives(perRow ? rows.size() : k);
    sampler_.sample(rng_, negatives);
    nn::Matrix<float> scores(v, static_cast<Eigen::Index>(1 + k)), negativeRows;
    for (Eigen::Index i = 0; i < v; ++i) scores(i, 0) = selected.row(i).dot(table.row(targets[static_cast<std::size_t>(i)]));
    if (perRow) {
        for (Eigen::Index i = 0; i < v; ++i) scores(i, 1) = selected.row(i).dot(table.row(negatives[static_cast<std::size_t>(i)]));
    } else {
        negativeRows.resize(static_cast<Eigen::Index>(k), static_cast<Eigen::Index>(d));
        for (std::size_t j = 0; j < k; ++j) negativeRows.row(static_cast<Eigen::Index>(j)) = table.row(negatives[j]);
        nn::gemm<float>(rows.size(), k, d, {selected.data(), d, nn::Transpose::No}, {negativeRows.data(), d, nn::Transpose::Yes},
                        scores.data() + 1, 1 + k, {nn::Accumulate::Overwrite, &team_});
    }
    nn::LossOptions loss;
    loss.kind = settings_.loss == SasrecLoss::SampledSoftmax ? nn::LossKind::CrossEntropy : nn::LossKind::Bce;
    if (settings_.loss == SasrecLoss::Gbce) loss.positiveWeight = nn::gbceBeta(k, net_.rows(), settings_.gbceT);
    std::vector<double> shift;
    if (settings_.loss == SasrecLoss::SampledSoftmax && settings_.logq > 0.0) {
        // logQ needs one shift per column: only for shared negatives; the target column's sampling
        // probability varies by row, so its correction is left out (it does not change the negatives' push).
        shift.assign(1 + k, 0.0);
        for (std::size_t j = 0; j < k; ++j) shift[1 + j] = settings_.logq * std::log(sampler_.probability(negatives[j]));
        loss.columnShift = shift;
    }
    const std::vector<std::uint32_t> targetColumn(rows.size(), 0);
    nn::Matrix<float> dScores;
    const double total = nn::rankingLoss<float>(scores, targetColumn, loss, dScores, &team_);
    dScores /= static_cast<float>(std::max<Eigen::Index>(v, 1));

    // Backward into F (valid rows) and the item table.
    nn::Matrix<float> dSelected(v, static_cast<Eigen::Index>(d));
    if (!perRow)
        nn::gemm<float>(rows.size(), d, k, {dScores.data() + 1, 1 + k, nn::Transpose::No},
                        {negativeRows.data(), d, nn::Transpose::No}, dSelected.data(), d, {nn::Accumulate::Overwrite, &team_});
    else dSelected.setZero();
    auto& itemGrad = net_.items().grad;
    for (Eigen::Index i = 0; i < v; ++i) {
        const auto t = targets[static_cast<std::size_t>(i)];
        dSelected.row(i) += dScores(i, 0) * table.row(t);
        const nn::RowVector<float> g = dScores(i, 0) * selected.row(i);
        itemGrad.addRow(t, g.data());
        if (perRow) {
            const auto n = negatives[static_cast<std::size_t>(i)];
            dSelected.row(i) += dScores(i, 1) * table.row(n);
            const nn::RowVector<float> gn = dScores(i, 1) * selected.row(i);
            itemGrad.addRow(n, gn.data());
        }
    }
    if (!perRow) {
        nn::Matrix<float> dNegatives(static_cast<Eigen::Index>(k), static_cast<Eigen::Index>(d));
        nn::gemm<float>(k, d, rows.size(), {dScores.data() + 1, 1 + k, nn::Transpose::Yes}, {selected.data(), d, nn::Transpose::No},
                        dNegatives.data(), d, {nn::Accumulate::Overwrite, &team_});
        for (std::size_t j = 0; j < k; ++j) itemGrad.addRow(negatives[j], dNegatives.row(static_cast<Eigen::Index>(j)).data());
    }
    nn::Matrix<float> dOut = nn::Matrix<float>::Zero(out.rows(), out.cols());
    for (Eigen::Index i = 0; i < v; ++i) dOut.row(rows[static_cast<std::size_t>(i)]) = dSelected.row(i);
    net_.backward(dOut, &team_);

    const auto dense = net_.denseParameters();
    if (settings_.clipNorm > 0.0) nn::clipGradients<float>(dense, {&net_.items(), &net_.positions()}, settings_.clipNorm);
    ++steps_;
    for (std::size_t p = 0; p < dense.size(); ++p) nn::adamStep(*dense[p], denseStates_[p], settings_.adam, steps_);
    nn::adamStep(net_.items(), itemState_, settings_.adam, steps_, &team_);
    nn::adamStep(net_.positions(), positionState_, settings_.adam, steps_, &team_);
    examples += rows.size();
    return total;
}

} // namespace vitrina::models::sequential
