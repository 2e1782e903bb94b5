// vitrina-cli against hostile options: every size option has an upper bound and every numeric option one
// parser (a negative seed is bad input everywhere, never wrapped to 18446744073709551615), messages name the
// option as typed (never an internal name such as 'rates' or 'p2'), an empty -o is refused, a model too large
// for the machine is refused before training, and Ctrl-C ends a long command with exit code 3.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include "TestSupport.h"

namespace {

struct Run {
    int exitCode = -1;
    QJsonObject json;
    QString stderrText;
    qint64 ms = 0;
};

const QString kCli = QStringLiteral(VITRINA_BINARY_DIR "/app/vitrina-cli");

Run finish(QProcess& process, const QElapsedTimer& timer, int timeoutMs) {
    Run run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.ms = timer.elapsed();
    if (process.exitStatus() != QProcess::NormalExit) return run; // a crash: exitCode stays -1
    run.exitCode = process.exitCode();
    QJsonParseError error{};
    run.json = QJsonDocument::fromJson(process.readAllStandardOutput(), &error).object();
    if (error.error != QJsonParseError::NoError) run.exitCode = -2; // stdout must be one JSON document
    run.stderrText = QString::fromUtf8(process.readAllStandardError());
    return run;
}

Run runCli(const QStringList& arguments, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(kCli, arguments);
    return finish(process, timer, 120'000);
}

QString parameterOf(const Run& run) {
    return run.json.value(QStringLiteral("detail")).toObject().value(QStringLiteral("parameter")).toString();
}

/// Exit code 2 naming `option` in the text and the JSON, and no internal name.
void expectBadOption(const QStringList& arguments, const QString& option) {
    const Run run = runCli(arguments);
    QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(' ') + " -> " + QString::number(run.exitCode) + " " + run.stderrText));
    QVERIFY2(run.stderrText.contains(QStringLiteral("'") + option + QStringLiteral("'")) ||
                 run.stderrText.contains(option + QStringLiteral(" ")),
             qPrintable(arguments.join(' ') + " -> " + run.stderrText));
    QCOMPARE(parameterOf(run), option);
    for (const char* internal : {"'rates'", "'p1'", "'p2'", "'list_length'", "'horizon'", "'gap'", "'click_decay'"})
        QVERIFY2(!run.stderrText.contains(QLatin1String(internal)), qPrintable(run.stderrText));
}

} // namespace

class TestCliLimits : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString project_;

private slots:
    void initTestCase() {
        // A small generated project (about 500 items): enough for EASE's memory estimate to matter at a 1 MB limit.
        const QString folder = dir_.filePath(QStringLiteral("data"));
        QCOMPARE(runCli({QStringLiteral("generate"), QStringLiteral("--scale"), QStringLiteral("0.002"), QStringLiteral("-o"), folder}).exitCode, 0);
        project_ = dir_.filePath(QStringLiteral("p.vitrina"));
        QCOMPARE(runCli({QStringLiteral("import"), folder, QStringLiteral("-o"), project_}).exitCode, 0);
    }

    void sizeOptionsHaveUpperBounds() {
        // Ten minutes of a trillion-visitor experiment before; refused at once now.
        const Run visitors = runCli({QStringLiteral("abtest-parametric"), QStringLiteral("--visitors"), QStringLiteral("1000000000000")});
        QCOMPARE(visitors.exitCode, 2);
        QCOMPARE(parameterOf(visitors), QStringLiteral("--visitors"));
        QVERIFY2(visitors.stderrText.contains(QStringLiteral("[4, 1000000000]")), qPrintable(visitors.stderrText));
        QVERIFY(visitors.ms < 10'000);
        expectBadOption({QStringLiteral("abtest-parametric"), QStringLiteral("--experiments"), QStringLiteral("20000000")}, QStringLiteral("--experiments"));
        expectBadOption({QStringLiteral("abtest-parametric"), QStringLiteral("--bootstrap"), QStringLiteral("5000000")}, QStringLiteral("--bootstrap"));
        expectBadOption({QStringLiteral("evaluate"), project_, QStringLiteral("--models"), QStringLiteral("popular"), QStringLiteral("--max-lists"), QStringLiteral("99999999999")}, QStringLiteral("--max-lists"));
        expectBadOption({QStringLiteral("evaluate"), project_, QStringLiteral("--models"), QStringLiteral("popular"), QStringLiteral("--bootstrap"), QStringLiteral("2147483648")}, QStringLiteral("--bootstrap"));
        expectBadOption({QStringLiteral("evaluate"), project_, QStringLiteral("--models"), QStringLiteral("popular"), QStringLiteral("-k"), QStringLiteral("5,100000")}, QStringLiteral("-k"));
        expectBadOption({QStringLiteral("explain-audit"), project_, QStringLiteral("--models"), QStringLiteral("popular"), QStringLiteral("--visitors"), QStringLiteral("100000000")}, QStringLiteral("--visitors"));
        expectBadOption({QStringLiteral("ablation"), project_, QStringLiteral("--min-stage-lists"), QStringLiteral("99999999999")}, QStringLiteral("--min-stage-lists"));
        expectBadOption({QStringLiteral("power"), QStringLiteral("--baseline"), QStringLiteral("0.05"), QStringLiteral("--visitors"), QStringLiteral("1e13")}, QStringLiteral("--visitors"));
    }

    void negativeSeedsAreBadInputEverywhere() {
        // `evaluate --seed -1` once ran with seed 18446744073709551615 while `abtest` refused it.
        const QString seed = QStringLiteral("--seed"), minusOne = QStringLiteral("-1");
        expectBadOption({QStringLiteral("evaluate"), project_, QStringLiteral("--models"), QStringLiteral("popular"), seed, minusOne}, seed);
        expectBadOption({QStringLiteral("recommend"), project_, QStringLiteral("--visitor"), QStringLiteral("1"), QStringLiteral("--model"), QStringLiteral("popular"), seed, minusOne}, seed);
        expectBadOption({QStringLiteral("explain"), project_, QStringLiteral("--visitor"), QStringLiteral("1"), QStringLiteral("--model"), QStringLiteral("popular"), seed, minusOne}, seed);
        expectBadOption({QStringLiteral("explain-audit"), project_, QStringLiteral("--models"), QStringLiteral("popular"), seed, minusOne}, seed);
        expectBadOption({QStringLiteral("ablation"), project_, seed, minusOne}, seed);
        expectBadOption({QStringLiteral("abtest"), project_, QStringLiteral("--arms"), QStringLiteral("popular,recent"), seed, minusOne}, seed);
        expectBadOption({QStringLiteral("abtest"), project_, QStringLiteral("--arms"), QStringLiteral("popular,recent"), QStringLiteral("--model-seed"), minusOne}, QStringLiteral("--model-seed"));
        expectBadOption({QStringLiteral("abtest-parametric"), seed, minusOne}, seed);
        expectBadOption({QStringLiteral("generate"), seed, minusOne, QStringLiteral("-o"), dir_.filePath(QStringLiteral("g"))}, seed);
        expectBadOption({QStringLiteral("evaluate"), project_, QStringLiteral("--models"), QStringLiteral("popular"), seed, QStringLiteral("18446744073709551615")}, seed);
    }

    void messagesNameTheOptionTyped() {
        const QString parametric = QStringLiteral("abtest-parametric");
        expectBadOption({parametric, QStringLiteral("--baseline"), QStringLiteral("1.5")}, QStringLiteral("--baseline"));
        expectBadOption({parametric, QStringLiteral("--baseline"), QStringLiteral("0.5"), QStringLiteral("--lift"), QStringLiteral("2")}, QStringLiteral("--lift"));
        expectBadOption({parametric, QStringLiteral("--split"), QStringLiteral("70/x")}, QStringLiteral("--split"));
        expectBadOption({parametric, QStringLiteral("--visitors"), QStringLiteral("10"), QStringLiteral("--days"), QStringLiteral("20")}, QStringLiteral("--visitors"));
        expectBadOption({parametric, QStringLiteral("--alpha"), QStringLiteral("1")}, QStringLiteral("--alpha"));
        // This message names the metric, not an option; its JSON names the option.
        QCOMPARE(parameterOf(runCli({parametric, QStringLiteral("--metric"), QStringLiteral("revenue")})), QStringLiteral("--metric"));
        const QString abtest = QStringLiteral("abtest");
        const QStringList arms{abtest, project_, QStringLiteral("--arms"), QStringLiteral("popular,recent")};
        expectBadOption(arms + QStringList{QStringLiteral("--list-length"), QStringLiteral("0")}, QStringLiteral("--list-length"));
        expectBadOption(arms + QStringList{QStringLiteral("--horizon-hours"), QStringLiteral("0")}, QStringLiteral("--horizon-hours"));
        expectBadOption(arms + QStringList{QStringLiteral("--gap-minutes"), QStringLiteral("0")}, QStringLiteral("--gap-minutes"));
        expectBadOption(arms + QStringList{QStringLiteral("--click-decay"), QStringLiteral("1.5")}, QStringLiteral("--click-decay"));
        expectBadOption(arms + QStringList{QStringLiteral("--click-model"), QStringLiteral("cubic")}, QStringLiteral("--click-model"));
        expectBadOption(arms + QStringList{QStringLiteral("--planned-rate"), QStringLiteral("1")}, QStringLiteral("--planned-rate"));
        expectBadOption({QStringLiteral("power"), QStringLiteral("--baseline"), QStringLiteral("0.05"), QStringLiteral("--mde"), QStringLiteral("0")}, QStringLiteral("--mde"));
        expectBadOption({QStringLiteral("power"), QStringLiteral("--baseline"), QStringLiteral("0.05"), QStringLiteral("--mde"), QStringLiteral("0.1"), QStringLiteral("--power"), QStringLiteral("1")}, QStringLiteral("--power"));
        const QStringList evaluate{QStringLiteral("evaluate"), project_, QStringLiteral("--models"), QStringLiteral("popular")};
        expectBadOption(evaluate + QStringList{QStringLiteral("--days"), QStringLiteral("0")}, QStringLiteral("--days"));
        expectBadOption(evaluate + QStringList{QStringLiteral("--min-item-events"), QStringLiteral("-1")}, QStringLiteral("--min-item-events"));
        expectBadOption(evaluate + QStringList{QStringLiteral("--compare"), QStringLiteral("ndcg@7")}, QStringLiteral("--compare"));
        expectBadOption(evaluate + QStringList{QStringLiteral("--protocol"), QStringLiteral("random")}, QStringLiteral("--protocol"));
        expectBadOption({QStringLiteral("evaluate"), project_, QStringLiteral("--models"), QStringLiteral("nosuchmodel")}, QStringLiteral("--models"));
    }

    void emptyOutputIsRefused() {
        // SQLite takes an empty name for a private temporary database: the import said "ok" and saved nothing.
        const Run run = runCli({QStringLiteral("import"), dir_.filePath(QStringLiteral("data")), QStringLiteral("-o"), QString()});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.json.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(parameterOf(run), QStringLiteral("-o"));
    }

    void aModelTooLargeForTheMachineIsRefused() {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VITRINA_MEMORY_LIMIT_MB"), QStringLiteral("1"));
        const QStringList args{QStringLiteral("evaluate"), project_, QStringLiteral("--models"), QStringLiteral("popular,ease"),
                               QStringLiteral("--param"), QStringLiteral("ease.items=40000"),
                               QStringLiteral("--param"), QStringLiteral("ease.precision=double")};
        const Run refused = runCli(args, env);
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(parameterOf(refused), QStringLiteral("ease.items"));
        QVERIFY2(refused.stderrText.contains(QStringLiteral("of memory")), qPrintable(refused.stderrText));
        QVERIFY2(!refused.stderrText.contains(QStringLiteral("fit.popular")), qPrintable(refused.stderrText)); // nothing trained
        // Every other fit path refuses too (here the explanation audit, which fits without the evaluator).
        const Run audit = runCli({QStringLiteral("explain-audit"), project_, QStringLiteral("--models"), QStringLiteral("ease"),
                                  QStringLiteral("--param"), QStringLiteral("ease.precision=double")},
                                 env);
        QCOMPARE(audit.exitCode, 2);
        QCOMPARE(parameterOf(audit), QStringLiteral("ease.items"));
        // Within the machine's memory the same evaluation runs.
        QCOMPARE(runCli(args).exitCode, 0);
    }

    void interruptEndsALongCommandWithExitCode3() {
#ifdef Q_OS_WIN
        QSKIP("SIGINT is POSIX");
#else
        // Ten million parametric experiments take minutes; Ctrl-C must end them within seconds, with the
        // "cancelled" document and exit code 3.
        QProcess process;
        QElapsedTimer timer;
        process.start(kCli, {QStringLiteral("abtest-parametric"), QStringLiteral("--experiments"), QStringLiteral("10000000"),
                             QStringLiteral("--threads"), QStringLiteral("1")});
        QVERIFY(process.waitForStarted());
        QTest::qWait(1500);
        QCOMPARE(process.state(), QProcess::Running);
        timer.start();
        QCOMPARE(::kill(static_cast<pid_t>(process.processId()), SIGINT), 0);
        const Run run = finish(process, timer, 30'000);
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.json.value(QStringLiteral("error")).toString(), QStringLiteral("cancelled"));
        QVERIFY2(run.ms < 6'000, std::to_string(run.ms).c_str());
#endif
    }
};

QTEST_GUILESS_MAIN(TestCliLimits)
#include "tst_cli_limits.moc"
