// vitrina-cli end to end: one JSON document on stdout, the exit codes of core/README.md (0 ok, 1 usage,
// 2 bad input naming the file and line or the parameter), and no crash on bad input.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "TestSupport.h"
#ifndef Q_MOC_RUN
#include "models/Catalogue.h"
#endif

namespace {

struct Run {
    int exitCode = -1;
    QJsonObject json;
    QString stderrText;
};

Run runCli(const QStringList& arguments) {
    QProcess process;
    process.start(QStringLiteral(VITRINA_BINARY_DIR "/app/vitrina-cli"), arguments);
    Run run;
    if (!process.waitForFinished(120'000)) {
        process.kill();
        return run;
    }
    if (process.exitStatus() != QProcess::NormalExit) return run; // a crash: exitCode stays -1
    run.exitCode = process.exitCode();
    const QByteArray out = process.readAllStandardOutput();
    QJsonParseError error{};
    run.json = QJsonDocument::fromJson(out, &error).object();
    if (error.error != QJsonParseError::NoError) run.exitCode = -2; // stdout must be one JSON document
    run.stderrText = QString::fromUtf8(process.readAllStandardError());
    return run;
}

const QByteArray kGoodEvents = "timestamp,visitorid,event,itemid,transactionid\n"
                               "1433221332117,257597,view,355908,\n"
                               "1433224214164,992329,view,248676,\n"
                               "1433221955914,257597,addtocart,355908,\n"
                               "1433222955914,257597,transaction,355908,4000\n";

} // namespace

class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

private slots:
    void usageErrors() {
        QCOMPARE(runCli({}).exitCode, 1);
        const Run unknown = runCli({QStringLiteral("no-such-command")});
        QCOMPARE(unknown.exitCode, 1);
        QCOMPARE(unknown.json.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(runCli({QStringLiteral("funnel"), QStringLiteral("p.vitrina"), QStringLiteral("--slice"),
                         QStringLiteral("month")})
                     .exitCode,
                 1);
    }

    void importStatsFunnelRoundTrip() {
        const std::string events = vitrina::test::writeFile(dir_, QStringLiteral("events.csv"), kGoodEvents);
        const QString project = dir_.filePath(QStringLiteral("p.vitrina"));
        const Run imported = runCli({QStringLiteral("import"), QString::fromStdString(events), QStringLiteral("-o"), project});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY(imported.json.value(QStringLiteral("ok")).toBool());

        const Run stats = runCli({QStringLiteral("stats"), project});
        QCOMPARE(stats.exitCode, 0);
        const QJsonObject summary = stats.json.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("events")).toInt(), 4);
        QCOMPARE(summary.value(QStringLiteral("visitors")).toInt(), 2);

        const Run funnel = runCli({QStringLiteral("funnel"), project, QStringLiteral("--slice"), QStringLiteral("all")});
        QCOMPARE(funnel.exitCode, 0);
        QCOMPARE(funnel.json.value(QStringLiteral("funnels")).toArray().size(), 6);
    }

    void badFilesNameTheFile() {
        const Run missing = runCli({QStringLiteral("import"), dir_.filePath(QStringLiteral("absent")),
                                    QStringLiteral("-o"), dir_.filePath(QStringLiteral("x.vitrina"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.stderrText.contains(QStringLiteral("absent")), qPrintable(missing.stderrText));

        const std::string badHeader =
            vitrina::test::writeFile(dir_, QStringLiteral("events_bad.csv"), "time,visitor,event\n1,2,view\n");
        const Run header = runCli({QStringLiteral("import"), QString::fromStdString(badHeader), QStringLiteral("-o"),
                                   dir_.filePath(QStringLiteral("y.vitrina"))});
        QCOMPARE(header.exitCode, 2);
        QVERIFY2(header.stderrText.contains(QStringLiteral("events_bad.csv")), qPrintable(header.stderrText));

        QTemporaryDir strictDir;
        const std::string badRow = vitrina::test::writeFile(strictDir, QStringLiteral("events.csv"),
                                                            kGoodEvents + "1433224214164,992329,click,248676,\n");
        const Run strict = runCli({QStringLiteral("import"), QString::fromStdString(badRow), QStringLiteral("--strict"),
                                   QStringLiteral("-o"), strictDir.filePath(QStringLiteral("z.vitrina"))});
        QCOMPARE(strict.exitCode, 2);
        QVERIFY2(strict.stderrText.contains(QStringLiteral("events.csv:6")), qPrintable(strict.stderrText));
        const QJsonObject detail = strict.json.value(QStringLiteral("detail")).toObject();
        QCOMPARE(detail.value(QStringLiteral("line")).toInt(), 6);
    }

    void corruptProjectIsBadInput() {
        const std::string garbage = vitrina::test::writeFile(dir_, QStringLiteral("garbage.vitrina"),
                                                             QByteArray(4096, 'x'));
        const Run stats = runCli({QStringLiteral("stats"), QString::fromStdString(garbage)});
        QCOMPARE(stats.exitCode, 2);
        QVERIFY(stats.stderrText.contains(QStringLiteral("garbage.vitrina")));
    }

    void absurdParametersNameTheParameter() {
        const Run scale = runCli({QStringLiteral("generate"), QStringLiteral("--scale"), QStringLiteral("-1"),
                                  QStringLiteral("-o"), dir_.filePath(QStringLiteral("g"))});
        QCOMPARE(scale.exitCode, 2);
        QVERIFY2(scale.stderrText.contains(QStringLiteral("--scale")), qPrintable(scale.stderrText));
        const Run threads = runCli({QStringLiteral("generate"), QStringLiteral("--threads"), QStringLiteral("lots"),
                                    QStringLiteral("-o"), dir_.filePath(QStringLiteral("g"))});
        QCOMPARE(threads.exitCode, 2);
        QVERIFY(threads.stderrText.contains(QStringLiteral("--threads")));
        const Run zero = runCli({QStringLiteral("generate"), QStringLiteral("--threads"), QStringLiteral("0"),
                                 QStringLiteral("-o"), dir_.filePath(QStringLiteral("g"))});
        QCOMPARE(zero.exitCode, 2);
    }

    void modelsListsTheCatalogue() {
        const Run run = runCli({QStringLiteral("models")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.json.value(QStringLiteral("ok")).toBool());
        const QJsonArray listed = run.json.value(QStringLiteral("models")).toArray();
        const auto& catalogue = vitrina::models::modelCatalogue();
        QCOMPARE(listed.size(), static_cast<qsizetype>(catalogue.size()));
        QJsonObject als, random, ease;
        for (qsizetype i = 0; i < listed.size(); ++i) {
            const QJsonObject m = listed[i].toObject();
            QCOMPARE(m.value(QStringLiteral("id")).toString().toStdString(), catalogue[static_cast<std::size_t>(i)].id);
            QCOMPARE(m.value(QStringLiteral("parameters")).toArray().size(),
                     static_cast<qsizetype>(catalogue[static_cast<std::size_t>(i)].parameters.size()));
            if (m.value(QStringLiteral("id")) == QStringLiteral("als")) als = m;
            if (m.value(QStringLiteral("id")) == QStringLiteral("random")) random = m;
            if (m.value(QStringLiteral("id")) == QStringLiteral("ease")) ease = m;
        }
        // Values as written in core/models (AlsModel.cpp, Catalogue.cpp, MessageCodesModels.def).
        QCOMPARE(als.value(QStringLiteral("family")).toString(), QStringLiteral("factorisation"));
        QCOMPARE(als.value(QStringLiteral("name")).toString(), QStringLiteral("ALS"));
        QCOMPARE(als.value(QStringLiteral("description")).toString(), QStringLiteral("implicit feedback"));
        const QJsonObject factors = als.value(QStringLiteral("parameters")).toArray().at(0).toObject();
        QCOMPARE(factors.value(QStringLiteral("name")).toString(), QStringLiteral("factors"));
        QCOMPARE(factors.value(QStringLiteral("type")).toString(), QStringLiteral("int"));
        QCOMPARE(factors.value(QStringLiteral("default")).toInt(), 64);
        QCOMPARE(factors.value(QStringLiteral("min")).toInt(), 1);
        QCOMPARE(factors.value(QStringLiteral("max")).toInt(), 1024);
        QCOMPARE(factors.value(QStringLiteral("description")).toString(), QStringLiteral("Latent factors"));
        const QJsonArray alsParams = als.value(QStringLiteral("parameters")).toArray();
        const QJsonObject combine = alsParams.at(alsParams.size() - 1).toObject();
        QCOMPARE(combine.value(QStringLiteral("default")).toString(), QStringLiteral("sum"));
        QCOMPARE(combine.value(QStringLiteral("choices")).toArray().size(), 3);
        QCOMPARE(als.value(QStringLiteral("capabilities")).toObject().value(QStringLiteral("explains")).toString(),
                 QStringLiteral("additive"));
        QCOMPARE(random.value(QStringLiteral("capabilities")).toObject().value(QStringLiteral("explains")).toString(),
                 QStringLiteral("none"));
        QVERIFY(ease.value(QStringLiteral("capabilities")).toObject().value(QStringLiteral("dense_memory")).toBool());
        QStringList rerankers;
        for (const auto& r : run.json.value(QStringLiteral("rerankers")).toArray())
            rerankers << r.toObject().value(QStringLiteral("usage")).toString();
        QCOMPARE(rerankers, (QStringList{QStringLiteral("<model>+cat"), QStringLiteral("<model>+mmr")}));
        QCOMPARE(runCli({QStringLiteral("models"), QStringLiteral("extra")}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
