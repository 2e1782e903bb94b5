#pragma once
// The model catalogue as JSON (vitrina-cli models): every model with its family, English name and
// description, parameters (type, default, range or choices, English help) and capabilities, then the
// re-rankers that compose with any model as "<model>+<suffix>".
#include <nlohmann/json.hpp>

#include "models/Catalogue.h"

namespace vitrina::report {

nlohmann::json toJson(const models::ParamSpec& spec);
nlohmann::json toJson(const models::Capabilities& capabilities);
nlohmann::json toJson(const models::ModelEntry& entry);
nlohmann::json toJson(const models::RerankerEntry& entry);
/// {"models": [...], "rerankers": [...]}
nlohmann::json catalogueJson();

} // namespace vitrina::report
