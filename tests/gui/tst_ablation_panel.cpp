// The Models page's Ablation tab, offscreen: on a small generated dataset (any event as target, so the last
// week has enough lists) the ablation runs in the job runner and its table equals eval::runAblation called
// directly; Cancel keeps the previous table; a bad hybrid parameter is refused naming it; the chart has one
// bar per variant but the full hybrid, with whiskers; the window keeps its size while an evaluation and an
// ablation run. VITRINA_SCREENSHOT_DIR saves models-ablation-en.png.
#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QLineSeries>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "app/MainWindow.h"
#include "app/Services.h"
#include "common/ChartPanel.h"
#include "common/Roles.h"
#include "generator/Generator.h"
#include "modelspage/AblationPanel.h"
#include "modelspage/AblationPersistence.h"
#include "modelspage/ModelPicker.h"
#include "modelspage/ModelsPage.h"
#include "modelspage/ProtocolEditor.h"
#include "session/ProjectController.h"
#include "session/ProjectSession.h"
#include "store/AblationArtefacts.h"
#include "store/Artefact.h"
#include "store/ProjectFile.h"
#include "GuiTestWindow.h"

using namespace vitrina;
using namespace vitrina::ui;

namespace {
constexpr int kJobTimeoutMs = 300000; // the CI machine is shared
const char* kQuick = "popular,recent,itemknn,cooc";
} // namespace

class TestAblationPanel : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::unique_ptr<app::Services> services_;
    std::unique_ptr<app::MainWindow> window_;
    std::unique_ptr<QAbstractItemModelTester> tester_;

    ui::modelspage::ModelsPage* page() const { return window_->page<ui::modelspage::ModelsPage>(QStringLiteral("models")); }
    ui::modelspage::AblationPanel* panel() const { return page()->findChild<ui::modelspage::AblationPanel*>(); }

    void useQuickHybrid() {
        page()->picker()->setChecked({QStringLiteral("hybrid")});
        page()->picker()->setParameterText(QStringLiteral("hybrid"), QStringLiteral("components"), QString::fromLatin1(kQuick));
        page()->picker()->setParameterText(QStringLiteral("hybrid"), QStringLiteral("session_views"), QStringLiteral("itemknn"));
        page()->picker()->setParameterText(QStringLiteral("hybrid"), QStringLiteral("pool"), QStringLiteral("30"));
        eval::ProtocolOptions protocol = page()->protocolEditor()->options();
        protocol.targets = eval::TargetTypes::AnyEvent;
        page()->protocolEditor()->setOptions(protocol);
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        const QString generated = dir_.filePath(QStringLiteral("generated"));
        const QString generationError = test::generateFolder(generated, 0.01);
        QVERIFY2(generationError.isEmpty(), qPrintable(generationError));
        auto gui = test::openWindow(dir_, {1360, 860});
        services_ = std::move(gui.services);
        window_ = std::move(gui.window);
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        services_->controller().importPaths({generated});
        QTRY_VERIFY_WITH_TIMEOUT(services_->session().hasDataset(), kJobTimeoutMs);
        window_->showPage(QStringLiteral("models"));
        QVERIFY(panel());
        page()->tabs()->setCurrentIndex(page()->tabs()->count() - 1); // the ablation tab (in a scroll area)
        QCOMPARE(page()->tabs()->tabText(page()->tabs()->currentIndex()), QStringLiteral("Ablation"));
        tester_ = std::make_unique<QAbstractItemModelTester>(panel()->tableModel(),
                                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanupTestCase() {
        tester_.reset();
        window_.reset();
        services_.reset();
    }

    void badParameterIsNamed() {
        page()->picker()->setChecked({QStringLiteral("hybrid")});
        page()->picker()->setParameterText(QStringLiteral("hybrid"), QStringLiteral("components"), QStringLiteral("popular,nope"));
        QVERIFY(!panel()->start());
        QVERIFY2(panel()->errorText().contains(QStringLiteral("hybrid.components")), qPrintable(panel()->errorText()));
    }

    void tableMatchesRunAblation() {
        useQuickHybrid();
        QVERIFY2(panel()->start(), qPrintable(panel()->errorText()));
        QTRY_VERIFY_WITH_TIMEOUT(!panel()->tracker().isRunning(), kJobTimeoutMs);
        QVERIFY2(panel()->report(), qPrintable(panel()->errorText()));

        const auto dataset = services_->session().dataset();
        const auto split = eval::buildProtocol(*dataset, page()->protocolEditor()->options());
        QVERIFY(split.ok());
        eval::AblationOptions options;
        for (const auto& spec : page()->picker()->specs())
            if (spec.id == "hybrid") options.params = spec.params;
        options.seed = page()->protocolEditor()->seed();
        options.threads = services_->jobs().threadCount();
        const auto expected = eval::runAblation(dataset, *split, options);
        QVERIFY(expected.ok());
        auto* table = panel()->tableModel();
        QCOMPARE(table->rowCount(), static_cast<int>(expected->rows.size()));
        for (int r = 0; r < table->rowCount(); ++r) {
            const auto& row = expected->rows[static_cast<std::size_t>(r)];
            QCOMPARE(table->data(table->index(r, ui::modelspage::AblationTableModel::Ndcg), common::RawValueRole).toDouble(), row.ndcg);
            if (r > 0)
                QCOMPARE(table->data(table->index(r, ui::modelspage::AblationTableModel::Difference), common::RawValueRole).toDouble(),
                         row.difference);
        }
        QCOMPARE(table->data(table->index(0, 0)).toString(), QStringLiteral("Funnel-aware hybrid"));
        // Bars for every variant but the full hybrid, and whiskers.
        QChart* chart = panel()->chart()->chart();
        QVERIFY(chart);
        int bars = 0, whiskers = 0;
        for (auto* s : chart->series()) {
            if (auto* b = qobject_cast<QBarSeries*>(s)) bars = static_cast<int>(b->barSets().front()->count());
            if (qobject_cast<QLineSeries*>(s)) ++whiskers;
        }
        QCOMPARE(bars, table->rowCount() - 1);
        QVERIFY(whiskers > 0);
        if (const QByteArray shots = qgetenv("VITRINA_SCREENSHOT_DIR"); !shots.isEmpty())
            window_->grab().save(QDir(QString::fromLocal8Bit(shots)).filePath(QStringLiteral("models-ablation-en.png")));
    }

    // At the application's default size (1280 x 820) an evaluation and an ablation leave the window as it was,
    // while they run (progress strips, per-model lines) and after (summaries, tables, charts).
    void windowKeepsItsSizeDuringJobs() {
        const QSize size(1280, 820);
        window_->resize(size);
        QTRY_COMPARE(window_->size(), size);
        QSize largest = size;
        const auto watch = [&](const jobs::JobTracker& tracker) {
            while (tracker.isRunning()) {
                QTest::qWait(20);
                largest = largest.expandedTo(window_->size());
            }
            QTest::qWait(100); // the results are laid out
            largest = largest.expandedTo(window_->size());
        };
        page()->tabs()->setCurrentIndex(0);
        page()->picker()->setChecked({QStringLiteral("popular"), QStringLiteral("recent"), QStringLiteral("itemknn")});
        QVERIFY(page()->trainAndEvaluate());
        watch(page()->tracker());
        QVERIFY2(page()->errorText().isEmpty(), qPrintable(page()->errorText()));
        QCOMPARE(largest, size);
        for (int tab = 0; tab < page()->tabs()->count(); ++tab) { // every result pane once on screen
            page()->tabs()->setCurrentIndex(tab);
            QTest::qWait(50);
            largest = largest.expandedTo(window_->size());
        }
        QCOMPARE(largest, size);
        useQuickHybrid();
        QVERIFY(panel()->start());
        watch(panel()->tracker());
        QVERIFY2(panel()->report(), qPrintable(panel()->errorText()));
        QCOMPARE(largest, size);
        QCOMPARE(window_->size(), size);
        window_->resize(1360, 860);
    }

    void cancelKeepsTheTable() {
        const auto* before = panel()->report();
        QVERIFY(before);
        QVERIFY(panel()->start());
        panel()->tracker().cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!panel()->tracker().isRunning(), kJobTimeoutMs);
        QCOMPARE(panel()->report(), before);
        QVERIFY(panel()->tableModel()->rowCount() > 0);
    }

    // Like the evaluation, the ablation is kept in the project: saving stores it, reopening shows the same
    // table again (read in the background), and another dataset clears it.
    void shownAgainWhenTheProjectIsReopened() {
        QVERIFY(panel()->report());
        QStringList before;
        auto* table = panel()->tableModel();
        for (int r = 0; r < table->rowCount(); ++r)
            for (int c = 0; c < table->columnCount(); ++c) before << table->data(table->index(r, c)).toString();
        const QString path = dir_.filePath(QStringLiteral("ablation.vitrina"));
        services_->controller().saveProjectAs(path);
        QTRY_VERIFY_WITH_TIMEOUT(services_->session().isSaved(), kJobTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(panel()->persistence()->storedIn() == services_->session().project(), kJobTimeoutMs);
        QVERIFY(services_->session().project()->artefactInfo(store::kAblationArtefact, "last").has_value());

        const quint64 revision = services_->session().revision();
        services_->controller().openProject(path);
        QTRY_VERIFY_WITH_TIMEOUT(services_->session().revision() != revision, kJobTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(panel()->report() != nullptr && !panel()->persistence()->isBusy(), kJobTimeoutMs);
        QStringList after;
        table = panel()->tableModel();
        for (int r = 0; r < table->rowCount(); ++r)
            for (int c = 0; c < table->columnCount(); ++c) after << table->data(table->index(r, c)).toString();
        QCOMPARE(after, before);
        QVERIFY(panel()->errorText().isEmpty());

        // Another dataset: the old ablation is not about it.
        const QString other = dir_.filePath(QStringLiteral("other"));
        QVERIFY(test::generateFolder(other, 0.005).isEmpty());
        services_->controller().importPaths({other});
        QTRY_VERIFY_WITH_TIMEOUT(services_->session().revision() > revision + 1, kJobTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(panel()->report() == nullptr, kJobTimeoutMs);
        QCOMPARE(panel()->tableModel()->rowCount(), 0);
    }
};

QTEST_MAIN(TestAblationPanel)
#include "tst_ablation_panel.moc"
