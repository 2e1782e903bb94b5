#include "models/sequential/SasrecModel.h"
#include "util/Numbers.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

namespace vitrina::models::sequential {
namespace {
constexpr std::size_t kSasrecQueryBlock = 16;
} // namespace

const ParamSpecs& SasrecRecommender::specs() {
    using util::MessageCode;
    static const ParamSpecs table = {
        ParamSpec::integer("hidden_units", 64, 8, 1024, MessageCode::ParamSasrecHiddenUnits),
        ParamSpec::integer("num_blocks", 2, 1, 8, MessageCode::ParamSasrecNumBlocks),
        ParamSpec::integer("num_heads", 1, 1, 16, MessageCode::ParamSasrecNumHeads),
        ParamSpec::integer("maxlen", 50, 2, 1000, MessageCode::ParamSasrecMaxlen),
        ParamSpec::real("dropout_rate", 0.2, 0.0, 0.95, MessageCode::ParamSasrecDropoutRate),
        ParamSpec::real("lr", 1e-3, 1e-6, 1.0, MessageCode::ParamSasrecLr),
        ParamSpec::integer("batch_size", 128, 1, 4096, MessageCode::ParamSasrecBatchSize),
        ParamSpec::integer("num_epochs", 10, 1, 1000, MessageCode::ParamNeuralEpochs),
        ParamSpec::choice("loss", "sampled-softmax", {"sampled-softmax", "gbce", "bce"}, MessageCode::ParamSasrecLoss),
        ParamSpec::integer("n_negatives", 256, 1, 100000, MessageCode::ParamSasrecNNegatives),
        ParamSpec::real("gbce_t", 0.75, 0.0, 1.0, MessageCode::ParamSasrecGbceT),
        ParamSpec::real("sample_alpha", 0.0, 0.0, 1.0, MessageCode::ParamNeuralSampleAlpha),
        ParamSpec::real("logq", 0.0, 0.0, 1.0, MessageCode::ParamSasrecLogq),
        ParamSpec::choice("layer_norm", "pre", {"pre", "post"}, MessageCode::ParamSasrecLayerNorm),
        ParamSpec::real("clip_norm", 0.0, 0.0, 1000.0, MessageCode::ParamSasrecClipNorm),
        ParamSpec::choice("input", "history", {"history", "session"}, MessageCode::ParamSasrecInput),
    };
    return table;
}

SasrecShape SasrecRecommender::readShape() const {
    const Params& p = parameters();
    SasrecShape s;
    s.width = static_cast<std::size_t>(p.integer("hidden_units"));
    s.blocks = static_cast<std::size_t>(p.integer("num_blocks"));
    s.heads = static_cast<std::size_t>(p.integer("num_heads"));
    if (s.width % s.heads != 0)
        util::failParameter("sasrec.num_heads", util::MessageCode::ModelUnsupportedCombination,
                            {"sasrec.num_heads", std::to_string(s.heads), "hidden_units = " + std::to_string(s.width) + " (must divide it)"});
    s.maxLength = static_cast<std::size_t>(p.integer("maxlen"));
    s.dropout = p.real("dropout_rate");
    s.preNorm = p.choice("layer_norm") == "pre";
    return s;
}

SasrecTraining SasrecRecommender::readTraining() const {
    const Params& p = parameters();
    SasrecTraining t;
    const std::string loss = p.choice("loss");
    t.loss = loss == "gbce" ? SasrecLoss::Gbce : loss == "bce" ? SasrecLoss::Bce : SasrecLoss::SampledSoftmax;
    t.negatives = static_cast<std::size_t>(p.integer("n_negatives"));
    t.gbceT = p.real("gbce_t");
    t.sampleAlpha = p.real("sample_alpha");
    t.logq = p.real("logq");
    t.batchSize = static_cast<std::size_t>(p.integer("batch_size"));
    t.clipNorm = p.real("clip_norm");
    t.adam.learningRate = p.real("lr");
    return t;
}

void SasrecRecommender::fitModel(const TrainingSet& train, const FitContext& ctx) {
    const SasrecShape shape = readShape();
    const SasrecTraining training = readTraining();
    input_ = parameters().choice("input") == "session" ? SequenceUnit::Session : SequenceUnit::History;
    gapMs_ = train.sessions().gapMs;
    rows_ = ItemRows::fromCandidates(train);
    const Sequences sequences = buildSequences(train, rows_, input_, 2, ctx.progress.sub(0.0, 0.02));
    if (sequences.size() == 0) util::fail(util::MessageCode::ModelNoSequences, {"sasrec", "2"});
    network_ = SasrecNetwork(shape, rows_.size(), util::hash64(0x73617372, ctx.seed));
    SasrecTrainer trainer(network_, sequences, training, ctx.seed, ctx.threads);
    const int epochs = static_cast<int>(parameters().integer("num_epochs"));
    for (int epoch = 0; epoch < epochs; ++epoch) {
        const auto started = std::chrono::steady_clock::now();
        const double from = 0.02 + 0.98 * epoch / epochs, to = 0.02 + 0.98 * (epoch + 1) / epochs;
        const EpochStats stats = trainer.runEpoch(ctx.progress.sub(from, to, "train.epoch"));
        if (!std::isfinite(stats.lossPerExample))
            util::fail(util::MessageCode::InternalError, {"SASRec: the training loss is not finite (lower lr)"});
        if (ctx.onEpoch) {
            EpochReport report;
            report.epoch = epoch + 1;
            report.epochs = epochs;
            report.loss = stats.lossPerExample;
            report.examples = stats.examples;
            report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
            ctx.onEpoch(report);
        }
    }
    network_ = network_.inferenceCopy(); // drops the last mini-batch's activations and gradients
}

std::vector<std::uint32_t> SasrecRecommender::inputRows(const Query& query) const {
    const auto [begin, end] = queryEvents(query, input_, gapMs_);
    auto rows = rows_.rowsOf(query.items.subspan(begin, end - begin));
    const std::size_t keep = network_.shape().maxLength;
    if (rows.size() > keep) rows.erase(rows.begin(), rows.end() - static_cast<std::ptrdiff_t>(keep));
    return rows;
}

std::vector<bool> SasrecRecommender::lastOutputs(std::span<const Query> queries, nn::Matrix<float>& hidden,
                                                 SasrecNetwork& network) const {
    std::vector<std::vector<std::uint32_t>> inputs;
    std::size_t length = 1;
    for (const Query& q : queries) {
        inputs.push_back(inputRows(q));
        length = std::max(length, inputs.back().size());
    }
    SasrecBatch batch;
    batch.reset(queries.size(), length);
    std::vector<bool> any(queries.size());
    for (std::size_t b = 0; b < queries.size(); ++b) {
        batch.set(b, inputs[b]);
        any[b] = !inputs[b].empty();
    }
    nn::Matrix<float> out;
    network.forward(batch, out, nullptr, nullptr);
    hidden.resize(static_cast<Eigen::Index>(queries.size()), out.cols());
    for (std::size_t b = 0; b < queries.size(); ++b)
        hidden.row(static_cast<Eigen::Index>(b)) = out.row(static_cast<Eigen::Index>(b * length + length - 1));
    return any;
}

void SasrecRecommender::score(const Query& query, std::span<float> scores) const { scoreBlock(std::span(&query, 1), scores); }

void SasrecRecommender::scoreBlock(std::span<const Query> queries, std::span<float> scores) const {
    const std::size_t n = training().itemCount(), rowCount = rows_.size();
    // The forward pass keeps activations (for a backward pass), so every call runs on its own copy.
    SasrecNetwork network = network_.inferenceCopy();
    std::vector<float> rowScores;
    for (std::size_t q0 = 0; q0 < queries.size(); q0 += kSasrecQueryBlock) {
        const std::size_t count = std::min(kSasrecQueryBlock, queries.size() - q0);
        nn::Matrix<float> hidden;
        const auto any = lastOutputs(queries.subspan(q0, count), hidden, network);
        network.scoreRows(hidden, rowScores);
        for (std::size_t q = 0; q < count; ++q) {
            const auto out = scores.subspan((q0 + q) * n, n);
            std::fill(out.begin(), out.end(), kExcluded);
            if (!any[q]) continue;
            for (std::size_t r = 0; r < rowCount; ++r) out[rows_.itemOfRow[r]] = rowScores[q * rowCount + r];
        }
    }
}

std::vector<Reason> SasrecRecommender::explain(const Query& query, data::ItemIndex item) const {
    if (item >= rows_.rowOfItem.size() || rows_.rowOfItem[item] < 0) return {};
    SasrecNetwork network = network_.inferenceCopy();
    nn::Matrix<float> hidden;
    if (!lastOutputs(std::span(&query, 1), hidden, network)[0]) return {};
    const double score = static_cast<double>(hidden.row(0).dot(network_.items().value.row(rows_.rowOfItem[item])));
    // The rows read, with the event each came from (unknown items were skipped, the oldest cut at maxlen).
    const auto [begin, end] = queryEvents(query, input_, gapMs_);
    std::vector<std::size_t> events;
    for (std::size_t e = begin; e < end; ++e)
        if (rows_.rowOfItem[query.items[e]] >= 0) events.push_back(e);
    const std::size_t length = std::min(events.size(), network_.shape().maxLength);
    events.erase(events.begin(), events.end() - static_cast<std::ptrdiff_t>(length));
    std::vector<Reason> reasons;
    for (std::size_t j = 0; j < length; ++j) {
        const data::ItemIndex i = query.items[events[j]];
        const double weight = network.attention(0, length - 1, j);
        auto it = std::find_if(reasons.begin(), reasons.end(), [&](const Reason& r) { return r.item == i; });
        if (it == reasons.end()) {
            Reason r;
            r.kind = ReasonKind::BecauseViewed;
            r.item = i;
            r.hasItem = true;
            reasons.push_back(r);
            it = reasons.end() - 1;
        }
        it->share += weight;
        it->eventType = static_cast<std::uint8_t>(query.types[events[j]]);
    }
    for (auto& r : reasons) r.contribution = r.share * score;
    std::stable_sort(reasons.begin(), reasons.end(), [](const Reason& a, const Reason& b) { return a.share > b.share; });
    return reasons;
}

void SasrecRecommender::saveState(util::ByteWriter& out) const {
    out.put<std::uint64_t>(rows_.size());
    out.put(gapMs_);
    network_.save(out);
}

void SasrecRecommender::loadState(util::ByteReader& in, const TrainingSet& train) {
    const SasrecShape shape = readShape();
    input_ = parameters().choice("input") == "session" ? SequenceUnit::Session : SequenceUnit::History;
    rows_ = ItemRows::fromCandidates(train);
    if (in.get<std::uint64_t>() != rows_.size())
        util::fail(util::MessageCode::InternalError, {"SASRec: the saved model was trained on other items"});
    gapMs_ = in.get<std::int64_t>();
    network_ = SasrecNetwork(shape, rows_.size(), 0);
    network_.load(in);
}

} // namespace vitrina::models::sequential
