#include "abtest/Setup.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include "abtest/Assignment.h"
#include "stats/Checks.h"

namespace vitrina::abtest {
namespace {

using util::MessageCode;

constexpr std::uint32_t kMaxBootstrapResamples = 1'000'000;
constexpr int kMaxParametricArms = 26;
constexpr double kMaxHorizonHours = 8784.0; // 366 days, the replay's limit

[[noreturn]] void badType(const char* key, const char* expected) {
    util::failParameter(key, MessageCode::ParameterBadType, {key, expected});
}

using KindCheck = bool (nlohmann::json::*)() const noexcept;

/// The value of `key` if present, checked to be of the kind `isKind` accepts.
const nlohmann::json* field(const nlohmann::json& json, const char* key, KindCheck isKind, const char* expected) {
    const auto it = json.find(key);
    if (it == json.end()) return nullptr;
    if (!((*it).*isKind)()) badType(key, expected);
    return &*it;
}

void readBool(const nlohmann::json& json, const char* key, bool& out) {
    if (const auto* v = field(json, key, &nlohmann::json::is_boolean, "true or false")) out = v->get<bool>();
}

void readDouble(const nlohmann::json& json, const char* key, double& out) {
    if (const auto* v = field(json, key, &nlohmann::json::is_number, "a number")) out = v->get<double>();
}

void readString(const nlohmann::json& json, const char* key, std::string& out) {
    if (const auto* v = field(json, key, &nlohmann::json::is_string, "a text")) out = v->get<std::string>();
}

template <class Int> void readInteger(const nlohmann::json& json, const char* key, Int& out) {
    const nlohmann::json* v = field(json, key, &nlohmann::json::is_number_integer, "a whole number");
    if (!v) return;
    // Checked as the 64-bit value the JSON holds, so that nothing wraps around.
    const bool fits = v->is_number_unsigned() ? std::in_range<Int>(v->get<std::uint64_t>())
                                              : std::in_range<Int>(v->get<std::int64_t>());
    if (!fits)
        util::failParameter(key, MessageCode::ParameterOutOfRange,
                            {key, v->dump(), "[" + std::to_string(std::numeric_limits<Int>::min()) + ", " +
                                                 std::to_string(std::numeric_limits<Int>::max()) + "]"});
    out = v->get<Int>();
}

} // namespace

std::string_view decisionRuleName(DecisionRule rule) {
    switch (rule) {
    case DecisionRule::FixedHorizon: return "fixed-horizon";
    case DecisionRule::Sequential: return "sequential";
    case DecisionRule::Bayesian: return "bayesian";
    }
    return "?";
}

DecisionRule parseDecisionRule(std::string_view name) {
    for (const auto rule : {DecisionRule::FixedHorizon, DecisionRule::Sequential, DecisionRule::Bayesian})
        if (decisionRuleName(rule) == name) return rule;
    util::failParameter("rule", MessageCode::ParameterBadChoice,
                        {"rule", std::string(name), "fixed-horizon, sequential, bayesian"});
}

nlohmann::json setupToJson(const ExperimentSetup& s) {
    return {{"mode", s.mode == Mode::Replay ? "replay" : "parametric"},
            {"arms", s.arms},
            {"arm_params", s.armParams},
            {"aa", s.aa},
            {"model_seed", s.modelSeed},
            {"list_length", s.listLength},
            {"click_model", clickModelName(s.clickModel.kind)},
            {"click_decay", s.clickModel.decay},
            {"horizon_hours", s.horizonHours},
            {"session_gap_minutes", s.sessionGapMinutes},
            {"visitors", s.visitors},
            {"parametric_arms", s.parametricArms},
            {"baseline", s.baseline},
            {"lift", s.lift},
            {"split", s.split},
            {"days", s.days},
            {"seed", s.seed},
            {"metric", metricName(s.metric)},
            {"alpha", s.alpha},
            {"power", s.power},
            {"bootstrap_resamples", s.bootstrapResamples},
            {"tau2", s.tau2},
            {"planned_rate", s.plannedRate},
            {"planned_visitors_per_arm", s.plannedVisitorsPerArm},
            {"rule", static_cast<int>(s.rule)}};
}

ExperimentSetup setupFromJson(const nlohmann::json& json) {
    if (!json.is_object()) badType("setup", "an object");
    ExperimentSetup s;
    std::string text;
    if (json.contains("mode")) {
        readString(json, "mode", text);
        if (text != "replay" && text != "parametric")
            util::failParameter("mode", MessageCode::ParameterBadChoice, {"mode", text, "replay, parametric"});
        s.mode = text == "replay" ? Mode::Replay : Mode::Parametric;
    }
    if (const auto* arms = field(json, "arms", &nlohmann::json::is_array, "a list of model ids")) {
        s.arms.clear();
        for (const auto& arm : *arms) {
            if (!arm.is_string()) badType("arms", "a list of model ids");
            s.arms.push_back(arm.get<std::string>());
        }
    }
    if (const auto* params = field(json, "arm_params", &nlohmann::json::is_array, "a list of objects")) {
        for (const auto& p : *params) {
            if (!p.is_object() && !p.is_null()) badType("arm_params", "a list of objects");
            s.armParams.push_back(p.is_null() ? nlohmann::json::object() : p);
        }
    }
    readBool(json, "aa", s.aa);
    readInteger(json, "model_seed", s.modelSeed);
    readInteger(json, "list_length", s.listLength);
    if (json.contains("click_model")) {
        readString(json, "click_model", text);
        s.clickModel.kind = parseClickModel(text);
    }
    readDouble(json, "click_decay", s.clickModel.decay);
    readDouble(json, "horizon_hours", s.horizonHours);
    readInteger(json, "session_gap_minutes", s.sessionGapMinutes);
    readInteger(json, "visitors", s.visitors);
    readInteger(json, "parametric_arms", s.parametricArms);
    readDouble(json, "baseline", s.baseline);
    readDouble(json, "lift", s.lift);
    if (const auto* split = field(json, "split", &nlohmann::json::is_array, "a list of shares")) {
        for (const auto& share : *split) {
            if (!share.is_number()) badType("split", "a list of shares");
            s.split.push_back(share.get<double>());
        }
    }
    readInteger(json, "days", s.days);
    readInteger(json, "seed", s.seed);
    if (json.contains("metric")) {
        readString(json, "metric", text);
        s.metric = parseMetric(text);
    }
    readDouble(json, "alpha", s.alpha);
    readDouble(json, "power", s.power);
    readInteger(json, "bootstrap_resamples", s.bootstrapResamples);
    readDouble(json, "tau2", s.tau2);
    readDouble(json, "planned_rate", s.plannedRate);
    readDouble(json, "planned_visitors_per_arm", s.plannedVisitorsPerArm);
    int rule = 0;
    readInteger(json, "rule", rule);
    if (rule < 0 || rule > 2) util::failParameter("rule", MessageCode::ParameterOutOfRange, {"rule", std::to_string(rule), "[0, 2]"});
    s.rule = static_cast<DecisionRule>(rule);
    return s;
}

std::size_t armCount(const ExperimentSetup& s) {
    if (s.mode == Mode::Parametric) return static_cast<std::size_t>(std::max(0, s.parametricArms));
    return s.aa ? std::max<std::size_t>(2, s.arms.size()) : s.arms.size();
}

AnalysisOptions analysisOptions(const ExperimentSetup& s, int threads) {
    AnalysisOptions o;
    o.metric = s.metric;
    o.alpha = s.alpha;
    o.power = s.power;
    o.bootstrapResamples = s.bootstrapResamples;
    o.seed = s.seed;
    o.tau2 = s.tau2;
    o.plannedRate = s.plannedRate;
    o.plannedVisitorsPerArm = s.plannedVisitorsPerArm;
    o.threads = threads;
    if (s.mode == Mode::Parametric) {
        // The plan's tau^2 for the mSPRT: the planted baseline and the planned visitors per arm.
        if (o.plannedRate <= 0.0) o.plannedRate = s.baseline;
        if (o.plannedVisitorsPerArm <= 0.0)
            o.plannedVisitorsPerArm = static_cast<double>(s.visitors) / std::max(2, s.parametricArms);
    }
    return o;
}

ParametricOptions parametricOptions(const ExperimentSetup& s) {
    ParametricOptions o;
    o.rates = plantedRates(s.baseline, s.lift, static_cast<std::size_t>(std::max(2, s.parametricArms)));
    o.split = s.split;
    o.visitors = s.visitors;
    o.days = s.days;
    o.seed = s.seed;
    return o;
}

ReplayOptions replayOptions(const ExperimentSetup& s, int threads) {
    ReplayOptions o;
    for (std::size_t a = 0; a < s.arms.size(); ++a) {
        const bool given = a < s.armParams.size() && s.armParams[a].is_object();
        o.arms.push_back({s.arms[a], given ? s.armParams[a] : nlohmann::json::object(), ""});
    }
    if (s.aa && !o.arms.empty()) o.arms.assign(std::max<std::size_t>(2, o.arms.size()), o.arms.front());
    o.split = s.split;
    o.seed = s.seed;
    o.modelSeed = s.modelSeed;
    o.days = s.days;
    o.listLength = s.listLength;
    o.clickModel = s.clickModel;
    // Out of range (or not finite) gives 0, which requireReplayOptions reports naming "horizon".
    const bool horizonValid = s.horizonHours > 0.0 && s.horizonHours <= kMaxHorizonHours;
    o.horizonMs = horizonValid ? static_cast<std::int64_t>(std::llround(s.horizonHours * 3.6e6)) : 0;
    o.sessionGapMs = static_cast<std::int64_t>(s.sessionGapMinutes) * 60'000;
    o.threads = threads;
    return o;
}

void requireSetup(const ExperimentSetup& s) {
    if (s.bootstrapResamples > kMaxBootstrapResamples)
        util::failParameter("bootstrap", MessageCode::ParameterOutOfRange,
                            {"bootstrap", std::to_string(s.bootstrapResamples), "[0, 1000000]"});
    stats::requireOpenUnit("alpha", s.alpha);
    stats::requireOpenUnit("power", s.power);
    if (s.mode == Mode::Replay) {
        requireReplayOptions(replayOptions(s, 1));
        return;
    }
    if (s.parametricArms < 2 || s.parametricArms > kMaxParametricArms)
        util::failParameter("arms", MessageCode::ParameterOutOfRange,
                            {"arms", std::to_string(s.parametricArms), "[2, 26]"});
    requireParametricOptions(parametricOptions(s));
}

} // namespace vitrina::abtest
