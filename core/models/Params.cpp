#include "models/Params.h"

#include <charconv>
#include <cmath>
#include <sstream>

#include "util/Message.h"

namespace vitrina::models {

using nlohmann::json;
using util::MessageCode;

ParamSpec ParamSpec::integer(std::string name, long long def, long long lo, long long hi, std::string description) {
    ParamSpec s;
    s.name = std::move(name);
    s.type = Type::Int;
    s.defaultValue = def;
    s.min = static_cast<double>(lo);
    s.max = static_cast<double>(hi);
    s.description = std::move(description);
    return s;
}

ParamSpec ParamSpec::real(std::string name, double def, double lo, double hi, std::string description) {
    ParamSpec s;
    s.name = std::move(name);
    s.type = Type::Double;
    s.defaultValue = def;
    s.min = lo;
    s.max = hi;
    s.description = std::move(description);
    return s;
}

ParamSpec ParamSpec::boolean(std::string name, bool def, std::string description) {
    ParamSpec s;
    s.name = std::move(name);
    s.type = Type::Bool;
    s.defaultValue = def;
    s.description = std::move(description);
    return s;
}

ParamSpec ParamSpec::choice(std::string name, std::string def, std::vector<std::string> choices,
                            std::string description) {
    ParamSpec s;
    s.name = std::move(name);
    s.type = Type::Choice;
    s.defaultValue = std::move(def);
    s.choices = std::move(choices);
    s.description = std::move(description);
    return s;
}

ParamSpec ParamSpec::text(std::string name, std::string def, std::string description) {
    ParamSpec s;
    s.name = std::move(name);
    s.type = Type::Text;
    s.defaultValue = std::move(def);
    s.description = std::move(description);
    return s;
}

namespace {

std::string shown(const json& v) { return v.is_string() ? v.get<std::string>() : v.dump(); }

std::string rangeText(const ParamSpec& s) {
    std::ostringstream out;
    out << "[" << s.min << ", " << s.max << "]";
    return out.str();
}

double toNumber(const json& v, const std::string& full, bool integer) {
    double x = 0.0;
    if (v.is_number()) {
        x = v.get<double>();
    } else if (v.is_string()) {
        const std::string s = v.get<std::string>();
        const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), x);
        if (ec != std::errc() || ptr != s.data() + s.size() || s.empty())
            util::failParameter(full, integer ? MessageCode::ParameterNotInteger : MessageCode::ParameterNotNumber,
                                {full, s});
    } else {
        util::failParameter(full, integer ? MessageCode::ParameterNotInteger : MessageCode::ParameterNotNumber,
                            {full, shown(v)});
    }
    if (!std::isfinite(x))
        util::failParameter(full, MessageCode::ParameterNotNumber, {full, shown(v)});
    if (integer && x != std::floor(x))
        util::failParameter(full, MessageCode::ParameterNotInteger, {full, shown(v)});
    return x;
}

} // namespace

Params Params::validate(const std::vector<ParamSpec>& specs, const nlohmann::json& given, const std::string& prefix) {
    const auto fullName = [&](const std::string& n) { return prefix.empty() ? n : prefix + "." + n; };
    if (!given.is_null() && !given.is_object())
        util::failParameter(prefix, MessageCode::ParameterBadType, {prefix, "an object of parameters"});
    if (given.is_object()) {
        for (const auto& [key, value] : given.items()) {
            bool known = false;
            for (const auto& s : specs) known = known || s.name == key;
            if (!known) util::failParameter(fullName(key), MessageCode::ParameterUnknown, {fullName(key)});
        }
    }
    Params p;
    for (const auto& s : specs) {
        const std::string full = fullName(s.name);
        const nlohmann::json value = given.is_object() && given.contains(s.name) ? given.at(s.name) : s.defaultValue;
        switch (s.type) {
        case ParamSpec::Type::Int:
        case ParamSpec::Type::Double: {
            const bool isInt = s.type == ParamSpec::Type::Int;
            const double x = toNumber(value, full, isInt);
            if (x < s.min || x > s.max)
                util::failParameter(full, MessageCode::ParameterOutOfRange, {full, shown(value), rangeText(s)});
            if (isInt) p.values_[s.name] = static_cast<long long>(x);
            else p.values_[s.name] = x;
            break;
        }
        case ParamSpec::Type::Bool: {
            if (value.is_boolean()) {
                p.values_[s.name] = value.get<bool>();
            } else if (value.is_string() && (value == "true" || value == "1" || value == "yes")) {
                p.values_[s.name] = true;
            } else if (value.is_string() && (value == "false" || value == "0" || value == "no")) {
                p.values_[s.name] = false;
            } else {
                util::failParameter(full, MessageCode::ParameterBadType, {full, "true or false"});
            }
            break;
        }
        case ParamSpec::Type::Choice: {
            std::string options;
            for (const auto& c : s.choices) options += (options.empty() ? "" : ", ") + c;
            if (!value.is_string())
                util::failParameter(full, MessageCode::ParameterBadChoice, {full, shown(value), options});
            const std::string v = value.get<std::string>();
            bool ok = false;
            for (const auto& c : s.choices) ok = ok || c == v;
            if (!ok) util::failParameter(full, MessageCode::ParameterBadChoice, {full, v, options});
            p.values_[s.name] = v;
            break;
        }
        case ParamSpec::Type::Text: {
            if (!value.is_string()) util::failParameter(full, MessageCode::ParameterBadType, {full, "text"});
            p.values_[s.name] = value.get<std::string>();
            break;
        }
        }
    }
    return p;
}

long long Params::integer(const std::string& name) const { return values_.at(name).get<long long>(); }
double Params::real(const std::string& name) const { return values_.at(name).get<double>(); }
bool Params::boolean(const std::string& name) const { return values_.at(name).get<bool>(); }
std::string Params::choice(const std::string& name) const { return values_.at(name).get<std::string>(); }
std::string Params::text(const std::string& name) const { return values_.at(name).get<std::string>(); }

} // namespace vitrina::models
