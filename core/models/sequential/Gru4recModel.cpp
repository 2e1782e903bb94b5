#include "models/sequential/Gru4recModel.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

#include "models/sequential/Gru4recTrainer.h"
#include "util/Numbers.h"

namespace vitrina::models::sequential {
namespace {

constexpr std::size_t kGruQueryBlock = 16;

/// "224" or "100/100" (the official notation) -> layer sizes; fails naming the parameter.
std::vector<std::size_t> parseLayers(const std::string& text) {
    std::vector<std::size_t> layers;
    std::size_t value = 0, digits = 0;
    const auto bad = [&] {
        util::failParameter("gru4rec.layers", util::MessageCode::ParameterBadType,
                            {"gru4rec.layers", "layer sizes separated by '/', e.g. 224 or 100/100"});
    };
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            value = value * 10 + static_cast<std::size_t>(text[i] - '0');
            if (++digits > 6) bad();
            continue;
        }
        if ((i < text.size() && text[i] != '/') || digits == 0) bad();
        if (value < 1 || value > 4096)
            util::failParameter("gru4rec.layers", util::MessageCode::ParameterOutOfRange,
                                {"gru4rec.layers", std::to_string(value), "[1, 4096] per layer"});
        layers.push_back(value);
        value = digits = 0;
    }
    if (layers.size() > 8)
        util::failParameter("gru4rec.layers", util::MessageCode::ParameterOutOfRange,
                            {"gru4rec.layers", std::to_string(layers.size()) + " layers", "[1, 8] layers"});
    return layers;
}

} // namespace

Gru4recRecommender::Gru4recRecommender() : Recommender("gru4rec", specs()) {}
Gru4recRecommender::~Gru4recRecommender() = default;

const ParamSpecs& Gru4recRecommender::specs() {
    using util::MessageCode;
    static const ParamSpecs table = {
        ParamSpec::choice("loss", "bpr-max", {"bpr-max", "top1-max", "cross-entropy"}, MessageCode::ParamGru4recLoss),
        ParamSpec::boolean("constrained_embedding", true, MessageCode::ParamGru4recConstrainedEmbedding),
        ParamSpec::integer("embedding", 0, 0, 4096, MessageCode::ParamGru4recEmbedding),
        ParamSpec::real("elu_param", 0.5, 0.0, 10.0, MessageCode::ParamGru4recEluParam),
        ParamSpec::text("layers", "224", MessageCode::ParamGru4recLayers),
        ParamSpec::integer("n_epochs", 10, 1, 1000, MessageCode::ParamNeuralEpochs),
        ParamSpec::integer("batch_size", 80, 1, 4096, MessageCode::ParamGru4recBatchSize),
        ParamSpec::real("dropout_p_embed", 0.5, 0.0, 0.95, MessageCode::ParamGru4recDropoutPEmbed),
        ParamSpec::real("dropout_p_hidden", 0.05, 0.0, 0.95, MessageCode::ParamGru4recDropoutPHidden),
        ParamSpec::real("learning_rate", 0.05, 1e-6, 10.0, MessageCode::ParamGru4recLearningRate),
        ParamSpec::real("momentum", 0.4, 0.0, 0.99, MessageCode::ParamGru4recMomentum),
        ParamSpec::integer("n_sample", 2048, 0, 100000, MessageCode::ParamGru4recNSample),
        ParamSpec::real("sample_alpha", 0.4, 0.0, 1.0, MessageCode::ParamNeuralSampleAlpha),
        ParamSpec::real("bpreg", 1.95, 0.0, 100.0, MessageCode::ParamGru4recBpreg),
        ParamSpec::real("logq", 0.0, 0.0, 1.0, MessageCode::ParamGru4recLogq),
        ParamSpec::choice("input", "session", {"session", "history"}, MessageCode::ParamGru4recInput),
    };
    return table;
}

Gru4recSettings Gru4recRecommender::readSettings() const {
    const Params& p = parameters();
    Gru4recSettings s;
    s.layers = parseLayers(p.text("layers"));
    const std::string loss = p.choice("loss");
    s.loss = loss == "bpr-max" ? nn::LossKind::BprMax : loss == "top1-max" ? nn::LossKind::Top1Max : nn::LossKind::CrossEntropy;
    s.constrainedEmbedding = p.boolean("constrained_embedding");
    s.embedding = static_cast<std::size_t>(p.integer("embedding"));
    if (!s.constrainedEmbedding && s.embedding == 0)
        util::failParameter("gru4rec.embedding", util::MessageCode::ModelUnsupportedCombination,
                            {"gru4rec.embedding", "0 (one-hot input)", "constrained_embedding = false; set embedding > 0"});
    s.eluParam = p.real("elu_param");
    s.epochs = static_cast<int>(p.integer("n_epochs"));
    s.batchSize = static_cast<std::size_t>(p.integer("batch_size"));
    s.dropoutEmbed = p.real("dropout_p_embed");
    s.dropoutHidden = p.real("dropout_p_hidden");
    s.optimiser = {p.real("learning_rate"), p.real("momentum"), 1e-6};
    s.nSample = static_cast<std::size_t>(p.integer("n_sample"));
    s.sampleAlpha = p.real("sample_alpha");
    s.bpreg = p.real("bpreg");
    s.logq = p.real("logq");
    return s;
}

void Gru4recRecommender::fitModel(const TrainingSet& train, const FitContext& ctx) {
    const Gru4recSettings settings = readSettings();
    input_ = parameters().choice("input") == "history" ? SequenceUnit::History : SequenceUnit::Session;
    gapMs_ = train.sessions().gapMs;
    {
        std::lock_guard lock(lastMutex_);
        last_.reset();
    }
    rows_ = ItemRows::fromCandidates(train);
    const Sequences sequences = buildSequences(train, rows_, SequenceUnit::Session, 2, ctx.progress.sub(0.0, 0.02));
    if (sequences.size() == 0) util::fail(util::MessageCode::ModelNoSequences, {"gru4rec", "2"});
    network_ = Gru4recNetwork(settings, rows_.size(), util::hash64(0x67727534, ctx.seed));
    Gru4recTrainer trainer(network_, sequences, ctx.seed, ctx.threads);
    for (int epoch = 0; epoch < settings.epochs; ++epoch) {
        const auto started = std::chrono::steady_clock::now();
        const double from = 0.02 + 0.98 * epoch / settings.epochs, to = 0.02 + 0.98 * (epoch + 1) / settings.epochs;
        const EpochStats stats = trainer.runEpoch(ctx.progress.sub(from, to, "train.epoch"));
        if (!std::isfinite(stats.lossPerExample))
            util::fail(util::MessageCode::InternalError, {"GRU4Rec: the training loss is not finite (lower learning_rate)"});
        if (ctx.onEpoch) {
            EpochReport report;
            report.epoch = epoch + 1;
            report.epochs = settings.epochs;
            report.loss = stats.lossPerExample;
            report.examples = stats.examples;
            report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
            ctx.onEpoch(report);
        }
    }
}

std::vector<std::uint32_t> Gru4recRecommender::inputRows(const Query& query) const {
    const auto [begin, end] = queryEvents(query, input_, gapMs_);
    return rows_.rowsOf(query.items.subspan(begin, end - begin));
}

Gru4recRecommender::State Gru4recRecommender::stateFor(const std::vector<std::uint32_t>& rows, const State* from) const {
    State s;
    std::size_t done = 0;
    if (from && !from->hidden.empty() && from->rows.size() <= rows.size() && std::equal(from->rows.begin(), from->rows.end(), rows.begin())) {
        s.hidden = from->hidden;
        done = from->rows.size();
    } else {
        s.hidden = network_.zeroState(1);
    }
    for (std::size_t t = done; t < rows.size(); ++t) network_.step(std::span(rows).subspan(t, 1), s.hidden);
    s.rows = rows;
    return s;
}

void Gru4recRecommender::scatter(const std::vector<float>& rowScores, std::size_t q, std::span<float> out) const {
    std::fill(out.begin(), out.end(), kExcluded);
    const std::size_t n = rows_.size();
    for (std::size_t r = 0; r < n; ++r) out[rows_.itemOfRow[r]] = rowScores[q * n + r];
}

void Gru4recRecommender::score(const Query& query, std::span<float> scores) const {
    const auto rows = inputRows(query);
    std::unique_ptr<State> from;
    {
        std::lock_guard lock(lastMutex_);
        if (last_) from = std::make_unique<State>(*last_);
    }
    const State state = stateFor(rows, from.get()); // outside the lock: concurrent queries do not wait
    {
        std::lock_guard lock(lastMutex_);
        last_ = std::make_unique<State>(state);
    }
    std::vector<float> rowScores;
    network_.scoreRows(state.hidden.back(), rowScores);
    scatter(rowScores, 0, scores);
}

void Gru4recRecommender::scoreBlock(std::span<const Query> queries, std::span<float> scores) const {
    const std::size_t n = training().itemCount(), width = network_.settings.width();
    State previous;
    std::vector<float> rowScores;
    for (std::size_t q0 = 0; q0 < queries.size(); q0 += kGruQueryBlock) {
        const std::size_t count = std::min(kGruQueryBlock, queries.size() - q0);
        nn::Matrix<float> hidden(static_cast<Eigen::Index>(count), static_cast<Eigen::Index>(width));
        for (std::size_t q = 0; q < count; ++q) {
            previous = stateFor(inputRows(queries[q0 + q]), &previous); // prefixes of one session share the work
            hidden.row(static_cast<Eigen::Index>(q)) = previous.hidden.back();
        }
        network_.scoreRows(hidden, rowScores);
        for (std::size_t q = 0; q < count; ++q) scatter(rowScores, q, scores.subspan((q0 + q) * n, n));
    }
}

std::vector<Reason> Gru4recRecommender::explain(const Query& query, data::ItemIndex item) const {
    if (item >= rows_.rowOfItem.size() || rows_.rowOfItem[item] < 0) return {};
    const auto target = static_cast<Eigen::Index>(rows_.rowOfItem[item]);
    const auto [begin, end] = queryEvents(query, input_, gapMs_);
    const auto rows = inputRows(query);
    const auto scoreOf = [&](const std::vector<std::uint32_t>& input) {
        const State s = stateFor(input, nullptr);
        return static_cast<double>(s.hidden.back().row(0).dot(network_.items.value.row(target)) +
                                   network_.itemBias.value(target, 0));
    };
    const double full = scoreOf(rows);
    // Distinct items read, with the type of their last event.
    std::vector<std::pair<data::ItemIndex, data::EventType>> distinct;
    for (std::size_t e = begin; e < end; ++e) {
        const data::ItemIndex i = query.items[e];
        if (rows_.rowOfItem[i] < 0) continue;
        auto it = std::find_if(distinct.begin(), distinct.end(), [&](const auto& d) { return d.first == i; });
        if (it == distinct.end()) distinct.emplace_back(i, query.types[e]);
        else it->second = query.types[e];
    }
    std::vector<Reason> reasons;
    double absolute = 0.0;
    for (const auto& [i, type] : distinct) {
        const auto row = static_cast<std::uint32_t>(rows_.rowOfItem[i]);
        std::vector<std::uint32_t> without;
        for (const std::uint32_t r : rows)
            if (r != row) without.push_back(r);
        const double drop = full - scoreOf(without);
        if (drop == 0.0) continue;
        Reason reason;
        reason.kind = ReasonKind::BecauseViewed;
        reason.item = i;
        reason.hasItem = true;
        reason.eventType = static_cast<std::uint8_t>(type);
        reason.contribution = drop;
        reasons.push_back(reason);
        absolute += std::fabs(drop);
    }
    for (auto& r : reasons) r.share = r.contribution / absolute;
    std::stable_sort(reasons.begin(), reasons.end(), [](const Reason& a, const Reason& b) { return a.share > b.share; });
    return reasons;
}

void Gru4recRecommender::saveState(util::ByteWriter& out) const {
    out.put<std::uint64_t>(rows_.size());
    out.put(gapMs_);
    network_.save(out);
}

void Gru4recRecommender::loadState(util::ByteReader& in, const TrainingSet& train) {
    const Gru4recSettings settings = readSettings();
    input_ = parameters().choice("input") == "history" ? SequenceUnit::History : SequenceUnit::Session;
    rows_ = ItemRows::fromCandidates(train);
    if (in.get<std::uint64_t>() != rows_.size())
        util::fail(util::MessageCode::InternalError, {"GRU4Rec: the saved model was trained on other items"});
    gapMs_ = in.get<std::int64_t>();
    network_ = Gru4recNetwork(settings, rows_.size(), 0);
    network_.load(in);
    std::lock_guard lock(lastMutex_);
    last_.reset();
}

} // namespace vitrina::models::sequential
