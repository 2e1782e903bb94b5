#include "models/hybrid/HybridModel.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "models/SharedFits.h"
#include "models/hybrid/HybridValidation.h"
#include "util/Message.h"

namespace vitrina::models::hybrid {
namespace {

/// Components borrow the training set that the hybrid itself keeps alive (as the re-rankers do).
std::shared_ptr<const TrainingSet> borrowed(const TrainingSet& train) {
    return std::shared_ptr<const TrainingSet>(std::shared_ptr<const TrainingSet>(), &train);
}

/// Iterative components fitted for the weight search run `effort` of their iterations/epochs (at least one):
/// the blend weights need the components' ranking, not their last digit (core/models/README.md, "Fitting once").
std::unique_ptr<Recommender> validationComponent(const HybridConfig& config, const std::string& id,
                                                 const std::string& prefix) {
    auto model = makeComponent(config, id, prefix);
    if (config.validationEffort >= 1.0) return model;
    ParamValues params = model->parameters().values();
    bool changed = false;
    for (const char* name : {"iterations", "epochs"}) {
        if (!params.contains(name)) continue;
        const auto full = static_cast<double>(model->parameters().integer(name));
        params.set(name, static_cast<long long>(std::max(1.0, std::round(full * config.validationEffort))));
        changed = true;
    }
    if (changed) model->setParameters(params);
    return model;
}

using Components = std::vector<std::shared_ptr<const Recommender>>;

/// The components fitted on the validation sub-train (reduced effort, never shared).
Components fitValidationComponents(const HybridConfig& config, const std::string& prefix,
                                   const std::shared_ptr<const TrainingSet>& subTrain, const FitContext& ctx,
                                   const util::Progress& progress) {
    Components out;
    const double step = 1.0 / static_cast<double>(config.components.size());
    for (std::size_t c = 0; c < config.components.size(); ++c) {
        progress.check();
        auto model = validationComponent(config, config.components[c], prefix);
        FitContext inner{ctx.seed, ctx.threads,
                         progress.sub(step * static_cast<double>(c), step * static_cast<double>(c + 1),
                                      "fit." + config.components[c])};
        model->fit(subTrain, inner);
        out.push_back(std::move(model));
    }
    return out;
}

/// The components on the whole training set: taken from ctx.shared when a model of the same key was fitted
/// in this run already, else fitted here (and offered to the run).
Components fitFullComponents(const HybridConfig& config, const std::string& prefix, const TrainingSet& train,
                             const FitContext& ctx, const util::Progress& progress) {
    SharedFits* shared = ctx.shared && ctx.shared->serves(train, ctx) ? ctx.shared : nullptr;
    Components out;
    const double step = 1.0 / static_cast<double>(config.components.size());
    for (std::size_t c = 0; c < config.components.size(); ++c) {
        progress.check();
        auto model = makeComponent(config, config.components[c], prefix);
        if (shared) {
            if (auto found = shared->find(SharedFits::keyOf(*model))) {
                out.push_back(std::move(found));
                continue;
            }
        }
        FitContext inner{ctx.seed, ctx.threads,
                         progress.sub(step * static_cast<double>(c), step * static_cast<double>(c + 1),
                                      "fit." + config.components[c])};
        model->fit(shared ? shared->training() : borrowed(train), inner);
        std::shared_ptr<const Recommender> fitted(std::move(model));
        if (shared) shared->add(fitted);
        out.push_back(std::move(fitted));
    }
    return out;
}

} // namespace

const std::vector<double>& HybridRecommender::weightsFor(analytics::FunnelStage stage) const {
    if (!perStage_) return learned_.staticWeights;
    return learned_.stageWeights[static_cast<std::size_t>(stage)];
}

void HybridRecommender::fitModel(const TrainingSet& train, const FitContext& ctx) {
    config_ = readConfig(parameters(), id());
    components_.clear();
    const util::Progress& progress = ctx.progress;
    { // the sub-train and its components are freed before the full-split fits
        const ValidationSplit validation = carveValidation(train, config_.validationDays, config_.maxValidationLists,
                                                           ctx.seed, id() + ".validation_days");
        // Weights: components fitted on the sub-train, scored on the validation lists.
        const auto sub =
            fitValidationComponents(config_, id(), validation.subTrain, ctx, progress.sub(0.0, 0.4, "fit.validation"));
        std::vector<Query> queries;
        queries.reserve(validation.lists.size());
        for (const auto& l : validation.lists) queries.push_back(validation.query(train.dataset(), l));
        const std::size_t columns = config_.columns();
        std::vector<std::vector<ColumnTop>> tops(columns);
        for (std::size_t c = 0; c < columns; ++c)
            tops[c] = columnTops(*sub[config_.componentOf(c)], config_.sessionColumn(c), queries, train.itemCount(),
                                 config_, ctx.threads,
                                 progress.sub(0.4 + 0.15 * static_cast<double>(c) / static_cast<double>(columns),
                                              0.4 + 0.15 * static_cast<double>(c + 1) / static_cast<double>(columns),
                                              "validation.score"));
        PoolSet pools(columns);
        std::vector<const ColumnTop*> row(columns);
        for (std::size_t i = 0; i < queries.size(); ++i) {
            for (std::size_t c = 0; c < columns; ++c) row[c] = &tops[c][i];
            const data::ItemIndex relevant = validation.lists[i].relevant;
            pools.add(row, std::span<const data::ItemIndex>(&relevant, 1),
                      static_cast<std::uint8_t>(validation.lists[i].stage));
        }
        progress.check();
        progress.set(0.55, "validation.weights");
        learned_ = learnWeights(pools, std::vector<std::uint8_t>(columns, 1), config_, ctx.threads);
    }
    components_ = fitFullComponents(config_, id(), train, ctx, progress.sub(0.6, 1.0, "fit.full"));
}

std::vector<std::string> HybridRecommender::componentFitKeys() const {
    const HybridConfig config = readConfig(parameters(), id());
    std::vector<std::string> keys;
    for (const auto& c : config.components) keys.push_back(SharedFits::keyOf(*makeComponent(config, c, id())));
    return keys;
}

void HybridRecommender::scoreSparseBlock(std::span<const Query> queries, std::span<SparseRow> rows) const {
    const TrainingSet& train = training();
    const std::size_t n = train.itemCount(), columns = config_.columns();
    std::vector<std::vector<ColumnTop>> tops(columns);
    for (std::size_t c = 0; c < columns; ++c)
        tops[c] = columnTops(columnModel(c), config_.sessionColumn(c), queries, n, config_, 1, {});
    const auto& candidates = train.candidates();
    std::vector<const ColumnTop*> row(columns);
    std::vector<float> blended;
    for (std::size_t q = 0; q < queries.size(); ++q) {
        PoolSet pool(columns);
        for (std::size_t c = 0; c < columns; ++c) row[c] = &tops[c][q];
        pool.add(row, {}, 0);
        pool.blend(0, weightsFor(stageOf(queries[q])), blended);
        const auto items = pool.items(0); // ascending
        rows[q].clear();
        for (std::size_t p = 0; p < items.size(); ++p)
            if (candidates[items[p]] && blended[p] > 0.0f) {
                rows[q].items.push_back(items[p]);
                rows[q].values.push_back(blended[p]);
            }
    }
}

void HybridRecommender::scoreSparse(const Query& query, SparseRow& out) const {
    scoreSparseBlock(std::span<const Query>(&query, 1), std::span<SparseRow>(&out, 1));
}

void HybridRecommender::scoreBlock(std::span<const Query> queries, std::span<float> scores) const {
    const std::size_t n = training().itemCount();
    const auto& candidates = training().candidates();
    std::vector<SparseRow> rows(queries.size());
    scoreSparseBlock(queries, rows); // blends are >= 0: every candidate outside the row scores 0
    for (std::size_t q = 0; q < queries.size(); ++q) {
        std::span<float> out = scores.subspan(q * n, n);
        for (std::size_t i = 0; i < n; ++i) out[i] = candidates[i] ? 0.0f : -std::numeric_limits<float>::infinity();
        for (std::size_t p = 0; p < rows[q].items.size(); ++p) out[rows[q].items[p]] = rows[q].values[p];
    }
}

void HybridRecommender::score(const Query& query, std::span<float> scores) const {
    scoreBlock(std::span<const Query>(&query, 1), scores);
}

std::vector<Reason> HybridRecommender::explain(const Query& query, data::ItemIndex item) const {
    const analytics::FunnelStage stage = stageOf(query);
    std::vector<Reason> out;
    Reason head;
    head.kind = ReasonKind::HybridStage;
    head.stage = static_cast<int>(stage);
    head.share = 1.0;
    out.push_back(head);
    const auto& weights = weightsFor(stage);
    const std::size_t n = training().itemCount(), columns = config_.columns();
    std::vector<double> contribution(columns, 0.0);
    double total = 0.0;
    for (std::size_t c = 0; c < columns; ++c) {
        const auto top = columnTops(columnModel(c), config_.sessionColumn(c), std::span<const Query>(&query, 1), n,
                                    config_, 1, {});
        const auto& t = top.front();
        const auto at = std::find(t.items.begin(), t.items.end(), item);
        if (at == t.items.end()) continue;
        contribution[c] = weights[c] * static_cast<double>(t.values[static_cast<std::size_t>(at - t.items.begin())]);
        total += contribution[c];
    }
    if (!(total > 0.0)) return out;
    for (std::size_t c = 0; c < columns; ++c) {
        if (!(contribution[c] > 0.0)) continue;
        Reason r;
        r.kind = ReasonKind::HybridComponent;
        r.component = config_.columnName(c);
        r.value = weights[c];
        r.contribution = contribution[c];
        r.share = contribution[c] / total;
        r.stage = static_cast<int>(stage);
        out.push_back(r);
        const Query asked = config_.sessionColumn(c) ? sessionPart(query) : query;
        for (Reason inner : columnModel(c).explain(asked, item)) {
            inner.share *= r.share;
            if (inner.component.empty()) inner.component = r.component;
            out.push_back(std::move(inner));
        }
    }
    return out;
}

std::uint64_t HybridRecommender::memoryBytes() const {
    std::uint64_t bytes = 0;
    for (const auto& c : components_) bytes += c->memoryBytes();
    return bytes + static_cast<std::uint64_t>(config_.columns()) * (analytics::kFunnelStageCount + 1) * sizeof(double);
}

void HybridRecommender::saveState(util::ByteWriter& out) const {
    out.put(static_cast<std::uint64_t>(components_.size()));
    for (const auto& c : components_) out.putVector(c->save());
    out.putVector(learned_.staticWeights);
    for (int s = 0; s < analytics::kFunnelStageCount; ++s) {
        const auto i = static_cast<std::size_t>(s);
        out.putVector(learned_.stageWeights[i]);
        out.put(learned_.stageLists[i]);
        out.put(static_cast<std::uint8_t>(learned_.stageLearned[i] ? 1 : 0));
        out.put(learned_.stageNdcg[i]);
    }
    out.put(learned_.staticNdcg);
}

void HybridRecommender::loadState(util::ByteReader& in, const TrainingSet& train) {
    config_ = readConfig(parameters(), id());
    const auto count = in.get<std::uint64_t>();
    if (count != config_.components.size())
        util::fail(util::MessageCode::InternalError, {id() + ": saved component count differs from its parameters"});
    components_.clear();
    for (std::size_t c = 0; c < count; ++c) {
        auto model = makeComponent(config_, config_.components[c], id());
        const auto blob = in.getVector<std::byte>();
        model->load(blob, borrowed(train));
        components_.push_back(std::move(model));
    }
    const std::size_t columns = config_.columns();
    learned_.staticWeights = in.getVector<double>();
    bool sizesOk = learned_.staticWeights.size() == columns;
    for (int s = 0; s < analytics::kFunnelStageCount; ++s) {
        const auto i = static_cast<std::size_t>(s);
        learned_.stageWeights[i] = in.getVector<double>();
        sizesOk = sizesOk && learned_.stageWeights[i].size() == columns;
        learned_.stageLists[i] = in.get<std::uint64_t>();
        learned_.stageLearned[i] = in.get<std::uint8_t>() != 0;
        learned_.stageNdcg[i] = in.get<double>();
    }
    learned_.staticNdcg = in.get<double>();
    if (!sizesOk) util::fail(util::MessageCode::InternalError, {id() + ": saved weights do not match the columns"});
}

} // namespace vitrina::models::hybrid
