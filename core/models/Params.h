#pragma once
// Hyperparameters: each model declares its parameters once, as static data (ParamSpec lists that its catalogue
// entry points to, models/Catalogue.h), and values travel as ParamValues, a small name -> value map that keeps
// JSON out of the headers (models/ParamsJson.h converts). Validation never silently replaces a value: an
// unknown key, a wrong type or an out-of-range value is a util::Error naming the parameter ("als.factors").
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "util/Message.h"

namespace vitrina::models {

/// A JSON object or array given where a single value belongs (kept as its JSON text, so that the message
/// naming the parameter can show it).
struct StructuredValue {
    std::string json;
    bool operator==(const StructuredValue&) const = default;
};

/// One parameter value, as given (CLI text, GUI field, stored JSON) or validated (Int -> long long, Double ->
/// double, Bool -> bool, Choice and Text -> std::string). std::monostate stands for JSON null.
using ParamValue = std::variant<std::monostate, bool, long long, double, std::string, StructuredValue>;

/// The value as a message shows it: strings bare, everything else as JSON writes it ("64", "0.5", "true").
std::string paramText(const ParamValue& value);
/// Equal values; numbers compare by value across integer and floating point (64 == 64.0), as JSON does.
bool sameParamValue(const ParamValue& a, const ParamValue& b);

/// Parameter values by name (names ascending, each at most once).
class ParamValues {
public:
    using Entry = std::pair<std::string, ParamValue>;

    /// Sets (or replaces) the value of `name`.
    void set(std::string name, ParamValue value);
    /// The value of `name`, or nullptr.
    const ParamValue* find(std::string_view name) const;
    bool contains(std::string_view name) const { return find(name) != nullptr; }
    bool empty() const { return entries_.empty(); }
    std::size_t size() const { return entries_.size(); }
    std::vector<Entry>::const_iterator begin() const { return entries_.begin(); }
    std::vector<Entry>::const_iterator end() const { return entries_.end(); }
    /// Same names with sameParamValue values.
    bool operator==(const ParamValues& other) const;

private:
    std::vector<Entry> entries_;
};

struct ParamSpec {
    enum class Type : std::uint8_t { Int, Double, Bool, Choice, Text };
    std::string_view name;
    Type type = Type::Double;
    ParamValue defaultValue;
    double min = 0.0;                      ///< inclusive bounds for Int / Double
    double max = 0.0;
    std::vector<std::string_view> choices; ///< for Choice
    /// One line of English help as a message code (core/util/MessageCodesModels.def); the GUI translates it.
    util::MessageCode description{};

    static ParamSpec integer(std::string_view name, long long def, long long lo, long long hi,
                             util::MessageCode description);
    static ParamSpec real(std::string_view name, double def, double lo, double hi, util::MessageCode description);
    static ParamSpec boolean(std::string_view name, bool def, util::MessageCode description);
    static ParamSpec choice(std::string_view name, std::string_view def, std::vector<std::string_view> choices,
                            util::MessageCode description);
    /// Free text (e.g. a comma-separated list of model ids); the model checks its content.
    static ParamSpec text(std::string_view name, std::string_view def, util::MessageCode description);
};

using ParamSpecs = std::vector<ParamSpec>;

/// `first` followed by `second` (a model's own specs and a shared group such as the event weights).
ParamSpecs joinSpecs(ParamSpecs first, const ParamSpecs& second);

/// Validated parameter values (every declared key present, each of its declared type).
class Params {
public:
    Params() = default;
    /// Validates `given` (missing keys take defaults) against `specs`. `prefix` names the model in messages
    /// ("als" -> "als.factors"). Strings holding numbers are accepted for Int/Double/Bool (CLI values).
    static Params validate(const ParamSpecs& specs, const ParamValues& given, const std::string& prefix);
    /// The same from a JSON object (null = no values); anything else is a util::Error naming `prefix`.
    static Params validate(const ParamSpecs& specs, const nlohmann::json& given, const std::string& prefix);

    long long integer(std::string_view name) const;
    double real(std::string_view name) const;
    bool boolean(std::string_view name) const;
    std::string choice(std::string_view name) const;
    std::string text(std::string_view name) const;
    const ParamValues& values() const { return values_; }
    bool operator==(const Params& other) const { return values_ == other.values_; }

private:
    ParamValues values_;
    const ParamValue& at(std::string_view name) const;
};

} // namespace vitrina::models
