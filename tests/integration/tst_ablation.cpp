// The hybrid's ablation on a small generated dataset (temporal, rolling): its "hybrid" row is the evaluator's
// hybrid list by list, its "only:recent" row is the evaluator's Recent, every variant is present with a
// paired interval around its difference; and `vitrina-cli ablation` keeps the exit-code contract.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#ifndef Q_MOC_RUN
#include <nlohmann/json.hpp>

#include "data/Importer.h"
#include "eval/Ablation.h"
#include "eval/Evaluator.h"
#include "generator/Generator.h"
#include "store/AblationArtefacts.h"
#include "store/ProjectFile.h"
#endif

using namespace vitrina;

namespace {

std::shared_ptr<const data::Dataset> generated(const QString& dir) {
    gen::GeneratorOptions options;
    options.scale = 0.03;
    options.seed = 42;
    options.writeNames = false;
    options.threads = 2;
    auto files = gen::generateDataset(dir.toStdString(), options, {});
    if (!files) qFatal("generator: %s", files.error->text().c_str());
    auto sources = data::discoverSources({dir.toStdString()});
    if (!sources) qFatal("discover: %s", sources.error->text().c_str());
    data::ImportOptions import;
    import.threads = 2;
    auto dataset = data::importDataset(*sources, import, {});
    if (!dataset) qFatal("import: %s", dataset.error->text().c_str());
    return std::make_shared<const data::Dataset>(std::move(*dataset));
}

models::ParamValues quick() {
    models::ParamValues params;
    params.set("components", std::string("popular,recent,itemknn,cooc"));
    params.set("session_views", std::string("itemknn"));
    params.set("pool", 30LL);
    return params;
}

struct Run {
    int exitCode = -1;
    QJsonObject json;
};

Run cli(const QStringList& arguments) {
    QProcess process;
    process.start(QStringLiteral(VITRINA_BINARY_DIR "/app/vitrina-cli"), arguments);
    Run run;
    if (!process.waitForFinished(300'000) || process.exitStatus() != QProcess::NormalExit) return run;
    run.exitCode = process.exitCode();
    run.json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    return run;
}

} // namespace

class TstAblation : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

    /// The project's "ablation" artefact gives back the very report (every row, stage row, weight and per-list
    /// value); a damaged blob is an error naming the ablation, never a crash or a half-read report.
    void storedAndReadBackExactly(const eval::AblationReport& report) {
        const std::vector<std::byte> blob = store::encodeAblation(report);
        const eval::AblationReport back = store::decodeAblation(blob);
        QCOMPARE(store::encodeAblation(back), blob); // nothing lost or changed
        QCOMPARE(back.rows.size(), report.rows.size());
        QCOMPARE(back.rows[1].perList, report.rows[1].perList);
        QCOMPARE(back.stages.size(), report.stages.size());
        QCOMPARE(back.columns, report.columns);
        for (const std::size_t cut : {std::size_t{0}, std::size_t{7}, blob.size() / 2, blob.size() - 1}) {
            bool failed = false;
            try {
                store::decodeAblation(std::span<const std::byte>(blob.data(), cut));
            } catch (const util::Error&) {
                failed = true;
            }
            QVERIFY2(failed, qPrintable(QStringLiteral("cut at %1").arg(cut)));
        }
        auto project = store::ProjectFile::open(dir_.filePath(QStringLiteral("ablation.vitrina")).toStdString(),
                                                store::OpenMode::CreateOrOpen);
        QVERIFY(project.ok());
        eval::ProtocolOptions protocol;
        protocol.testDays = 5;
        store::saveAblation(**project, "last", protocol, report, "fingerprint");
        const auto loaded = store::loadAblation(**project, "last");
        QVERIFY2(loaded.ok(), loaded.error ? loaded.error->text().c_str() : "");
        QCOMPARE(store::encodeAblation(loaded->report), blob);
        QCOMPARE(loaded->protocol.testDays, 5);
        QCOMPARE(loaded->dataset, std::string("fingerprint"));
        const auto missing = store::loadAblation(**project, "other");
        QVERIFY(!missing.ok());
    }

private slots:
    void rowsMatchTheEvaluator() {
        const auto dataset = generated(dir_.filePath(QStringLiteral("gen")));
        const auto split = eval::buildProtocol(*dataset, eval::ProtocolOptions{});
        QVERIFY(split.ok());
        eval::AblationOptions options;
        options.params = quick();
        options.threads = 2;
        options.minStageLists = 20;
        const auto report = eval::runAblation(dataset, *split, options);
        QVERIFY2(report.ok(), report.error ? report.error->text().c_str() : "");
        std::vector<std::string> variants;
        for (const auto& r : report->rows) variants.push_back(r.variant);
        QCOMPARE(variants, (std::vector<std::string>{"hybrid", "hybrid-static", "without:popular", "without:recent",
                                                     "without:itemknn", "without:cooc", "without:session-views",
                                                     "uniform-events", "only:popular", "only:recent", "only:itemknn",
                                                     "only:cooc"}));
        eval::EvaluationOptions eo;
        eo.threads = 2;
        eo.significance = false;
        const auto evaluated = eval::evaluateModels(dataset, *split, {{"hybrid", quick()}, {"recent", {}}}, eo);
        QVERIFY(evaluated.ok());
        QCOMPARE(report->rows[0].perList, evaluated->models[0].comparisonValues);
        QCOMPARE(report->rows[9].perList, evaluated->models[1].comparisonValues);
        QVERIFY(report->lists >= 50);
        for (std::size_t r = 1; r < report->rows.size(); ++r) {
            const auto& row = report->rows[r];
            QVERIFY(std::fabs(row.difference - (row.ndcg - report->rows[0].ndcg)) < 1e-12);
            QVERIFY2(row.interval.lower <= row.difference + 1e-12 && row.difference <= row.interval.upper + 1e-12,
                     row.variant.c_str());
            QVERIFY(row.wilcoxonPHolm >= row.wilcoxonP);
        }
        QVERIFY(!report->stages.empty());
        const auto json = eval::ablationJson(*report);
        QCOMPARE(json["rows"].size(), report->rows.size());
        storedAndReadBackExactly(*report);
    }


    void cliExitCodes() {
        QCOMPARE(cli({QStringLiteral("ablation")}).exitCode, 1);
        const Run bad = cli({QStringLiteral("ablation"), QStringLiteral("absent.vitrina"), QStringLiteral("--param"),
                             QStringLiteral("hybrid.components=popular,nope")});
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(bad.json.value(QStringLiteral("detail")).toObject().value(QStringLiteral("parameter")).toString(),
                 QStringLiteral("hybrid.components"));
        const Run other = cli({QStringLiteral("ablation"), QStringLiteral("absent.vitrina"), QStringLiteral("--param"),
                               QStringLiteral("als.factors=3")});
        QCOMPARE(other.exitCode, 2);
        QCOMPARE(cli({QStringLiteral("ablation"), QStringLiteral("absent.vitrina"), QStringLiteral("--protocol"),
                      QStringLiteral("gru4rec-official")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("ablation"), dir_.filePath(QStringLiteral("absent.vitrina"))}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TstAblation)
#include "tst_ablation.moc"
