#pragma once
// Hyperparameters as JSON with a declared schema. Validation never silently replaces a value: an unknown key,
// a wrong type or an out-of-range value is a util::Error naming the parameter ("als.factors").
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace vitrina::models {

struct ParamSpec {
    enum class Type { Int, Double, Bool, Choice, Text };
    std::string name;
    Type type = Type::Double;
    nlohmann::json defaultValue;
    double min = 0.0;                 ///< inclusive bounds for Int / Double
    double max = 0.0;
    std::vector<std::string> choices; ///< for Choice
    std::string description;          ///< English, one line (the GUI translates by model id + name)

    static ParamSpec integer(std::string name, long long def, long long lo, long long hi, std::string description);
    static ParamSpec real(std::string name, double def, double lo, double hi, std::string description);
    static ParamSpec boolean(std::string name, bool def, std::string description);
    static ParamSpec choice(std::string name, std::string def, std::vector<std::string> choices,
                            std::string description);
    /// Free text (e.g. a comma-separated list of model ids); the model checks its content.
    static ParamSpec text(std::string name, std::string def, std::string description);
};

/// Validated parameter values (every declared key present).
class Params {
public:
    Params() = default;
    /// Validates `given` (an object; missing keys take defaults) against `specs`. `prefix` names the model in
    /// messages ("als" -> "als.factors"). Strings holding numbers are accepted for Int/Double/Bool (CLI values).
    static Params validate(const std::vector<ParamSpec>& specs, const nlohmann::json& given, const std::string& prefix);

    long long integer(const std::string& name) const;
    double real(const std::string& name) const;
    bool boolean(const std::string& name) const;
    std::string choice(const std::string& name) const;
    std::string text(const std::string& name) const;
    const nlohmann::json& json() const { return values_; }

private:
    nlohmann::json values_ = nlohmann::json::object();
};

} // namespace vitrina::models
