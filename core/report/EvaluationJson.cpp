#include "report/EvaluationJson.h"

#include <cmath>

#include "models/ParamsJson.h"
#include "report/Json.h"

namespace vitrina::report {

using nlohmann::json;

namespace {
json interval(const stats::ConfidenceInterval& ci) { return json::array({number(ci.lower), number(ci.upper)}); }
std::string key(std::string_view metric, int k) { return std::string(metric) + "@" + std::to_string(k); }
} // namespace

json toJson(const eval::ProtocolOptions& o) {
    json j{{"protocol", std::string(eval::protocolName(o.kind))},
           {"targets", o.targets == eval::TargetTypes::AnyEvent ? "any" : "addtocart,transaction"},
           {"validation", o.validation},
           {"max_lists", o.maxLists},
           {"sample_seed", o.sampleSeed}};
    if (o.kind == eval::ProtocolKind::Temporal) {
        j["mode"] = std::string(eval::modeName(o.mode));
        j["days"] = o.testDays;
    }
    if (!j.contains("mode") && o.kind == eval::ProtocolKind::SessionrecWindow) j["slice"] = o.slice;
    if (o.kind == eval::ProtocolKind::Gru4recOfficial) j["tsplit_ms"] = o.gru4recSplitMs;
    if (o.kind == eval::ProtocolKind::Temporal || o.kind == eval::ProtocolKind::LeaveLastOut) {
        j["min_visitor_events"] = o.minVisitorTrainEvents;
        j["min_item_events"] = o.minItemTrainEvents;
        j["exclude_seen"] = o.excludeSeen;
        j["session_gap_ms"] = o.sessionGapMs;
    }
    return j;
}

json toJson(const eval::ProtocolFacts& f) {
    return {{"train_end_ms", f.trainEndMs},
            {"test_begin_ms", f.testBeginMs},
            {"test_end_ms", f.testEndMs},
            {"train_events", f.trainEvents},
            {"test_events", f.testEvents},
            {"target_events", f.targetEvents},
            {"lists_before_sampling", f.listsBeforeSampling},
            {"lists_without_history", f.listsWithoutHistory},
            {"dropped_by_min_visitor_events", f.droppedByMinVisitorEvents},
            {"relevant_items", f.relevantItems},
            {"relevant_without_training", f.relevantWithoutTraining},
            {"train_sessions", f.trainSessions},
            {"test_sessions", f.testSessions},
            {"predictions", f.predictions},
            {"filter_rounds", f.filterRounds}};
}

json toJson(const eval::ModelResult& m, const std::vector<int>& cutoffs, bool sessionProtocol) {
    json metrics = json::object(), intervals = json::object();
    if (sessionProtocol) {
        for (std::size_t k = 0; k < m.nextItem.cutoffs.size(); ++k) {
            metrics[key("hit_rate", m.nextItem.cutoffs[k])] = number(m.nextItem.hitRate[k]);
            metrics[key("recall", m.nextItem.cutoffs[k])] = number(m.nextItem.hitRate[k]); // one target: R = HR
            metrics[key("mrr", m.nextItem.cutoffs[k])] = number(m.nextItem.mrr[k]);
        }
    } else {
        for (const auto metric : eval::allMetrics())
            for (std::size_t k = 0; k < cutoffs.size(); ++k) {
                // A metric the evaluator did not compute (no item statistics, no interval) is left out.
                const auto& means = m.summary.mean[static_cast<std::size_t>(metric)];
                if (k < means.size()) metrics[key(eval::metricName(metric), cutoffs[k])] = number(means[k]);
                if (!eval::isAccuracyMetric(metric)) continue; // only accuracy metrics carry intervals
                const auto& ci = m.intervals[static_cast<std::size_t>(metric)];
                if (k < ci.size()) intervals[key(eval::metricName(metric), cutoffs[k])] = interval(ci[k]);
            }
        for (std::size_t k = 0; k < cutoffs.size(); ++k) {
            if (k < m.summary.coverage.size()) metrics[key("coverage", cutoffs[k])] = number(m.summary.coverage[k]);
            if (k < m.summary.gini.size()) metrics[key("gini", cutoffs[k])] = number(m.summary.gini[k]);
        }
    }
    json j{{"id", m.id},
           {"params", models::toJson(m.params)},
           {"seconds", {{"fit", m.fitSeconds}, {"evaluate", m.evalSeconds}}},
           {"cpu_seconds", {{"fit", m.fitCpuSeconds}, {"evaluate", m.evalCpuSeconds}}},
           {"memory_bytes", m.memoryBytes},
           {"metrics", metrics}};
    if (m.shared) j["fit_shared"] = true; // fitted earlier in the run as another model's component
    if (sessionProtocol) {
        j["predictions"] = m.nextItem.predictions;
        j["sessions"] = m.nextItem.sessions;
        return j;
    }
    j["intervals"] = intervals;
    j["lists"] = m.summary.lists;
    j["lists_with_relevant"] = m.summary.listsWithRelevant;
    json segments = json::array();
    for (const auto& s : m.segments) {
        json means = json::object();
        for (std::size_t metric = 0; metric < eval::kAccuracyMetricCount; ++metric)
            for (std::size_t k = 0; k < cutoffs.size() && k < s.means[metric].size(); ++k)
                means[key(eval::metricName(static_cast<eval::Metric>(metric)), cutoffs[k])] = number(s.means[metric][k]);
        segments.push_back({{"kind", s.kind},
                            {"name", s.name},
                            {"lists", s.lists},
                            {"metrics", means},
                            {"compared", {{"mean", number(s.focus.mean)}, {"count", s.focus.count},
                                          {"interval", interval(s.focus.interval)}}}});
    }
    j["segments"] = segments;
    return j;
}

json toJson(const eval::ComparisonResult& c) {
    json j{{"subset", c.subset}, {"metric", c.metric}, {"lists", c.lists}, {"models", c.models}, {"computed", c.computed}};
    if (!c.computed) return j;
    j["means"] = c.matrix.means;
    j["bootstrap_method"] = static_cast<int>(c.matrix.bootstrapMethod);
    j["alpha"] = c.matrix.alpha;
    j["interval_level"] = c.matrix.intervalLevel; // simultaneous: 1 - alpha / pairs (Bonferroni)
    j["bootstrap_resamples"] = c.matrix.resamples;
    j["rule"] = "significant: the simultaneous bootstrap interval excludes 0; wilcoxon_significant: the Holm-corrected "
                "Wilcoxon p <= alpha (robustness check); checks_agree: both say the same";
    json pairs = json::array();
    for (const auto& e : c.matrix.entries)
        pairs.push_back({{"first", c.models[e.first]},
                         {"second", c.models[e.second]},
                         {"mean_difference", number(e.meanDifference)},
                         {"bootstrap_interval", interval(e.bootstrapInterval)},
                         {"wilcoxon_p", number(e.wilcoxonP)},
                         {"wilcoxon_p_holm", number(e.wilcoxonPHolm)},
                         {"t_test_p", number(e.tTestP)},
                         {"cohens_dz", number(e.cohensDz)},
                         {"significant", e.significant},
                         {"wilcoxon_significant", e.wilcoxonSignificant},
                         {"checks_agree", e.checksAgree()}});
    j["pairs"] = pairs;
    return j;
}

json toJson(const eval::EvaluationReport& r, const eval::ProtocolOptions& options) {
    const bool session = options.kind == eval::ProtocolKind::Gru4recOfficial ||
                         options.kind == eval::ProtocolKind::SessionrecWindow;
    json models = json::array(), comparisons = json::array();
    for (const auto& m : r.models) models.push_back(toJson(m, r.cutoffs, session));
    for (const auto& c : r.comparisons) comparisons.push_back(toJson(c));
    const double noHistoryShare =
        r.facts.listsBeforeSampling == 0 || session
            ? 0.0
            : static_cast<double>(r.facts.listsWithoutHistory) / static_cast<double>(std::max<std::uint64_t>(r.lists, 1));
    json j{{"protocol", toJson(options)},
           {"facts", toJson(r.facts)},
           {"cutoffs", r.cutoffs},
           {"lists", r.lists},
           {"no_history_share", session ? json(nullptr) : json(noHistoryShare)},
           {"focus_lists", r.focusLists},
           {"compared_metric", r.comparisonMetric},
           {"models", models},
           {"significance", comparisons},
           {"warnings", toJson(r.warnings)},
           {"seconds", {{"protocol", r.protocolSeconds}, {"total", r.totalSeconds}}},
           {"peak_resident_bytes", r.peakResidentBytes}};
    return j;
}

} // namespace vitrina::report
