// The hybrid's parameters, its components, column scoring over many queries and the weight learning.
#include <algorithm>
#include <atomic>
#include <sstream>

#include <nlohmann/json.hpp>

#include "models/Catalogue.h"
#include "models/ParamsJson.h"
#include "models/hybrid/HybridModel.h"
#include "util/Message.h"
#include "util/Parallel.h"

namespace vitrina::models::hybrid {
namespace {

std::vector<std::string> splitIds(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream in(text);
    for (std::string part; std::getline(in, part, ',');) {
        part.erase(0, part.find_first_not_of(" \t"));
        part.erase(part.find_last_not_of(" \t") + 1);
        if (!part.empty()) out.push_back(part);
    }
    return out;
}

bool declares(const Recommender& model, std::string_view name) {
    for (const auto& s : model.parameterSpecs())
        if (s.name == name) return true;
    return false;
}

} // namespace

const ParamSpecs& hybridParameterSpecs() {
    using util::MessageCode;
    static const ParamSpecs specs = {
        ParamSpec::text("components", "popular,recent,itemknn,als,vsknn,cooc", MessageCode::ParamHybridComponents),
        ParamSpec::text("session_views", "itemknn,cooc", MessageCode::ParamHybridSessionViews),
        ParamSpec::integer("pool", 50, 10, 1000, MessageCode::ParamHybridPool),
        ParamSpec::choice("normalisation", "rank", {"rank", "minmax"}, MessageCode::ParamHybridNormalisation),
        ParamSpec::integer("validation_days", 7, 1, 365, MessageCode::ParamHybridValidationDays),
        ParamSpec::integer("max_validation_lists", 20000, 100, 10'000'000, MessageCode::ParamHybridMaxValidationLists),
        ParamSpec::integer("min_stage_lists", 200, 1, 10'000'000, MessageCode::ParamHybridMinStageLists),
        ParamSpec::integer("passes", 4, 1, 50, MessageCode::ParamHybridPasses),
        ParamSpec::real("validation_effort", 0.34, 0.05, 1.0, MessageCode::ParamHybridValidationEffort),
        ParamSpec::real("weight_view", 1.0, 0.0, 1000.0, MessageCode::ParamHybridWeightView),
        ParamSpec::real("weight_cart", 3.0, 0.0, 1000.0, MessageCode::ParamWeightCart),
        ParamSpec::real("weight_buy", 5.0, 0.0, 1000.0, MessageCode::ParamWeightBuy),
        ParamSpec::text("component_params", "{}", MessageCode::ParamHybridComponentParams),
    };
    return specs;
}

std::string HybridConfig::columnName(std::size_t column) const {
    return column < components.size() ? components[column] : sessionViews[column - components.size()] + "@session";
}

std::size_t HybridConfig::componentOf(std::size_t column) const {
    if (column < components.size()) return column;
    const std::string& id = sessionViews[column - components.size()];
    return static_cast<std::size_t>(std::find(components.begin(), components.end(), id) - components.begin());
}

HybridConfig readConfig(const Params& params, const std::string& prefix) {
    HybridConfig c;
    const auto name = [&](const char* key) { return prefix + "." + key; };
    c.components = splitIds(params.text("components"));
    if (c.components.empty())
        util::failParameter(name("components"), util::MessageCode::ParameterOutOfRange,
                            {name("components"), params.text("components"), "at least one model id"});
    const auto blendable = [](const ModelEntry& m) { return m.family != Family::Hybrid; };
    std::string known;
    for (const auto& m : modelCatalogue())
        if (blendable(m)) known += (known.empty() ? "" : ", ") + m.id;
    for (std::size_t i = 0; i < c.components.size(); ++i) {
        const std::string& id = c.components[i];
        const ModelEntry* entry = findModel(id);
        const bool found = entry && blendable(*entry);
        const bool twice = std::find(c.components.begin(), c.components.begin() + static_cast<std::ptrdiff_t>(i), id) !=
                           c.components.begin() + static_cast<std::ptrdiff_t>(i);
        if (!found || twice) util::failParameter(name("components"), util::MessageCode::ParameterBadChoice, {name("components"), id, known});
    }
    for (const auto& id : splitIds(params.text("session_views"))) {
        if (std::find(c.components.begin(), c.components.end(), id) == c.components.end() ||
            std::find(c.sessionViews.begin(), c.sessionViews.end(), id) != c.sessionViews.end())
            util::failParameter(name("session_views"), util::MessageCode::ParameterBadChoice,
                                {name("session_views"), id, params.text("components")});
        c.sessionViews.push_back(id);
    }
    c.pool = static_cast<std::size_t>(params.integer("pool"));
    c.normalisation = params.choice("normalisation") == "minmax" ? Normalisation::MinMax : Normalisation::Rank;
    c.validationDays = static_cast<int>(params.integer("validation_days"));
    c.maxValidationLists = static_cast<std::uint64_t>(params.integer("max_validation_lists"));
    c.minStageLists = static_cast<std::uint64_t>(params.integer("min_stage_lists"));
    c.passes = static_cast<int>(params.integer("passes"));
    c.validationEffort = params.real("validation_effort");
    c.eventWeights.view = static_cast<float>(params.real("weight_view"));
    c.eventWeights.addToCart = static_cast<float>(params.real("weight_cart"));
    c.eventWeights.transaction = static_cast<float>(params.real("weight_buy"));
    if (!(c.eventWeights.view + c.eventWeights.addToCart + c.eventWeights.transaction > 0.0f))
        util::failParameter(name("weight_view"), util::MessageCode::ParameterOutOfRange,
                            {name("weight_view"), "0", "a positive sum of the three event weights"});
    const std::string text = params.text("component_params");
    const nlohmann::json given = nlohmann::json::parse(text.empty() ? "{}" : text, nullptr, false);
    if (given.is_discarded() || !given.is_object())
        util::failParameter(name("component_params"), util::MessageCode::ParameterBadType,
                            {name("component_params"), "a JSON object {\"model\": {\"key\": value}}"});
    for (const auto& [id, value] : given.items()) {
        if (std::find(c.components.begin(), c.components.end(), id) == c.components.end())
            util::failParameter(name("component_params"), util::MessageCode::ParameterBadChoice,
                                {name("component_params"), id, params.text("components")});
        if (!value.is_object())
            util::failParameter(name("component_params"), util::MessageCode::ParameterBadType,
                                {name("component_params") + "." + id, "an object of parameters"});
        c.componentParams[id] = paramValuesFromJson(value, name("component_params") + "." + id);
        makeComponent(c, id, prefix); // validates the component's parameters now, naming them
    }
    return c;
}

std::unique_ptr<Recommender> makeComponent(const HybridConfig& config, const std::string& id, const std::string& prefix) {
    auto model = createModel(id);
    const auto given = config.componentParams.find(id);
    ParamValues params = given != config.componentParams.end() ? given->second : ParamValues{};
    if (declares(*model, "weight_view")) {
        if (!params.contains("weight_view")) params.set("weight_view", static_cast<double>(config.eventWeights.view));
        if (!params.contains("weight_cart")) params.set("weight_cart", static_cast<double>(config.eventWeights.addToCart));
        if (!params.contains("weight_buy")) params.set("weight_buy", static_cast<double>(config.eventWeights.transaction));
    }
    try {
        model->setParameters(params);
    } catch (util::Error& e) {
        util::Message m = e.message();
        m.parameter = prefix + ".component_params." + m.parameter;
        throw util::Error(std::move(m));
    }
    return model;
}

Query sessionPart(const Query& query) {
    Query q = query;
    const std::size_t from = std::min(query.sessionBegin, query.items.size());
    q.items = query.items.subspan(from);
    q.types = query.types.subspan(from);
    q.times = query.times.subspan(from);
    q.sessionBegin = 0;
    return q;
}

std::vector<ColumnTop> columnTops(const Recommender& model, bool sessionOnly, std::span<const Query> queries,
                                  std::size_t items, const HybridConfig& config, int threads,
                                  const util::Progress& progress) {
    constexpr std::size_t kBlock = 32;
    std::vector<ColumnTop> out(queries.size());
    const std::size_t blocks = (queries.size() + kBlock - 1) / kBlock;
    std::atomic<std::size_t> done{0};
    const bool sparse = model.scoreKind() == ScoreKind::Sparse;
    util::parallelFor(blocks, threads, 1, [&](std::size_t b) {
        progress.check();
        thread_local std::vector<float> buffer;
        thread_local std::vector<Query> block;
        const std::size_t begin = b * kBlock, count = std::min(kBlock, queries.size() - begin);
        block.clear();
        std::vector<std::size_t> slot;
        for (std::size_t q = 0; q < count; ++q) {
            const Query query = sessionOnly ? sessionPart(queries[begin + q]) : queries[begin + q];
            if (sessionOnly && query.empty()) continue; // no current session: the column is empty
            block.push_back(query);
            slot.push_back(begin + q);
        }
        if (block.empty()) return;
        if (sparse) { // only what each query touches (SparseScores.h)
            thread_local std::vector<SparseRow> rows;
            rows.resize(block.size());
            model.scoreSparseBlock(block, std::span<SparseRow>(rows.data(), block.size()));
            for (std::size_t q = 0; q < block.size(); ++q) out[slot[q]] = normaliseTop(rows[q], config.pool, config.normalisation);
        } else {
            if (model.scoresEveryItem()) buffer.resize(block.size() * items);
            else buffer.assign(block.size() * items, 0.0f);
            model.scoreBlock(block, buffer);
            for (std::size_t q = 0; q < block.size(); ++q)
                out[slot[q]] = normaliseTop(std::span<const float>(buffer).subspan(q * items, items), config.pool, sparse,
                                            config.normalisation);
        }
        const std::size_t finished = done.fetch_add(1) + 1;
        if (b % 16 == 0) progress.set(static_cast<double>(finished) / static_cast<double>(blocks));
    });
    return out;
}

LearnedWeights learnWeights(const PoolSet& pools, const std::vector<std::uint8_t>& active, const HybridConfig& config,
                            int threads) {
    LearnedWeights out;
    WeightSearch search;
    search.passes = config.passes;
    search.active = active;
    search.threads = threads;
    const WeightResult all = searchWeights(pools, search);
    out.staticWeights = all.weights;
    out.staticNdcg = all.ndcg;
    for (int s = 0; s < analytics::kFunnelStageCount; ++s) {
        WeightSearch stage = search;
        for (std::size_t i = 0; i < pools.size(); ++i)
            if (pools.stage(i) == s) stage.lists.push_back(static_cast<std::uint32_t>(i));
        out.stageLists[static_cast<std::size_t>(s)] = stage.lists.size();
        auto& w = out.stageWeights[static_cast<std::size_t>(s)];
        if (stage.lists.size() < config.minStageLists || stage.lists.empty()) {
            w = out.staticWeights;
            out.stageNdcg[static_cast<std::size_t>(s)] =
                stage.lists.empty() ? 0.0 : meanPoolNdcg(pools, w, stage.lists, threads);
            continue;
        }
        stage.start = out.staticWeights;
        const WeightResult r = searchWeights(pools, stage);
        w = r.weights;
        out.stageNdcg[static_cast<std::size_t>(s)] = r.ndcg;
        out.stageLearned[static_cast<std::size_t>(s)] = true;
    }
    return out;
}

} // namespace vitrina::models::hybrid
