#pragma once
// Parameter values to and from JSON, for the few places that read or write JSON (the CLI, the project file,
// the evaluation report). Kept apart from Params.h so that the models' headers do not pull in nlohmann/json.
#include <string>

#include <nlohmann/json.hpp>

#include "models/Params.h"

namespace vitrina::models {

nlohmann::json toJson(const ParamValue& value);
/// A JSON object, names ascending.
nlohmann::json toJson(const ParamValues& values);
/// One JSON value as a ParamValue (objects and arrays become a StructuredValue).
ParamValue paramValueFromJson(const nlohmann::json& value);
/// The members of a JSON object; null gives no values. Anything else is a util::Error naming `prefix`
/// ("als": "Parameter 'als' has the wrong type: expected an object of parameters").
ParamValues paramValuesFromJson(const nlohmann::json& object, const std::string& prefix);

} // namespace vitrina::models
