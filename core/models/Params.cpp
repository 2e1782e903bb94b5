#include "models/Params.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <sstream>

#include "models/ParamsJson.h"

namespace vitrina::models {

using util::MessageCode;

std::string paramText(const ParamValue& value) {
    if (const auto* s = std::get_if<std::string>(&value)) return *s;
    return toJson(value).dump();
}

bool sameParamValue(const ParamValue& a, const ParamValue& b) {
    const auto number = [](const ParamValue& v, double& out) {
        if (const auto* i = std::get_if<long long>(&v)) out = static_cast<double>(*i);
        else if (const auto* d = std::get_if<double>(&v)) out = *d;
        else return false;
        return true;
    };
    double x = 0.0, y = 0.0;
    if (number(a, x) && number(b, y)) return x == y;
    return a == b;
}

void ParamValues::set(std::string name, ParamValue value) {
    const auto at = std::lower_bound(entries_.begin(), entries_.end(), name,
                                     [](const Entry& e, const std::string& key) { return e.first < key; });
    if (at != entries_.end() && at->first == name) at->second = std::move(value);
    else entries_.insert(at, Entry{std::move(name), std::move(value)});
}

const ParamValue* ParamValues::find(std::string_view name) const {
    const auto at = std::lower_bound(entries_.begin(), entries_.end(), name,
                                     [](const Entry& e, std::string_view key) { return e.first < key; });
    return at != entries_.end() && at->first == name ? &at->second : nullptr;
}

bool ParamValues::operator==(const ParamValues& other) const {
    return std::equal(entries_.begin(), entries_.end(), other.entries_.begin(), other.entries_.end(),
                      [](const Entry& a, const Entry& b) { return a.first == b.first && sameParamValue(a.second, b.second); });
}

ParamSpec ParamSpec::integer(std::string_view name, long long def, long long lo, long long hi,
                             util::MessageCode description) {
    return {name, Type::Int, def, static_cast<double>(lo), static_cast<double>(hi), {}, description};
}

ParamSpec ParamSpec::real(std::string_view name, double def, double lo, double hi, util::MessageCode description) {
    return {name, Type::Double, def, lo, hi, {}, description};
}

ParamSpec ParamSpec::boolean(std::string_view name, bool def, util::MessageCode description) {
    return {name, Type::Bool, def, 0.0, 0.0, {}, description};
}

ParamSpec ParamSpec::choice(std::string_view name, std::string_view def, std::vector<std::string_view> choices,
                            util::MessageCode description) {
    return {name, Type::Choice, std::string(def), 0.0, 0.0, std::move(choices), description};
}

ParamSpec ParamSpec::text(std::string_view name, std::string_view def, util::MessageCode description) {
    return {name, Type::Text, std::string(def), 0.0, 0.0, {}, description};
}

ParamSpecs joinSpecs(ParamSpecs first, const ParamSpecs& second) {
    first.insert(first.end(), second.begin(), second.end());
    return first;
}

namespace {

std::string rangeText(const ParamSpec& s) {
    std::ostringstream out;
    out << "[" << s.min << ", " << s.max << "]";
    return out.str();
}

double toNumber(const ParamValue& v, const std::string& full, bool integer) {
    const MessageCode notNumber = integer ? MessageCode::ParameterNotInteger : MessageCode::ParameterNotNumber;
    double x = 0.0;
    if (const auto* i = std::get_if<long long>(&v)) {
        x = static_cast<double>(*i);
    } else if (const auto* d = std::get_if<double>(&v)) {
        x = *d;
    } else if (const auto* s = std::get_if<std::string>(&v)) {
        const auto [ptr, ec] = std::from_chars(s->data(), s->data() + s->size(), x);
        if (ec != std::errc() || ptr != s->data() + s->size() || s->empty())
            util::failParameter(full, notNumber, {full, *s});
    } else {
        util::failParameter(full, notNumber, {full, paramText(v)});
    }
    if (!std::isfinite(x)) util::failParameter(full, MessageCode::ParameterNotNumber, {full, paramText(v)});
    if (integer && x != std::floor(x)) util::failParameter(full, MessageCode::ParameterNotInteger, {full, paramText(v)});
    return x;
}

ParamValue validated(const ParamSpec& s, const ParamValue& value, const std::string& full) {
    switch (s.type) {
    case ParamSpec::Type::Int:
    case ParamSpec::Type::Double: {
        const bool isInt = s.type == ParamSpec::Type::Int;
        const double x = toNumber(value, full, isInt);
        if (x < s.min || x > s.max)
            util::failParameter(full, MessageCode::ParameterOutOfRange, {full, paramText(value), rangeText(s)});
        if (isInt) return static_cast<long long>(x);
        return x;
    }
    case ParamSpec::Type::Bool: {
        if (const auto* b = std::get_if<bool>(&value)) return *b;
        const auto* t = std::get_if<std::string>(&value);
        if (t && (*t == "true" || *t == "1" || *t == "yes")) return true;
        if (t && (*t == "false" || *t == "0" || *t == "no")) return false;
        util::failParameter(full, MessageCode::ParameterBadType, {full, "true or false"});
    }
    case ParamSpec::Type::Choice: {
        std::string options;
        for (const auto& c : s.choices) options += (options.empty() ? "" : ", ") + std::string(c);
        const auto* v = std::get_if<std::string>(&value);
        if (!v) util::failParameter(full, MessageCode::ParameterBadChoice, {full, paramText(value), options});
        if (std::find(s.choices.begin(), s.choices.end(), *v) == s.choices.end())
            util::failParameter(full, MessageCode::ParameterBadChoice, {full, *v, options});
        return *v;
    }
    case ParamSpec::Type::Text: {
        const auto* v = std::get_if<std::string>(&value);
        if (!v) util::failParameter(full, MessageCode::ParameterBadType, {full, "text"});
        return *v;
    }
    }
    util::fail(MessageCode::InternalError, {"unknown parameter type of " + full});
}

} // namespace

Params Params::validate(const ParamSpecs& specs, const ParamValues& given, const std::string& prefix) {
    const auto fullName = [&](std::string_view n) { return prefix.empty() ? std::string(n) : prefix + "." + std::string(n); };
    for (const auto& entry : given) {
        const std::string& key = entry.first; // a plain reference: clang 14 cannot capture structured bindings
        if (std::none_of(specs.begin(), specs.end(), [&](const ParamSpec& s) { return s.name == key; }))
            util::failParameter(fullName(key), MessageCode::ParameterUnknown, {fullName(key)});
    }
    Params p;
    for (const auto& s : specs) {
        const ParamValue* value = given.find(s.name);
        p.values_.set(std::string(s.name), validated(s, value ? *value : s.defaultValue, fullName(s.name)));
    }
    return p;
}

Params Params::validate(const ParamSpecs& specs, const nlohmann::json& given, const std::string& prefix) {
    return validate(specs, paramValuesFromJson(given, prefix), prefix);
}

const ParamValue& Params::at(std::string_view name) const {
    const ParamValue* v = values_.find(name);
    if (!v) util::fail(MessageCode::InternalError, {"no parameter named '" + std::string(name) + "'"});
    return *v;
}

long long Params::integer(std::string_view name) const { return std::get<long long>(at(name)); }
double Params::real(std::string_view name) const { return std::get<double>(at(name)); }
bool Params::boolean(std::string_view name) const { return std::get<bool>(at(name)); }
std::string Params::choice(std::string_view name) const { return std::get<std::string>(at(name)); }
std::string Params::text(std::string_view name) const { return std::get<std::string>(at(name)); }

} // namespace vitrina::models
