#include "abtestpage/AbTestRun.h"

#include <algorithm>

namespace vitrina::ui::abtestpage {

namespace ab = vitrina::abtest;

nlohmann::json AbTestSetup::toJson() const {
    return {{"mode", mode == ab::Mode::Replay ? "replay" : "parametric"},
            {"arms", arms},
            {"arm_params", armParams},
            {"aa", aa},
            {"split", split},
            {"days", days},
            {"visitors", visitors},
            {"parametric_arms", parametricArms},
            {"baseline", baseline},
            {"lift", lift},
            {"metric", ab::metricName(metric)},
            {"alpha", alpha},
            {"power", power},
            {"rule", static_cast<int>(rule)},
            {"seed", seed}};
}

AbTestSetup AbTestSetup::fromJson(const nlohmann::json& json) {
    AbTestSetup s;
    if (json.contains("mode")) s.mode = json.at("mode").get<std::string>() == "replay" ? ab::Mode::Replay : ab::Mode::Parametric;
    if (json.contains("arms")) s.arms = json.at("arms").get<std::vector<std::string>>();
    if (json.contains("arm_params")) s.armParams = json.at("arm_params").get<std::vector<nlohmann::json>>();
    if (json.contains("aa")) s.aa = json.at("aa").get<bool>();
    if (json.contains("split")) s.split = json.at("split").get<std::vector<double>>();
    if (json.contains("days")) s.days = json.at("days").get<int>();
    if (json.contains("visitors")) s.visitors = json.at("visitors").get<std::int64_t>();
    if (json.contains("parametric_arms")) s.parametricArms = json.at("parametric_arms").get<int>();
    if (json.contains("baseline")) s.baseline = json.at("baseline").get<double>();
    if (json.contains("lift")) s.lift = json.at("lift").get<double>();
    if (json.contains("metric")) s.metric = ab::parseMetric(json.at("metric").get<std::string>());
    if (json.contains("alpha")) s.alpha = json.at("alpha").get<double>();
    if (json.contains("power")) s.power = json.at("power").get<double>();
    if (json.contains("rule")) s.rule = static_cast<DecisionRule>(std::clamp(json.at("rule").get<int>(), 0, 2));
    if (json.contains("seed")) s.seed = json.at("seed").get<std::uint64_t>();
    return s;
}

ab::AnalysisOptions analysisOptions(const AbTestSetup& setup, int threads) {
    ab::AnalysisOptions o;
    o.metric = setup.metric;
    o.alpha = setup.alpha;
    o.power = setup.power;
    o.seed = setup.seed;
    o.keepBootstrapDistribution = true; // the page plots it
    o.threads = threads;
    if (setup.mode == ab::Mode::Parametric) {
        // The plan's tau^2 for the mSPRT: the planted baseline and the planned visitors per arm.
        o.plannedRate = setup.baseline;
        o.plannedVisitorsPerArm = static_cast<double>(setup.visitors) / std::max(2, setup.parametricArms);
    }
    return o;
}

ab::ParametricOptions parametricOptions(const AbTestSetup& setup) {
    ab::ParametricOptions o;
    o.rates = ab::plantedRates(setup.baseline, setup.lift, static_cast<std::size_t>(std::max(2, setup.parametricArms)));
    o.split = setup.split;
    o.visitors = setup.visitors;
    o.days = setup.days;
    o.seed = setup.seed;
    return o;
}

ab::ReplayOptions replayOptions(const AbTestSetup& setup, int threads) {
    ab::ReplayOptions o;
    for (std::size_t a = 0; a < setup.arms.size(); ++a) {
        const bool given = a < setup.armParams.size() && setup.armParams[a].is_object();
        o.arms.push_back({setup.arms[a], given ? setup.armParams[a] : nlohmann::json::object(), ""});
    }
    if (setup.aa && !o.arms.empty()) o.arms.assign(std::max<std::size_t>(2, o.arms.size()), o.arms.front());
    o.split = setup.split;
    o.seed = setup.seed;
    o.days = setup.days;
    o.threads = threads;
    return o;
}

} // namespace vitrina::ui::abtestpage
