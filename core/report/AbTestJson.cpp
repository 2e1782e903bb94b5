#include "report/AbTestJson.h"

#include <cmath>
#include <ctime>

#include "report/Json.h"

namespace vitrina::report {

using nlohmann::json;

namespace {


std::string dateText(std::int64_t ms) {
    const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &utc);
    return buffer;
}

double ratio(double a, double b) { return b > 0.0 ? a / b : std::nan(""); }

/// The estimate with both intervals (one test, one level); the lift is null when it is undefined.
json effectJson(const abtest::Effect& e) {
    return {{"level", e.level},
            {"difference", number(e.difference)},
            {"difference_ci", toJson(e.differenceInterval)},
            {"relative_lift", e.liftDefined ? json{{"value", number(e.lift)}, {"ci", toJson(e.liftInterval)}} : json(nullptr)}};
}

json bootstrapJson(const stats::BootstrapResult& b) {
    json j{{"estimate", number(b.estimate)},       {"ci", toJson(b.interval)},
           {"standard_error", number(b.standardError)}, {"resamples", b.resamples},
           {"dropped", b.dropped}};
    if (!b.distribution.empty()) j["distribution"] = b.distribution;
    return j;
}

json metricJson(const abtest::MetricResult& m) {
    json j{{"metric", abtest::metricName(m.metric)},
           {"test", m.test},
           {"control", number(m.control)},
           {"treatment", number(m.treatment)},
           {"statistic", number(m.statistic)},
           {"p_value", number(m.pValue)},
           {"standard_error", number(m.standardError)},
           {"effect", effectJson(m.effect)},
           {"p_holm_all", number(m.holmAll)},
           {"p_bh_all", number(m.bhAll)}};
    if (m.proportions)
        j["unpooled_wald"] = {{"z", number(m.proportions->unpooledZ)},
                              {"p_value", number(m.proportions->unpooledPValue)},
                              {"difference_ci", toJson(m.proportions->interval)}};
    return j;
}

} // namespace

json toJson(const stats::ConfidenceInterval& interval) { return json::array({number(interval.lower), number(interval.upper)}); }

json experimentJson(const abtest::ExperimentData& data) {
    json arms = json::array();
    for (const auto& arm : data.arms) {
        const auto& t = arm.last();
        json daily = json::array();
        for (std::size_t d = 0; d < arm.days.size(); ++d) {
            const auto& x = arm.days[d];
            json day{{"day", d},
                     {"visitors", x.visitors},
                     {"exposures", x.exposures},
                     {"converters", x.converters},
                     {"cum_visitors", x.cumVisitors},
                     {"cum_exposures", x.cumExposures},
                     {"cum_converters", x.cumConverters},
                     {"cum_conversion_rate", number(ratio(static_cast<double>(x.cumConverters), static_cast<double>(x.cumVisitors)))}};
            if (data.mode == abtest::Mode::Replay) day["date"] = dateText(data.startMs + static_cast<std::int64_t>(d) * 86'400'000);
            if (data.hasClicks) {
                day["clicks"] = x.clicks;
                day["carters"] = x.carters;
                day["cum_clicks"] = x.cumClicks;
                day["cum_carters"] = x.cumCarters;
                day["cum_ctr"] = number(ratio(x.cumClicks, static_cast<double>(x.cumExposures)));
                day["cum_addtocart_rate"] = number(ratio(static_cast<double>(x.cumCarters), static_cast<double>(x.cumVisitors)));
            }
            if (data.hasRevenue) {
                day["revenue"] = x.revenue;
                day["cum_revenue"] = x.cumRevenue;
                day["cum_revenue_per_visitor"] = number(x.cumRevenueSummary.mean);
            }
            daily.push_back(std::move(day));
        }
        json totals{{"visitors", t.cumVisitors},
                    {"exposures", t.cumExposures},
                    {"converters", t.cumConverters},
                    {"conversion_rate", number(ratio(static_cast<double>(t.cumConverters), static_cast<double>(t.cumVisitors)))}};
        if (data.hasClicks) {
            totals["clicks"] = t.cumClicks;
            totals["ctr"] = number(ratio(t.cumClicks, static_cast<double>(t.cumExposures)));
            totals["carters"] = t.cumCarters;
            totals["addtocart_rate"] = number(ratio(static_cast<double>(t.cumCarters), static_cast<double>(t.cumVisitors)));
        }
        if (data.hasRevenue) {
            totals["revenue"] = t.cumRevenue;
            totals["revenue_per_visitor"] = number(t.cumRevenueSummary.mean);
        }
        json a{{"name", arm.name}, {"planned_share", arm.plannedShare}, {"totals", totals}, {"daily", daily}};
        if (!arm.model.empty()) a["model"] = arm.model;
        if (arm.trueRate >= 0.0) a["true_rate"] = arm.trueRate;
        if (data.mode == abtest::Mode::Replay) a["fallback_lists"] = arm.fallbackLists;
        arms.push_back(std::move(a));
    }
    json j{{"mode", data.mode == abtest::Mode::Replay ? "replay" : "parametric"},
           {"days", data.dayCount},
           {"arms", arms},
           {"warnings", toJson(data.warnings)}};
    if (data.mode == abtest::Mode::Replay) {
        j["first_day"] = dateText(data.startMs);
        j["last_day"] = dateText(data.startMs + static_cast<std::int64_t>(data.dayCount - 1) * 86'400'000);
    }
    return j;
}

json toJson(const abtest::Analysis& a, const abtest::ExperimentData& data) {
    json comparisons = json::array();
    for (const auto& c : a.comparisons) {
        json metrics = json::array();
        for (const auto& m : c.metrics) metrics.push_back(metricJson(m));
        json series = json::array();
        for (const auto& p : c.series)
            series.push_back({{"day", p.day},
                              {"control", number(p.control)},
                              {"control_ci", toJson(p.controlInterval)},
                              {"treatment", number(p.treatment)},
                              {"treatment_ci", toJson(p.treatmentInterval)},
                              {"effect", effectJson(p.effect)},
                              {"fixed_p", number(p.fixedP)},
                              {"always_valid_p", number(p.alwaysValidP)},
                              {"sequential_ci", toJson(p.sequentialInterval)}});
        json j{{"arm", data.arms[c.arm].name},
               {"control", data.arms[0].name},
               {"verdict", abtest::verdictName(c.verdict)},
               {"verdict_message", toJson(c.verdictMessage)},
               {"decision", {{"family", c.decision.family},
                             {"p_value", number(c.decision.pValue)},
                             {"p_bonferroni", number(c.decision.adjustedP)},
                             {"significant", c.decision.significant},
                             {"effect", effectJson(c.decision.effect)}}},
               {"lift_note", c.liftNote ? toJson(*c.liftNote) : json(nullptr)},
               {"detectable_relative_lift", number(c.detectableLift)},
               {"msprt_tau2", number(c.tau2)},
               {"metrics", metrics},
               {"series", series}};
        j["bootstrap"] = c.bootstrap ? json{{"difference", bootstrapJson(c.bootstrap->difference)},
                                            {"relative_lift", bootstrapJson(c.bootstrap->relativeLift)}}
                                     : json(nullptr);
        if (c.bayesian) {
            const auto& b = *c.bayesian;
            j["bayesian"] = {{"prior", "Beta(1, 1)"},
                             {"p_treatment_better", number(b.probabilityTreatmentBetter)},
                             {"expected_loss_treatment", number(b.expectedLossTreatment)},
                             {"expected_loss_control", number(b.expectedLossControl)},
                             {"posterior_control", {b.alphaControl, b.betaControl}},
                             {"posterior_treatment", {b.alphaTreatment, b.betaTreatment}},
                             {"credible_control", toJson(b.credibleControl)},
                             {"credible_treatment", toJson(b.credibleTreatment)},
                             {"credible_difference", toJson(b.credibleDifference)},
                             {"credible_relative_lift", toJson(b.credibleRelativeLift)},
                             {"monte_carlo_draws", b.draws}};
        } else {
            j["bayesian"] = nullptr;
        }
        comparisons.push_back(std::move(j));
    }
    std::vector<std::int64_t> observed;
    for (const auto& arm : data.arms) observed.push_back(arm.last().cumVisitors);
    return {{"metric", abtest::metricName(a.options.metric)},
            {"alpha", a.options.alpha},
            {"power", a.options.power},
            {"srm", {{"observed", observed},
                     {"expected", a.srm.expected},
                     {"chi_square", number(a.srm.chiSquare)},
                     {"df", number(a.srm.degreesOfFreedom)},
                     {"p_value", number(a.srm.pValue)},
                     {"threshold", 0.001},
                     {"mismatch", a.srm.mismatch}}},
            {"sequential", {{"method", "mSPRT with a normal mixture: always-valid p-values and confidence sequence "
                                       "(Johari, Koomen, Pekelis, Walsh, KDD 2017; Johari, Pekelis, Walsh, Oper. Res. 2022)"},
                            {"mixing_variance_rule", "tau^2 = c(alpha) V*, c(0.05) = 7.936, V* = effect variance at the "
                                                     "planned horizon (Howard et al. 2021)"}}},
            {"multiple_testing", "verdict: the primary metric's test, Bonferroni over the treatment arms (p_bonferroni = "
                                 "min(1, m p), intervals at 1 - alpha/m, significant exactly when the interval excludes "
                                 "0); p_holm_all and p_bh_all: Holm and Benjamini-Hochberg over every arm x metric"},
            {"intervals", "rates: score test (pooled z) with the score intervals of the difference and the ratio "
                          "(Miettinen & Nurminen 1985); CTR: Wald z with delta-method variances and Fieller's "
                          "interval of the ratio; revenue: Welch t with Fieller's interval (Fieller 1954); per-arm "
                          "bands: Wilson (rates)"},
            {"comparisons", comparisons},
            {"verdict", {{"overall", abtest::verdictName(a.overall)},
                         {"best_arm", a.overall == abtest::Verdict::Better ? json(data.arms[a.bestArm].name) : json(nullptr)},
                         {"messages", toJson(a.messages)}}}};
}

json toJson(const abtest::StudyResult& s) {
    const auto rate = [](const stats::RejectionRate& r) {
        return json{{"rejections", r.rejections}, {"rate", r.rate}, {"ci95", toJson(r.interval)}};
    };
    return {{"experiments", s.experiments},      {"msprt_tau2", s.tau2},
            {"fixed_horizon", rate(s.fixedHorizon)}, {"daily_peeking", rate(s.dailyPeeking)},
            {"sequential_msprt", rate(s.sequential)}, {"srm_flagged", rate(s.srm)},
            {"seconds", s.seconds}};
}

json toJson(const stats::SampleSizeResult& s) {
    return {{"per_arm", s.perArm},
            {"total", 2 * s.perArm},
            {"fleiss", s.fleiss},
            {"unpooled", s.unpooled},
            {"cohens_h", s.cohensH},
            {"cohens_h_closed_form", s.cohensHClosedForm},
            {"cohens_h_solved", s.cohensHSolved}};
}

} // namespace vitrina::report
