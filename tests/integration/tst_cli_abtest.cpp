// vitrina-cli abtest and the saved experiments of a project: --save after a run, --list, --reopen (the saved
// set-up runs again to the same result), a missing name (bad input naming it), usage errors, an experiment in
// the A/B page's old stored format, and an unreadable one. Runs the real executable on a generated dataset;
// the in-process cross-checks call core (abtest/Run.h, store/ExperimentStore.h) directly.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <span>

#ifndef Q_MOC_RUN // moc cannot parse util/Message.h (X-macro enum)
#include <nlohmann/json.hpp>

#include "abtest/Run.h"
#include "report/AbTestJson.h"
#include "store/ExperimentStore.h"
#include "store/ProjectFile.h"
#endif

using namespace vitrina;

namespace {

constexpr int kTimeoutMs = 300'000; // a shared CI machine

struct Run {
    int exitCode = -1;
    nlohmann::json json;
    QString stderrText;
};

Run runCli(const QStringList& arguments) {
    QProcess process;
    process.start(QStringLiteral(VITRINA_BINARY_DIR "/app/vitrina-cli"), arguments);
    Run run;
    if (!process.waitForFinished(kTimeoutMs) || process.exitStatus() != QProcess::NormalExit) return run;
    run.stderrText = QString::fromUtf8(process.readAllStandardError());
    run.json = nlohmann::json::parse(process.readAllStandardOutput().toStdString(), nullptr, false);
    run.exitCode = run.json.is_discarded() ? -2 : process.exitCode(); // stdout must be one JSON document
    return run;
}

bool sameJson(const nlohmann::json& a, const nlohmann::json& b) {
    if (a == b) return true;
    qWarning("JSON differs: %s", nlohmann::json::diff(a, b).dump().substr(0, 2000).c_str());
    return false;
}

const QString kThreads = QStringLiteral("2");

} // namespace

class TstCliAbTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString project_;

    std::shared_ptr<store::ProjectFile> openProject() const {
        auto opened = store::ProjectFile::open(project_.toStdString(), store::OpenMode::OpenExisting);
        if (!opened) qFatal("%s", opened.error->text().c_str());
        return *opened;
    }

    void putRaw(const std::string& name, const nlohmann::json& meta) const {
        const std::string body = "{}";
        openProject()->putArtefact(store::kExperimentKind, name, meta,
                                   std::span<const std::byte>(reinterpret_cast<const std::byte*>(body.data()), body.size()));
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        const QString generated = dir_.filePath(QStringLiteral("generated"));
        project_ = dir_.filePath(QStringLiteral("p.vitrina"));
        const Run generate = runCli({QStringLiteral("generate"), QStringLiteral("--scale"), QStringLiteral("0.002"),
                                     QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("-o"), generated});
        QVERIFY2(generate.exitCode == 0, qPrintable(generate.stderrText));
        const Run import = runCli({QStringLiteral("import"), generated, QStringLiteral("-o"), project_});
        QVERIFY2(import.exitCode == 0, qPrintable(import.stderrText));
    }

    void savedExperimentIsListedAndReopensToTheSameResult() {
        const Run saved = runCli({QStringLiteral("abtest"), project_, QStringLiteral("--arms"), QStringLiteral("popular,itemknn"),
                                  QStringLiteral("--days"), QStringLiteral("7"), QStringLiteral("--seed"), QStringLiteral("3"),
                                  QStringLiteral("--param"), QStringLiteral("itemknn.k=20"), QStringLiteral("--rule"),
                                  QStringLiteral("bayesian"), QStringLiteral("--threads"), kThreads, QStringLiteral("--save"),
                                  QStringLiteral("knn vs popular")});
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.stderrText));
        QCOMPARE(saved.json.at("saved").get<std::string>(), std::string("knn vs popular"));
        QCOMPARE(saved.json.at("setup").at("rule").get<int>(), 2);
        QCOMPARE(saved.json.at("settings").at("rule").get<std::string>(), std::string("bayesian"));
        QCOMPARE(saved.json.at("settings").at("arms").size(), std::size_t{2}); // exactly the arms given
        QCOMPARE(saved.json.at("settings").at("arms").at(0).at("name").get<std::string>(), std::string("popular"));
        QCOMPARE(saved.json.at("settings").at("arms").at(1).at("params").at("k").get<int>(), 20);
        QVERIFY(saved.json.at("setup").at("arms") == nlohmann::json::array({"popular", "itemknn"}));
        QCOMPARE(saved.json.at("experiment").at("arms").size(), std::size_t{2});

        const Run list = runCli({QStringLiteral("abtest"), project_, QStringLiteral("--list")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.stderrText));
        const auto& experiments = list.json.at("experiments");
        QCOMPARE(experiments.size(), std::size_t{1});
        QCOMPARE(experiments[0].at("name").get<std::string>(), std::string("knn vs popular"));
        QCOMPARE(experiments[0].at("mode").get<std::string>(), std::string("replay"));
        QVERIFY(experiments[0].at("verdict") == saved.json.at("analysis").at("verdict").at("overall"));
        QVERIFY(sameJson(experiments[0].at("setup"), saved.json.at("setup")));

        const Run reopened = runCli({QStringLiteral("abtest"), project_, QStringLiteral("--reopen"),
                                     QStringLiteral("knn vs popular"), QStringLiteral("--threads"), kThreads});
        QVERIFY2(reopened.exitCode == 0, qPrintable(reopened.stderrText));
        QCOMPARE(reopened.json.at("reopened").at("name").get<std::string>(), std::string("knn vs popular"));
        QVERIFY(sameJson(reopened.json.at("settings"), saved.json.at("settings")));
        QVERIFY(sameJson(reopened.json.at("experiment"), saved.json.at("experiment")));
        QVERIFY(sameJson(reopened.json.at("analysis"), saved.json.at("analysis")));
        // The stored result is the run's.
        const nlohmann::json stored = store::ExperimentStore(*openProject()).result("knn vs popular");
        QVERIFY(sameJson(stored.at("analysis"), saved.json.at("analysis")));
    }

    void aSavedExperimentRunsInProcessAsInTheCli() {
        // The set-up the CLI saved, run through core here (as the A/B page runs it), gives the CLI's numbers.
        const auto project = openProject();
        const auto setup = *store::ExperimentStore(*project).experiment("knn vs popular").setup;
        const auto dataset = std::make_shared<const data::Dataset>(project->loadDataset({}));
        const auto run = abtest::runExperiment(setup, dataset, {2, false});
        QVERIFY(run.ok());
        const nlohmann::json stored = store::ExperimentStore(*project).result("knn vs popular");
        QVERIFY(sameJson(report::experimentJson(run->data), stored.at("experiment")));
        QVERIFY(sameJson(report::toJson(run->analysis, run->data), stored.at("analysis")));
    }

    void theOldStoredFormatOpens() {
        // What the A/B page stored before the set-up moved to core (its AbTestSetup::toJson, commit 8925138).
        putRaw("from an old page", nlohmann::json::parse(R"({"setup": {"mode": "replay", "arms": ["recent", "popular"],
            "arm_params": [{}, {"half_life_days": "3"}], "aa": false, "split": [], "days": 7, "visitors": 20000,
            "parametric_arms": 2, "baseline": 0.05, "lift": 0.1, "metric": "conversion", "alpha": 0.05,
            "power": 0.8, "rule": 1, "seed": 11}, "verdict": "inconclusive", "mode": "replay"})"));
        const Run list = runCli({QStringLiteral("abtest"), project_, QStringLiteral("--list")});
        QCOMPARE(list.exitCode, 0);
        bool listed = false;
        for (const auto& e : list.json.at("experiments"))
            if (e.at("name") == "from an old page") listed = e.at("setup").at("list_length") == 10;
        QVERIFY(listed);
        const Run reopened = runCli({QStringLiteral("abtest"), project_, QStringLiteral("--reopen"),
                                     QStringLiteral("from an old page"), QStringLiteral("--threads"), kThreads});
        QVERIFY2(reopened.exitCode == 0, qPrintable(reopened.stderrText));
        QCOMPARE(reopened.json.at("settings").at("rule").get<std::string>(), std::string("sequential"));
        QCOMPARE(reopened.json.at("settings").at("seed").get<int>(), 11);
        QCOMPARE(reopened.json.at("settings").at("arms").at(1).at("params").at("half_life_days").get<double>(), 3.0);
        QCOMPARE(reopened.json.at("reopened").at("saved_verdict").get<std::string>(), std::string("inconclusive"));
        // The same set-up straight through core.
        const auto project = openProject();
        const auto setup = *store::ExperimentStore(*project).experiment("from an old page").setup;
        const auto run = abtest::runExperiment(setup, std::make_shared<const data::Dataset>(project->loadDataset({})), {2, false});
        QVERIFY(run.ok());
        QVERIFY(sameJson(report::toJson(run->analysis, run->data), reopened.json.at("analysis")));
    }

    void aMissingNameIsBadInputNamingIt() {
        const Run missing = runCli({QStringLiteral("abtest"), project_, QStringLiteral("--reopen"), QStringLiteral("no such test")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.stderrText.contains(QStringLiteral("no such test")), qPrintable(missing.stderrText));
        QCOMPARE(missing.json.at("error").get<std::string>(), std::string("bad_input"));
        QCOMPARE(missing.json.at("detail").at("code").get<std::string>(), std::string("store.experiment_missing"));
        QCOMPARE(missing.json.at("detail").at("parameter").get<std::string>(), std::string("--reopen"));
    }

    void anUnreadableExperimentIsListedAndExplained() {
        putRaw("damaged", {{"setup", {{"days", "seven"}}}, {"verdict", "better"}});
        const Run list = runCli({QStringLiteral("abtest"), project_, QStringLiteral("--list")});
        QCOMPARE(list.exitCode, 0);
        bool listedWithoutSetup = false;
        for (const auto& e : list.json.at("experiments"))
            if (e.at("name") == "damaged") listedWithoutSetup = e.at("setup").is_null();
        QVERIFY(listedWithoutSetup);
        const Run reopen = runCli({QStringLiteral("abtest"), project_, QStringLiteral("--reopen"), QStringLiteral("damaged")});
        QCOMPARE(reopen.exitCode, 2);
        QVERIFY2(reopen.stderrText.contains(QStringLiteral("damaged")) && reopen.stderrText.contains(QStringLiteral("'days'")),
                 qPrintable(reopen.stderrText));
        QCOMPARE(reopen.json.at("detail").at("code").get<std::string>(), std::string("store.experiment_unreadable"));
    }

    void usageErrors() {
        const auto usage = [&](const QStringList& extra) {
            return runCli(QStringList{QStringLiteral("abtest"), project_} + extra).exitCode;
        };
        QCOMPARE(usage({QStringLiteral("--list"), QStringLiteral("--arms"), QStringLiteral("als,popular")}), 1);
        QCOMPARE(usage({QStringLiteral("--reopen"), QStringLiteral("x"), QStringLiteral("--days"), QStringLiteral("3")}), 1);
        QCOMPARE(usage({QStringLiteral("--reopen"), QStringLiteral("x"), QStringLiteral("--save"), QStringLiteral("y")}), 1);
        QCOMPARE(usage({QStringLiteral("--list"), QStringLiteral("--reopen"), QStringLiteral("x")}), 1);
        QCOMPARE(usage({QStringLiteral("--list"), QStringLiteral("--aa")}), 1);
        QCOMPARE(usage({QStringLiteral("--reopen")}), 1); // needs a value
        // Bad values: exit 2 naming the option.
        const Run emptyName = runCli({QStringLiteral("abtest"), project_, QStringLiteral("--arms"), QStringLiteral("popular,recent"),
                                      QStringLiteral("--save"), QString()});
        QCOMPARE(emptyName.exitCode, 2);
        QCOMPARE(emptyName.json.at("detail").at("parameter").get<std::string>(), std::string("--save"));
        const Run rule = runCli({QStringLiteral("abtest"), project_, QStringLiteral("--arms"), QStringLiteral("popular,recent"),
                                 QStringLiteral("--rule"), QStringLiteral("frequentist")});
        QCOMPARE(rule.exitCode, 2);
        QCOMPARE(rule.json.at("detail").at("parameter").get<std::string>(), std::string("--rule"));
        // Nothing was saved by the failed runs.
        const Run list = runCli({QStringLiteral("abtest"), project_, QStringLiteral("--list")});
        for (const auto& e : list.json.at("experiments")) QVERIFY(e.at("name") != "");
        // A project that does not exist: bad input naming the file.
        const Run absent = runCli({QStringLiteral("abtest"), dir_.filePath(QStringLiteral("absent.vitrina")), QStringLiteral("--list")});
        QCOMPARE(absent.exitCode, 2);
        QVERIFY(absent.stderrText.contains(QStringLiteral("absent.vitrina")));
    }
};

QTEST_GUILESS_MAIN(TstCliAbTest)
#include "tst_cli_abtest.moc"
