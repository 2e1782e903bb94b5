// The A/B experiment format in core: the set-up's JSON (round trip, the defaults of keys an older version did
// not write, wrong types and values naming the key), the options it gives the simulators, the run, and the
// experiment store over a project file (save, list, reopen, result, remove, a missing name, an unreadable entry).
// The "old format" below is what the A/B page wrote before the set-up moved to core (ui/abtestpage/AbTestRun.cpp,
// AbTestSetup::toJson, at commit 8925138). That the page and vitrina-cli share the store end to end is tested in
// tests/gui/tst_abtest_page.cpp and tests/integration/tst_cli_abtest.cpp.
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <span>

#ifndef Q_MOC_RUN // moc cannot parse util/Message.h (X-macro enum)
#include "abtest/Run.h"
#include "abtest/Setup.h"
#include "report/AbTestJson.h"
#include "store/Artefact.h"
#include "store/ExperimentStore.h"
#include "store/ProjectFile.h"
#endif

using namespace vitrina;

namespace {

std::string failedParameter(const std::function<void()>& body) {
    try {
        body();
    } catch (const util::Error& e) {
        return e.message().parameter;
    }
    return "(no error)";
}

abtest::ExperimentSetup everyFieldSet() {
    abtest::ExperimentSetup s;
    s.mode = abtest::Mode::Replay;
    s.arms = {"als", "itemknn", "als"};
    s.armParams = {{{"factors", "32"}}, nlohmann::json::object(), {{"alpha", "20"}}};
    s.aa = true;
    s.modelSeed = 7;
    s.listLength = 20;
    s.clickModel = {abtest::ClickModel::Kind::Flat, 0.5};
    s.horizonHours = 48.5;
    s.sessionGapMinutes = 45;
    s.visitors = 123456;
    s.parametricArms = 3;
    s.baseline = 0.03;
    s.lift = -0.2;
    s.split = {0.25, 0.25, 0.5};
    s.days = 21;
    s.seed = 5'000'000'000ULL;
    s.metric = abtest::Metric::AddToCart;
    s.alpha = 0.0125;
    s.power = 0.9;
    s.bootstrapResamples = 500;
    s.tau2 = 1e-5;
    s.plannedRate = 0.04;
    s.plannedVisitorsPerArm = 9000;
    s.rule = abtest::DecisionRule::Sequential;
    return s;
}

abtest::ExperimentSetup parametric(double lift) {
    abtest::ExperimentSetup s;
    s.mode = abtest::Mode::Parametric;
    s.visitors = 30000;
    s.days = 7;
    s.lift = lift;
    s.seed = 5;
    return s;
}

abtest::ExperimentRun run(const abtest::ExperimentSetup& setup) {
    auto result = abtest::runExperiment(setup, nullptr, {2, false});
    if (!result) qFatal("run failed: %s", result.error->text().c_str());
    return std::move(*result);
}

/// Equal JSON; otherwise prints where they differ (a JSON patch from a to b).
bool sameJson(const nlohmann::json& a, const nlohmann::json& b) {
    if (a == b) return true;
    qWarning("JSON differs: %s", nlohmann::json::diff(a, b).dump().substr(0, 2000).c_str());
    return false;
}

nlohmann::json resultDocument(const abtest::ExperimentRun& r) {
    return {{"experiment", report::experimentJson(r.data)}, {"analysis", report::toJson(r.analysis, r.data)}};
}

} // namespace

class TstExperimentStore : public QObject {
    Q_OBJECT
private slots:
    void setupJsonRoundTrips() {
        const abtest::ExperimentSetup s = everyFieldSet();
        const nlohmann::json json = abtest::setupToJson(s);
        QVERIFY(sameJson(abtest::setupToJson(abtest::setupFromJson(json)), json));
        // Through text, as the project stores it (a large seed and fractional values survive).
        const auto back = abtest::setupFromJson(nlohmann::json::parse(json.dump()));
        QCOMPARE(back.seed, std::uint64_t{5'000'000'000});
        QCOMPARE(back.alpha, 0.0125);
        QCOMPARE(back.horizonHours, 48.5);
        QCOMPARE(back.clickModel.kind, abtest::ClickModel::Kind::Flat);
        QCOMPARE(back.rule, abtest::DecisionRule::Sequential);
        QVERIFY(back.armParams == s.armParams);
        QCOMPARE(json.at("rule").get<int>(), 1); // the number the page always stored
        QCOMPARE(json.at("mode").get<std::string>(), std::string("replay"));
    }

    void oldFormatKeepsTheDefaultsOfLaterKeys() {
        const auto old = nlohmann::json::parse(R"({"mode": "parametric", "arms": ["popular", "itemknn"],
            "arm_params": [], "aa": false, "split": [0.5, 0.5], "days": 10, "visitors": 40000, "parametric_arms": 2,
            "baseline": 0.05, "lift": 0.25, "metric": "conversion", "alpha": 0.05, "power": 0.8, "rule": 0,
            "seed": 7})");
        const auto s = abtest::setupFromJson(old);
        QCOMPARE(s.mode, abtest::Mode::Parametric);
        QCOMPARE(s.visitors, std::int64_t{40000});
        QCOMPARE(s.lift, 0.25);
        QCOMPARE(s.split, (std::vector<double>{0.5, 0.5}));
        QCOMPARE(s.seed, std::uint64_t{7});
        // Keys it did not write: what the page used at the time.
        const abtest::ExperimentSetup defaults;
        QCOMPARE(s.modelSeed, defaults.modelSeed);
        QCOMPARE(s.listLength, 10);
        QCOMPARE(s.horizonHours, 24.0);
        QCOMPARE(s.sessionGapMinutes, 30);
        QCOMPARE(s.bootstrapResamples, std::uint32_t{2000});
        QCOMPARE(s.plannedRate, 0.0);
        // An even older one without arm_params, and an empty object: every default.
        QVERIFY(sameJson(abtest::setupToJson(abtest::setupFromJson(nlohmann::json::object())), abtest::setupToJson(defaults)));
        // The options equal what the page computed then: the planted baseline and visitors per arm for the mSPRT.
        const auto o = abtest::analysisOptions(s, 3);
        QCOMPARE(o.plannedRate, 0.05);
        QCOMPARE(o.plannedVisitorsPerArm, 20000.0);
        QCOMPARE(o.threads, 3);
        QCOMPARE(o.bootstrapResamples, std::uint32_t{2000});
    }

    void wrongTypesAndValuesNameTheKey() {
        const auto bad = [](const char* text) {
            return failedParameter([&] { abtest::setupFromJson(nlohmann::json::parse(text)); });
        };
        QCOMPARE(bad(R"({"days": "7"})"), std::string("days"));
        QCOMPARE(bad(R"({"days": 1e3})"), std::string("days")); // a whole number is required
        QCOMPARE(bad(R"({"days": 3000000000})"), std::string("days"));
        QCOMPARE(bad(R"({"seed": -1})"), std::string("seed"));
        QCOMPARE(bad(R"({"bootstrap_resamples": 5000000000})"), std::string("bootstrap_resamples"));
        QCOMPARE(bad(R"({"aa": 1})"), std::string("aa"));
        QCOMPARE(bad(R"({"arms": ["als", 3]})"), std::string("arms"));
        QCOMPARE(bad(R"({"arm_params": ["k=5"]})"), std::string("arm_params"));
        QCOMPARE(bad(R"({"split": "50/50"})"), std::string("split"));
        QCOMPARE(bad(R"({"mode": "bandit"})"), std::string("mode"));
        QCOMPARE(bad(R"({"metric": "clicks"})"), std::string("metric"));
        QCOMPARE(bad(R"({"click_model": "cascade"})"), std::string("click_model"));
        QCOMPARE(bad(R"({"rule": 3})"), std::string("rule"));
        QCOMPARE(bad(R"({"alpha": "0.05"})"), std::string("alpha"));
        QCOMPARE(bad(R"([1, 2])"), std::string("setup"));
        QCOMPARE(abtest::parseDecisionRule("bayesian"), abtest::DecisionRule::Bayesian);
        QCOMPARE(failedParameter([] { abtest::parseDecisionRule("frequentist"); }), std::string("rule"));
    }

    void optionsFollowTheSetup() {
        abtest::ExperimentSetup s = everyFieldSet();
        // A/A: the control (with its parameters) in every arm, at least two.
        auto replay = abtest::replayOptions(s, 4);
        QCOMPARE(replay.arms.size(), std::size_t{3});
        for (const auto& arm : replay.arms) {
            QCOMPARE(arm.model, std::string("als"));
            QCOMPARE(arm.params.value("factors", std::string()), std::string("32"));
        }
        QCOMPARE(replay.horizonMs, std::int64_t{174'600'000}); // 48.5 h
        QCOMPARE(replay.sessionGapMs, std::int64_t{2'700'000});
        QCOMPARE(replay.modelSeed, std::uint64_t{7});
        QCOMPARE(replay.listLength, 20);
        QCOMPARE(replay.threads, 4);
        s.aa = false;
        replay = abtest::replayOptions(s, 1);
        QCOMPARE(replay.arms[2].params.value("alpha", std::string()), std::string("20"));
        QCOMPARE(abtest::armNames(replay.arms), (std::vector<std::string>{"als", "itemknn", "als#2"}));
        // A short parameter list leaves the later arms at their defaults.
        s.armParams.resize(1);
        QVERIFY(abtest::replayOptions(s, 1).arms[1].params.empty());
        const auto p = abtest::parametricOptions(everyFieldSet());
        QCOMPARE(p.rates.size(), std::size_t{3});
        QCOMPARE(p.rates[1], 0.03 * 0.8);
        QCOMPARE(p.visitors, std::int64_t{123456});
        const auto a = abtest::analysisOptions(everyFieldSet(), 2);
        QCOMPARE(a.metric, abtest::Metric::AddToCart);
        QCOMPARE(a.plannedRate, 0.04);
        QCOMPARE(a.tau2, 1e-5);
        QCOMPARE(a.seed, std::uint64_t{5'000'000'000});
    }

    void badSetupsAreRefusedNamingTheParameter() {
        abtest::ExperimentSetup s;
        s.mode = abtest::Mode::Replay;
        s.arms = {"als", "no-such-model"};
        QCOMPARE(failedParameter([&] { abtest::requireSetup(s); }), std::string("arms"));
        s.arms = {"als", "popular"};
        s.days = 0;
        QCOMPARE(failedParameter([&] { abtest::requireSetup(s); }), std::string("days"));
        s.days = 14;
        s.horizonHours = 1e300;
        QCOMPARE(failedParameter([&] { abtest::requireSetup(s); }), std::string("horizon"));
        s.horizonHours = 24;
        s.bootstrapResamples = 2'000'000;
        QCOMPARE(failedParameter([&] { abtest::requireSetup(s); }), std::string("bootstrap"));
        s.bootstrapResamples = 2000;
        s.alpha = 1.5;
        QCOMPARE(failedParameter([&] { abtest::requireSetup(s); }), std::string("alpha"));
        abtest::ExperimentSetup q = parametric(0.1);
        q.parametricArms = 40;
        QCOMPARE(failedParameter([&] { abtest::requireSetup(q); }), std::string("arms"));
        q.parametricArms = 2;
        QCOMPARE(failedParameter([&] { abtest::requireSetup(q); }), std::string("(no error)"));
        s.alpha = 0.05;
        QCOMPARE(failedParameter([&] { abtest::requireSetup(s); }), std::string("(no error)"));
        // A replay needs a dataset.
        const auto noData = abtest::runExperiment(s, nullptr, {});
        QVERIFY(!noData.ok());
        QCOMPARE(noData.error->code, util::MessageCode::AbNoTestPeriod);
    }

    void runEqualsTheSimulatorAndAnalysisCalledDirectly() {
        const abtest::ExperimentSetup s = parametric(0.25);
        const abtest::ExperimentRun r = run(s);
        const auto data = abtest::runParametric(abtest::parametricOptions(s));
        QVERIFY(data.ok());
        const auto analysis = abtest::analyse(*data, abtest::analysisOptions(s, 2));
        QVERIFY(analysis.ok());
        QVERIFY(sameJson(report::experimentJson(r.data), report::experimentJson(*data)));
        QVERIFY(sameJson(report::toJson(r.analysis, r.data), report::toJson(*analysis, *data)));
        QCOMPARE(r.analysis.overall, abtest::Verdict::Better); // 30,000 visitors, 5 % vs 6.25 %
        QVERIFY(r.armModelParameters.empty()); // parametric: no models
    }

    void storeSavesListsReopensAndRemoves() {
        QTemporaryDir dir;
        auto project = store::ProjectFile::open(dir.filePath("p.vitrina").toStdString(), store::OpenMode::CreateOrOpen);
        QVERIFY(project.ok());
        store::ExperimentStore experiments(**project);
        QVERIFY(experiments.list().empty());
        const abtest::ExperimentRun lift = run(parametric(0.25));
        const abtest::ExperimentRun aa = run(parametric(0.0));
        experiments.save("planted lift", lift);
        experiments.save("a/a", aa);
        const auto list = experiments.list();
        QCOMPARE(list.size(), std::size_t{2});
        QCOMPARE(list[0].name, std::string("a/a")); // by name
        QCOMPARE(list[1].name, std::string("planted lift"));
        QCOMPARE(list[1].mode, std::string("parametric"));
        QCOMPARE(list[1].verdict, std::string("better"));
        QVERIFY(list[1].savedMs > 0);
        QVERIFY(list[1].setup.has_value());
        QVERIFY(sameJson(abtest::setupToJson(*list[1].setup), abtest::setupToJson(lift.setup)));
        // The stored description keeps the keys the page always wrote.
        const auto info = (*project)->artefactInfo(store::kExperimentKind, "planted lift");
        QVERIFY(info);
        QCOMPARE(info->meta.at("verdict").get<std::string>(), std::string("better"));
        QCOMPARE(info->meta.at("setup").at("lift").get<double>(), 0.25);
        // Reopening: the saved set-up runs to the saved result.
        const auto saved = experiments.experiment("planted lift");
        QVERIFY(sameJson(resultDocument(run(*saved.setup)), experiments.result("planted lift")));
        // Saving under the same name replaces.
        experiments.save("planted lift", aa);
        QCOMPARE(experiments.list().size(), std::size_t{2});
        QCOMPARE(experiments.experiment("planted lift").setup->lift, 0.0);
        experiments.remove("a/a");
        experiments.remove("a/a"); // nothing left to remove: no error
        QCOMPARE(experiments.list().size(), std::size_t{1});
    }

    void missingAndUnreadableExperimentsAreClearErrors() {
        QTemporaryDir dir;
        auto project = store::ProjectFile::open(dir.filePath("p.vitrina").toStdString(), store::OpenMode::CreateOrOpen);
        QVERIFY(project.ok());
        store::ExperimentStore experiments(**project);
        try {
            experiments.experiment("nope");
            QFAIL("no error for a missing name");
        } catch (const util::Error& e) {
            QCOMPARE(e.message().code, util::MessageCode::StoreExperimentMissing);
            QCOMPARE(e.message().parameter, std::string("name"));
            QVERIFY(e.message().text().find("'nope'") != std::string::npos);
        }
        QCOMPARE(failedParameter([&] { experiments.result("nope"); }), std::string("name"));
        QCOMPARE(failedParameter([&] { experiments.save("", run(parametric(0.1))); }), std::string("name"));
        // Damaged descriptions: still listed (without a set-up); reading one says which and why.
        const std::string body = "{}";
        const std::span<const std::byte> blob(reinterpret_cast<const std::byte*>(body.data()), body.size());
        (*project)->putArtefact(store::kExperimentKind, "no setup", {{"verdict", "better"}}, blob);
        (*project)->putArtefact(store::kExperimentKind, "bad days", {{"setup", {{"days", "seven"}}}}, blob);
        const auto list = experiments.list();
        QCOMPARE(list.size(), std::size_t{2});
        for (const auto& saved : list) QVERIFY(!saved.setup.has_value());
        QCOMPARE(list[1].verdict, std::string("better"));
        for (const char* name : {"no setup", "bad days"}) {
            try {
                experiments.experiment(name);
                QFAIL("no error for an unreadable set-up");
            } catch (const util::Error& e) {
                QCOMPARE(e.message().code, util::MessageCode::StoreExperimentUnreadable);
                QVERIFY(e.message().text().find(name) != std::string::npos);
            }
        }
        try {
            experiments.experiment("bad days");
        } catch (const util::Error& e) {
            QVERIFY2(e.message().text().find("'days'") != std::string::npos, e.message().text().c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TstExperimentStore)
#include "tst_experiment_store.moc"
