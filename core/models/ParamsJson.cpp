#include "models/ParamsJson.h"

#include <limits>

namespace vitrina::models {

using nlohmann::json;

json toJson(const ParamValue& value) {
    struct Visitor {
        json operator()(std::monostate) const { return nullptr; }
        json operator()(bool b) const { return b; }
        json operator()(long long i) const { return i; }
        json operator()(double d) const { return d; }
        json operator()(const std::string& s) const { return s; }
        json operator()(const StructuredValue& v) const {
            json parsed = json::parse(v.json, nullptr, false);
            return parsed.is_discarded() ? json(v.json) : parsed;
        }
    };
    return std::visit(Visitor{}, value);
}

json toJson(const ParamValues& values) {
    json out = json::object();
    for (const auto& [name, value] : values) out[name] = toJson(value);
    return out;
}

ParamValue paramValueFromJson(const json& value) {
    switch (value.type()) {
    case json::value_t::null: return std::monostate{};
    case json::value_t::boolean: return value.get<bool>();
    case json::value_t::number_integer: return value.get<long long>();
    case json::value_t::number_unsigned: {
        const auto u = value.get<unsigned long long>();
        if (u <= static_cast<unsigned long long>(std::numeric_limits<long long>::max())) return static_cast<long long>(u);
        return static_cast<double>(u);
    }
    case json::value_t::number_float: return value.get<double>();
    case json::value_t::string: return value.get<std::string>();
    default: return StructuredValue{value.dump()};
    }
}

ParamValues paramValuesFromJson(const json& object, const std::string& prefix) {
    ParamValues out;
    if (object.is_null()) return out;
    if (!object.is_object())
        util::failParameter(prefix, util::MessageCode::ParameterBadType, {prefix, "an object of parameters"});
    for (const auto& [name, value] : object.items()) out.set(name, paramValueFromJson(value));
    return out;
}

} // namespace vitrina::models
