// vitrina-cli explain and explain-audit end to end: exit codes (0 ok, 1 usage, 2 bad visitor / model / k naming
// the parameter) and the JSON shape (items with scores, reasons with kind, share, contribution, raw item id,
// category path, message code and English text; per-model faithfulness and coverage).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include "TestSupport.h"

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
    if (!process.waitForFinished(300'000)) {
        process.kill();
        return run;
    }
    if (process.exitStatus() != QProcess::NormalExit) return run;
    run.exitCode = process.exitCode();
    QJsonParseError error{};
    run.json = QJsonDocument::fromJson(process.readAllStandardOutput(), &error).object();
    if (error.error != QJsonParseError::NoError) run.exitCode = -2; // stdout must be one JSON document
    run.stderrText = QString::fromUtf8(process.readAllStandardError());
    return run;
}

/// 60 visitors (raw ids 1001 v) over 20 days, each browsing one of 3 groups of 8 items (raw ids 1000 + 10 g + i)
/// with six views, some carts and purchases.
QByteArray eventsCsv() {
    QByteArray csv = "timestamp,visitorid,event,itemid,transactionid\n";
    const qint64 day = 86'400'000, start = 1'433'000'000'000;
    quint32 state = 12345;
    const auto next = [&]() { return state = state * 1664525u + 1013904223u, state >> 8; };
    int transaction = 1;
    for (int v = 0; v < 60; ++v) {
        const int group = v % 3;
        qint64 t = start + (v % 20) * day + (v * 7919 % 3600) * 1000;
        for (int e = 0; e < 6; ++e) {
            const int item = 1000 + 10 * group + static_cast<int>(next() % 8);
            const QByteArray visitor = QByteArray::number(v * 1000 + v);
            csv += QByteArray::number(t) + ',' + visitor + ",view," + QByteArray::number(item) + ",\n";
            t += 60'000;
            if (next() % 4 == 0) {
                csv += QByteArray::number(t) + ',' + visitor + ",addtocart," + QByteArray::number(item) + ",\n";
                t += 60'000;
                if (next() % 2 == 0) {
                    csv += QByteArray::number(t) + ',' + visitor + ",transaction," + QByteArray::number(item) + ',' +
                           QByteArray::number(transaction++) + '\n';
                    t += 60'000;
                }
            }
        }
    }
    return csv;
}

} // namespace

class TestCliExplain : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString project_;

private slots:
    void initTestCase() {
        const std::string events = vitrina::test::writeFile(dir_, QStringLiteral("events.csv"), eventsCsv());
        project_ = dir_.filePath(QStringLiteral("p.vitrina"));
        QCOMPARE(runCli({QStringLiteral("import"), QString::fromStdString(events), QStringLiteral("-o"), project_}).exitCode, 0);
    }

    void explainsEveryItem() {
        const Run run = runCli({QStringLiteral("explain"), project_, QStringLiteral("--visitor"), QStringLiteral("7007"),
                                QStringLiteral("--model"), QStringLiteral("itemknn"), QStringLiteral("-k"),
                                QStringLiteral("10"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.json.value(QStringLiteral("ok")).toBool());
        QCOMPARE(run.json.value(QStringLiteral("model")).toString(), QStringLiteral("itemknn"));
        const QJsonArray recs = run.json.value(QStringLiteral("recs")).toArray();
        QCOMPARE(recs.size(), 10);
        int modelItems = 0;
        for (int r = 0; r < recs.size(); ++r) {
            const QJsonObject item = recs[r].toObject();
            QCOMPARE(item.value(QStringLiteral("rank")).toInt(), r + 1);
            QVERIFY(item.value(QStringLiteral("item")).toInteger() >= 1000);
            QVERIFY(item.contains(QStringLiteral("score")) && item.contains(QStringLiteral("category")));
            const QJsonArray reasons = item.value(QStringLiteral("reasons")).toArray();
            QVERIFY(!reasons.isEmpty()); // every recommended item carries at least one reason
            const bool fromModel = item.value(QStringLiteral("source")).toString() == QStringLiteral("model");
            modelItems += fromModel;
            double shares = 0.0;
            for (const auto& value : reasons) {
                const QJsonObject reason = value.toObject();
                for (const char* key : {"kind", "share", "contribution", "code", "text"})
                    QVERIFY2(reason.contains(QLatin1String(key)), key);
                shares += reason.value(QStringLiteral("share")).toDouble();
                QVERIFY(!reason.value(QStringLiteral("text")).toString().isEmpty());
                if (fromModel) {
                    QCOMPARE(reason.value(QStringLiteral("kind")).toString(), QStringLiteral("because_viewed"));
                    QVERIFY(reason.value(QStringLiteral("item")).toInteger() >= 1000); // a raw id of the history
                    QVERIFY(reason.contains(QStringLiteral("item_category")));
                }
            }
            QVERIFY(std::fabs(shares - 1.0) < 1e-6); // ItemKNN's shares (or the fallback's) sum to 1
        }
        QVERIFY(modelItems > 0);
    }

    void badParametersExit2NamingThem() {
        const auto bad = [&](const QStringList& extra, const QString& parameter) {
            QStringList args{QStringLiteral("explain"), project_, QStringLiteral("--visitor"), QStringLiteral("7007"),
                             QStringLiteral("--model"), QStringLiteral("itemknn")};
            for (int i = 0; i + 1 < extra.size(); i += 2) {
                const int at = static_cast<int>(args.indexOf(extra[i]));
                if (at >= 0) args[at + 1] = extra[i + 1];
                else args << extra[i] << extra[i + 1];
            }
            const Run run = runCli(args);
            QCOMPARE(run.exitCode, 2);
            QCOMPARE(run.json.value(QStringLiteral("detail")).toObject().value(QStringLiteral("parameter")).toString(),
                     parameter);
        };
        bad({QStringLiteral("--visitor"), QStringLiteral("424242")}, QStringLiteral("--visitor"));
        bad({QStringLiteral("--model"), QStringLiteral("nosuchmodel")}, QStringLiteral("--model"));
        bad({QStringLiteral("-k"), QStringLiteral("0")}, QStringLiteral("-k"));
        bad({QStringLiteral("-k"), QStringLiteral("5000")}, QStringLiteral("-k"));
        QCOMPARE(runCli({QStringLiteral("explain"), project_, QStringLiteral("--visitor"), QStringLiteral("abc"),
                         QStringLiteral("--model"), QStringLiteral("als")})
                     .exitCode,
                 2);
        QCOMPARE(runCli({QStringLiteral("explain"), project_, QStringLiteral("--visitor"), QStringLiteral("7007")}).exitCode, 1);
    }

    void auditReportsFaithfulnessAndCoverage() {
        const Run run = runCli({QStringLiteral("explain-audit"), project_, QStringLiteral("--models"),
                                QStringLiteral("itemknn,popular"), QStringLiteral("--visitors"), QStringLiteral("20"),
                                QStringLiteral("--threads"), QStringLiteral("2"), QStringLiteral("--seed"),
                                QStringLiteral("3")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray models = run.json.value(QStringLiteral("models")).toArray();
        QCOMPARE(models.size(), 2);
        const QJsonObject knn = models[0].toObject(), popular = models[1].toObject();
        QCOMPARE(knn.value(QStringLiteral("model")).toString(), QStringLiteral("itemknn"));
        QVERIFY(knn.value(QStringLiteral("lists")).toInt() > 0);
        QVERIFY(knn.value(QStringLiteral("faithfulness")).isDouble());
        QVERIFY(knn.value(QStringLiteral("coverage")).toDouble() > 0.0);
        // Popular names no history item: faithfulness is undefined (null), coverage still counted.
        QVERIFY(popular.value(QStringLiteral("faithfulness")).isNull());
        QVERIFY(popular.value(QStringLiteral("coverage")).toDouble() > 0.0);
        for (const char* key : {"cases", "drops", "items", "model_items", "seconds"})
            QVERIFY2(knn.contains(QLatin1String(key)), key);

        const Run badModel = runCli({QStringLiteral("explain-audit"), project_, QStringLiteral("--models"),
                                     QStringLiteral("als,nosuchmodel")});
        QCOMPARE(badModel.exitCode, 2);
        QCOMPARE(badModel.json.value(QStringLiteral("detail")).toObject().value(QStringLiteral("parameter")).toString(),
                 QStringLiteral("--models"));
        const Run badVisitors = runCli({QStringLiteral("explain-audit"), project_, QStringLiteral("--models"),
                                        QStringLiteral("als"), QStringLiteral("--visitors"), QStringLiteral("0")});
        QCOMPARE(badVisitors.exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("explain-audit"), project_}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliExplain)
#include "tst_cli_explain.moc"
