// Lookups over the catalogue's table (models/Catalogue.h): ids, composed re-ranker ids, parameters, factories.
#include <algorithm>

#include "models/Catalogue.h"
#include "models/Recommender.h"

namespace vitrina::models {

std::string_view familyName(Family family) {
    switch (family) {
    case Family::Baseline: return "baseline";
    case Family::Neighbourhood: return "neighbourhood";
    case Family::Factorisation: return "factorisation";
    case Family::Session: return "session";
    case Family::Neural: return "neural";
    case Family::Hybrid: return "hybrid";
    }
    return "unknown";
}

std::string_view explainRuleName(ExplainRule rule) {
    switch (rule) {
    case ExplainRule::None: return "none";
    case ExplainRule::Additive: return "additive";
    case ExplainRule::Blend: return "blend";
    case ExplainRule::InputShares: return "input-shares";
    }
    return "unknown";
}

std::string ModelName::english() const {
    return hasCode_ ? std::string(util::codeEnglishFormat(code_)) : std::string(proper_);
}

const ModelEntry* findModel(std::string_view id) {
    for (const auto& e : modelCatalogue())
        if (e.id == id) return &e;
    return nullptr;
}

const ModelEntry* baseModel(std::string_view id) { return findModel(id.substr(0, id.find('+', 1))); }

const RerankerEntry* findReranker(std::string_view suffix) {
    for (const auto& e : rerankerCatalogue())
        if (e.suffix == suffix) return &e;
    return nullptr;
}

ModelIdParts parseModelId(const std::string& id) {
    // "<model>+<suffix>+<suffix>...": the model first, then each re-ranker wrapping what precedes it.
    ModelIdParts parts;
    std::size_t end = id.find('+', 1);
    const std::string modelId = id.substr(0, end);
    parts.model = findModel(modelId);
    if (!parts.model) {
        std::string known;
        for (const auto& e : modelCatalogue()) known += (known.empty() ? "" : ", ") + e.id;
        util::failParameter("models", util::MessageCode::ParameterBadChoice, {"models", modelId, known});
    }
    while (end != std::string::npos) {
        const std::size_t next = id.find('+', end + 1);
        const std::string suffix = id.substr(end + 1, next == std::string::npos ? std::string::npos : next - end - 1);
        const RerankerEntry* reranker = findReranker(suffix);
        if (!reranker) {
            std::string known;
            for (const auto& e : rerankerCatalogue()) known += (known.empty() ? "" : ", ") + e.suffix;
            util::failParameter("models", util::MessageCode::ParameterBadChoice, {"models", "+" + suffix, known});
        }
        // The same re-ranker twice in a chain would give two parameters one name.
        if (std::find(parts.rerankers.begin(), parts.rerankers.end(), reranker) != parts.rerankers.end())
            util::failParameter("models", util::MessageCode::ParameterBadChoice,
                                {"models", id.substr(0, next), "a chain using each re-ranker once"});
        parts.rerankers.push_back(reranker);
        end = next;
    }
    return parts;
}

ParamSpecs parameterSpecsOf(const std::string& id) {
    const ModelIdParts parts = parseModelId(id);
    ParamSpecs specs = parts.model->parameters;
    for (const RerankerEntry* r : parts.rerankers) specs = joinSpecs(std::move(specs), r->parameters);
    return specs;
}

Params validateParameters(const std::string& id, const ParamValues& given) {
    return Params::validate(parameterSpecsOf(id), given, id);
}

std::unique_ptr<Recommender> createModel(const std::string& id) {
    const ModelIdParts parts = parseModelId(id);
    std::unique_ptr<Recommender> model = parts.model->make();
    for (const RerankerEntry* r : parts.rerankers) model = r->wrap(std::move(model));
    return model;
}

} // namespace vitrina::models
