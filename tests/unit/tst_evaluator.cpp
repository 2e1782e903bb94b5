// The evaluator: metrics recomputed independently from the exported lists, determinism for a seed and thread
// count, the significance family, segments, session presets, and clear errors for absurd parameters.
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>
#include <set>

#ifndef Q_MOC_RUN
#include "ModelTestData.h"
#include "eval/Evaluator.h"
#include "report/EvaluationJson.h"
#endif

using namespace vitrina;

namespace {

struct Fixture {
    std::shared_ptr<const data::Dataset> dataset;
    eval::ProtocolSplit split;
};

Fixture coview(eval::TemporalMode mode = eval::TemporalMode::Rolling) {
    Fixture f;
    f.dataset = test::coviewData(5, 600).dataset;
    eval::ProtocolOptions o;
    o.mode = mode;
    auto r = eval::buildProtocol(*f.dataset, o);
    if (!r) qFatal("%s", r.error->text().c_str());
    f.split = std::move(*r);
    return f;
}

eval::EvaluationReport run(const Fixture& f, const std::vector<eval::ModelSpec>& models, eval::EvaluationOptions o) {
    auto r = eval::evaluateModels(f.dataset, f.split, models, o);
    if (!r) qFatal("%s", r.error->text().c_str());
    return std::move(*r);
}

std::string failingParameter(const Fixture& f, const std::vector<eval::ModelSpec>& models, eval::EvaluationOptions o) {
    const auto r = eval::evaluateModels(f.dataset, f.split, models, o);
    if (r.ok()) return "<ok>";
    return r.error->parameter;
}

std::size_t kIndex(const eval::EvaluationReport& r, int k) {
    return static_cast<std::size_t>(std::find(r.cutoffs.begin(), r.cutoffs.end(), k) - r.cutoffs.begin());
}

} // namespace

class TstEvaluator : public QObject {
    Q_OBJECT

private slots:
    void exportedListsReproduceTheMetrics() {
        const auto f = coview();
        eval::EvaluationOptions o;
        o.keepRecommendations = true;
        const auto report = run(f, {{"popular", {}}, {"itemknn", {}}}, o);
        QTemporaryDir dir;
        const std::string path = dir.filePath("recs.jsonl").toStdString();
        eval::writeRecommendationsJsonl(path, *f.dataset, f.split, report);
        // Recompute HR@10, NDCG@10 and MRR@20 from the file alone (raw ids), per model.
        std::map<std::string, std::array<double, 3>> sums;
        std::map<std::string, std::size_t> counts;
        std::ifstream in(path);
        std::set<std::string> keys;
        for (std::string line; std::getline(in, line);) {
            const auto j = nlohmann::json::parse(line);
            for (const auto& [key, value] : j.items()) keys.insert(key);
            const auto recs = j["recs"].get<std::vector<std::int64_t>>();
            const auto rel = j["relevant"].get<std::vector<std::int64_t>>();
            QCOMPARE(recs.size(), std::size_t{20});
            double hit = 0, dcg = 0, rr = 0;
            for (std::size_t p = 0; p < recs.size(); ++p) {
                if (std::find(rel.begin(), rel.end(), recs[p]) == rel.end()) continue;
                if (p < 10) hit = 1, dcg += 1.0 / std::log2(static_cast<double>(p) + 2.0);
                if (rr == 0) rr = 1.0 / static_cast<double>(p + 1);
            }
            double idcg = 0;
            for (std::size_t p = 0; p < std::min<std::size_t>(rel.size(), 10); ++p) idcg += 1.0 / std::log2(static_cast<double>(p) + 2.0);
            auto& s = sums[j["model"].get<std::string>()];
            s[0] += hit;
            s[1] += dcg / idcg;
            s[2] += rr;
            ++counts[j["model"].get<std::string>()];
        }
        QCOMPARE(keys, (std::set<std::string>{"at", "model", "recs", "relevant", "visitor"}));
        for (const auto& m : report.models) {
            const double n = static_cast<double>(counts[m.id]);
            QCOMPARE(counts[m.id], f.split.lists.size());
            QVERIFY(std::abs(sums[m.id][0] / n - m.summary.at(eval::Metric::HitRate, kIndex(report, 10))) < 1e-9);
            QVERIFY(std::abs(sums[m.id][1] / n - m.summary.at(eval::Metric::Ndcg, kIndex(report, 10))) < 1e-9);
            QVERIFY(std::abs(sums[m.id][2] / n - m.summary.at(eval::Metric::ReciprocalRank, kIndex(report, 20))) < 1e-9);
        }
    }

    void sameSeedAndThreadsGiveIdenticalNumbers() {
        const auto f = coview();
        eval::EvaluationOptions o;
        o.threads = 2;
        o.seed = 9;
        const std::vector<eval::ModelSpec> models{{"random", {}}, {"als", test::paramsOf({{"factors", 8}, {"iterations", 3}})},
                                                  {"bpr", test::paramsOf({{"factors", 8}, {"epochs", 3}})}};
        const auto a = report::toJson(run(f, models, o), f.split.options);
        const auto b = report::toJson(run(f, models, o), f.split.options);
        auto strip = [](nlohmann::json j) { // timings and memory differ run to run
            j.erase("seconds");
            j.erase("peak_resident_bytes");
            for (auto& m : j["models"]) m.erase("seconds"), m.erase("cpu_seconds");
            return j.dump();
        };
        QCOMPARE(strip(a), strip(b));
        // Per-list values do not depend on the thread count (lists are scored independently).
        o.threads = 1;
        const auto one = run(f, {{"als", test::paramsOf({{"factors", 8}, {"iterations", 3}})}}, o);
        o.threads = 2;
        const auto two = run(f, {{"als", test::paramsOf({{"factors", 8}, {"iterations", 3}})}}, o);
        QCOMPARE(one.models[0].comparisonValues, two.models[0].comparisonValues);
    }

    void aModelIsFittedOnceInARun() {
        // The hybrid's ALS component has the standalone ALS's key (the hybrid passes its event weights, which
        // are ALS's defaults), so "als,hybrid" fits ALS once and "hybrid,als" takes ALS from the hybrid; both
        // give exactly the numbers of separate runs.
        const auto f = coview();
        eval::EvaluationOptions o;
        o.threads = 2;
        const auto als = test::paramsOf({{"factors", 8}, {"iterations", 3}});
        const auto hybrid = test::paramsOf({{"components", "popular,als,itemknn"},
                                            {"session_views", ""},
                                            {"component_params", R"({"als": {"factors": 8, "iterations": 3}})"}});
        const auto alone = run(f, {{"als", als}}, o);
        const auto hybridAlone = run(f, {{"hybrid", hybrid}}, o);
        const auto alsFirst = run(f, {{"als", als}, {"hybrid", hybrid}}, o);
        QVERIFY(!alsFirst.models[0].shared && !alsFirst.models[1].shared);
        QCOMPARE(alsFirst.models[0].comparisonValues, alone.models[0].comparisonValues);
        QCOMPARE(alsFirst.models[1].comparisonValues, hybridAlone.models[0].comparisonValues);
        const auto hybridFirst = run(f, {{"hybrid", hybrid}, {"als", als}}, o);
        QVERIFY(hybridFirst.models[1].shared);
        QCOMPARE(hybridFirst.models[1].fitSeconds, 0.0);
        QCOMPARE(hybridFirst.models[1].comparisonValues, alone.models[0].comparisonValues);
        QCOMPARE(hybridFirst.models[0].comparisonValues, hybridAlone.models[0].comparisonValues);
        QCOMPARE(report::toJson(hybridFirst, f.split.options)["models"][1].value("fit_shared", false), true);
        // Other parameters are another model: fitted on its own.
        const auto other = run(f, {{"hybrid", hybrid}, {"als", test::paramsOf({{"factors", 8}, {"iterations", 4}})}}, o);
        QVERIFY(!other.models[1].shared);
    }

    void segmentsAndSignificanceFamily() {
        const auto f = coview();
        eval::EvaluationOptions o;
        const auto r = run(f, {{"random", {}}, {"popular", {}}, {"recent", {}}}, o);
        QCOMPARE(r.comparisons.size(), std::size_t{2});
        const auto& all = r.comparisons[0];
        QVERIFY(all.computed);
        QCOMPARE(all.matrix.entries.size(), std::size_t{3});
        QCOMPARE(all.lists, f.split.lists.size());
        QCOMPARE(r.comparisons[1].subset, std::string("history>=3"));
        std::uint64_t focus = 0;
        for (const auto& l : f.split.lists) focus += l.historySize() >= 3 ? 1 : 0;
        QCOMPARE(r.comparisons[1].lists, focus);
        // Holm adjusts upwards and keeps the order of the raw p-values.
        for (const auto& e : all.matrix.entries) QVERIFY(e.wilcoxonPHolm >= e.wilcoxonP);
        // Activity segments partition the lists; so do the stages.
        const auto& m = r.models[1];
        QCOMPARE(m.segments.size(), std::size_t{8});
        std::uint64_t activity = 0, stage = 0;
        for (const auto& s : m.segments) (s.kind == "activity" ? activity : stage) += s.lists;
        QCOMPARE(activity, std::uint64_t{f.split.lists.size()});
        QCOMPARE(stage, std::uint64_t{f.split.lists.size()});
        // The segment means recombine into the overall mean.
        double weighted = 0;
        for (const auto& s : m.segments)
            if (s.kind == "activity" && s.lists > 0) weighted += s.means[static_cast<std::size_t>(eval::Metric::Ndcg)][1] * s.lists;
        // Per-list values are stored as float: agreement to float precision.
        QVERIFY(std::abs(weighted / f.split.lists.size() - m.summary.at(eval::Metric::Ndcg, 1)) < 1e-6);
        // Coverage and Gini are over the candidates; percentile in (0, 100].
        QVERIFY(m.summary.coverage[0] > 0 && m.summary.coverage[0] <= 1);
        const double pct = m.summary.at(eval::Metric::PopularityPercentile, 0);
        QVERIFY(pct > 90 && pct <= 100); // Popular shows the most popular items
    }

    void sessionPresetEvaluation() {
        Fixture f;
        f.dataset = test::coviewData(5, 400).dataset;
        eval::ProtocolOptions o;
        o.kind = eval::ProtocolKind::SessionrecWindow;
        auto r = eval::buildProtocol(*f.dataset, o);
        QVERIFY2(r.ok(), r.error ? r.error->text().c_str() : "");
        f.split = std::move(*r);
        eval::EvaluationOptions e;
        e.significanceMetric = eval::Metric::HitRate;
        e.significanceK = 20;
        const auto rep = run(f, {{"popular", {}}, {"vsknn", {}}}, e);
        QCOMPARE(rep.models[0].nextItem.predictions, f.split.facts.predictions);
        QCOMPARE(rep.models[0].comparisonValues.size(), f.split.testSessions.size());
        QCOMPARE(rep.comparisonMetric, std::string("hit_rate@20"));
        // HR grows with K.
        const auto& hr = rep.models[1].nextItem.hitRate;
        QVERIFY(hr[0] <= hr[1] && hr[1] <= hr[2]);
    }

    void absurdParametersNameTheParameter() {
        const auto f = coview();
        eval::EvaluationOptions o;
        QCOMPARE(failingParameter(f, {{"nosuchmodel", {}}}, o), std::string("models"));
        QCOMPARE(failingParameter(f, {{"popular", {}}, {"popular", {}}}, o), std::string("models"));
        QCOMPARE(failingParameter(f, {{"als", test::paramsOf({{"factors", -3}})}}, o), std::string("als.factors"));
        QCOMPARE(failingParameter(f, {{"als", test::paramsOf({{"no_such_key", 1}})}}, o), std::string("als.no_such_key"));
        QCOMPARE(failingParameter(f, {}, o), std::string("models"));
        auto bad = o;
        bad.cutoffs = {10, 0};
        QCOMPARE(failingParameter(f, {{"popular", {}}}, bad), std::string("k"));
        bad = o;
        bad.cutoffs = {5, 20};
        QCOMPARE(failingParameter(f, {{"popular", {}}}, bad), std::string("significance_k"));
        bad = o;
        bad.threads = 0;
        QCOMPARE(failingParameter(f, {{"popular", {}}}, bad), std::string("threads"));
        bad = o;
        bad.bootstrapResamples = 5;
        QCOMPARE(failingParameter(f, {{"popular", {}}}, bad), std::string("bootstrap"));
    }
};

QTEST_APPLESS_MAIN(TstEvaluator)
#include "tst_evaluator.moc"
