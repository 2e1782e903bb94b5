#include "report/CatalogueJson.h"

#include "models/ParamsJson.h"

namespace vitrina::report {

using nlohmann::json;

namespace {

std::string english(util::MessageCode code) { return std::string(util::codeEnglishFormat(code)); }

const char* typeName(models::ParamSpec::Type type) {
    switch (type) {
    case models::ParamSpec::Type::Int: return "int";
    case models::ParamSpec::Type::Double: return "double";
    case models::ParamSpec::Type::Bool: return "bool";
    case models::ParamSpec::Type::Choice: return "choice";
    case models::ParamSpec::Type::Text: return "text";
    }
    return "unknown";
}

json parameters(const models::ParamSpecs& specs) {
    json out = json::array();
    for (const auto& s : specs) out.push_back(toJson(s));
    return out;
}

} // namespace

json toJson(const models::ParamSpec& spec) {
    using Type = models::ParamSpec::Type;
    json j{{"name", std::string(spec.name)},
           {"type", typeName(spec.type)},
           {"default", models::toJson(spec.defaultValue)},
           {"description", english(spec.description)}};
    if (spec.type == Type::Int) {
        j["min"] = static_cast<long long>(spec.min);
        j["max"] = static_cast<long long>(spec.max);
    } else if (spec.type == Type::Double) {
        j["min"] = spec.min;
        j["max"] = spec.max;
    } else if (spec.type == Type::Choice) {
        json choices = json::array();
        for (const auto c : spec.choices) choices.push_back(std::string(c));
        j["choices"] = choices;
    }
    return j;
}

json toJson(const models::Capabilities& c) {
    return {{"explains", std::string(models::explainRuleName(c.explains))},
            {"fold_in", c.foldIn},
            {"session_protocols", c.sessionProtocols},
            {"saves", c.saves},
            {"dense_memory", c.denseMemory}};
}

json toJson(const models::ModelEntry& entry) {
    return {{"id", entry.id},
            {"family", std::string(models::familyName(entry.family))},
            {"name", entry.name.english()},
            {"description", english(entry.description)},
            {"parameters", parameters(entry.parameters)},
            {"capabilities", toJson(entry.capabilities)}};
}

json toJson(const models::RerankerEntry& entry) {
    return {{"suffix", entry.suffix},
            {"usage", "<model>+" + entry.suffix},
            {"name", entry.name.english()},
            {"description", english(entry.description)},
            {"parameters", parameters(entry.parameters)}};
}

json catalogueJson() {
    json models = json::array(), rerankers = json::array();
    for (const auto& e : models::modelCatalogue()) models.push_back(toJson(e));
    for (const auto& r : models::rerankerCatalogue()) rerankers.push_back(toJson(r));
    return {{"models", models}, {"rerankers", rerankers}};
}

} // namespace vitrina::report
