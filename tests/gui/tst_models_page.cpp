// The Models page end to end, offscreen: a small generated dataset is imported, Popular and ItemKNN are trained
// and evaluated through the page (job runner), and its tables are checked against eval::evaluateModels called
// directly on the same split. Also: Cancel keeps the previous results, a bad hyperparameter is refused with
// the core's message naming it, EASE states its memory, every item model passes QAbstractItemModelTester,
// exports work. With VITRINA_SCREENSHOT_DIR set, it saves models-en.png and models-ru.png there.
#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "app/MainWindow.h"
#include "app/Services.h"
#include "common/ChartPanel.h"
#include "common/ElidedLabel.h"
#include "common/Export.h"
#include "common/Format.h"
#include "common/Roles.h"
#include "generator/Generator.h"
#include "common/ModelNames.h"
#include "modelspage/EpochLossChart.h"
#include "modelspage/ModelPicker.h"
#include "modelspage/ModelsPage.h"
#include "modelspage/ProtocolEditor.h"
#include "models/Catalogue.h"
#include "modelspage/ResultModels.h"
#include "modelspage/SignificanceDelegate.h"
#include "GuiTestWindow.h"
#include "TestSupport.h"

using namespace vitrina;
using namespace vitrina::ui;

namespace {
constexpr int kJobTimeoutMs = 180000; // the CI machine is shared
constexpr double kTestScale = 0.01; // about 27,000 events: enough carts in the last week for intervals
} // namespace

class TestModelsPage : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::unique_ptr<app::Services> services_;
    std::unique_ptr<app::MainWindow> window_;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers_;

    ui::modelspage::ModelsPage* page() const { return window_->page<ui::modelspage::ModelsPage>(QStringLiteral("models")); }

    /// Runs the checked models through the page and waits for the result.
    void runThroughPage() {
        const ui::modelspage::ModelsRun* before = page()->run();
        QVERIFY2(page()->trainAndEvaluate(), qPrintable(page()->errorText()));
        QTRY_VERIFY_WITH_TIMEOUT(!page()->tracker().isRunning(), kJobTimeoutMs);
        QVERIFY2(page()->run() && page()->run() != before, qPrintable(page()->errorText()));
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        const QString generated = dir_.filePath(QStringLiteral("generated"));
        const QString generationError = test::generateFolder(generated, kTestScale);
        QVERIFY2(generationError.isEmpty(), qPrintable(generationError));

        auto gui = test::openWindow(dir_, {1360, 860});
        services_ = std::move(gui.services);
        window_ = std::move(gui.window);
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        QVERIFY(page()); // registered through PageRegistry, hidden until a dataset is open
        QVERIFY(!window_->visiblePageIds().contains(QStringLiteral("models")));
        for (QAbstractItemModel* model : std::initializer_list<QAbstractItemModel*>{
                 page()->metricsModel(), page()->segmentModel(), page()->significanceModel(),
                 page()->picker()->list()->model()})
            testers_.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));

        services_->controller().importPaths({generated});
        QTRY_VERIFY_WITH_TIMEOUT(services_->session().hasDataset(), kJobTimeoutMs);
        QVERIFY(window_->visiblePageIds().contains(QStringLiteral("models")));
        window_->showPage(QStringLiteral("models"));
    }

    void cleanupTestCase() {
        testers_.clear();
        window_.reset();
        services_.reset();
    }

    void defaultsFollowTheConventions() {
        const eval::ProtocolOptions o = page()->protocolEditor()->options();
        QCOMPARE(o.kind, eval::ProtocolKind::Temporal);
        QCOMPARE(o.mode, eval::TemporalMode::Rolling);
        QCOMPARE(o.targets, eval::TargetTypes::CartAndPurchase);
        QCOMPARE(o.testDays, 7);
        QVERIFY(!o.excludeSeen);
        QCOMPARE(page()->protocolEditor()->seed(), std::uint64_t{42});
        // Every catalogue model is listed, in the catalogue's order, as its name and description.
        const auto& catalogue = vitrina::models::modelCatalogue();
        QCOMPARE(page()->picker()->list()->count(), static_cast<int>(catalogue.size()));
        for (std::size_t i = 0; i < catalogue.size(); ++i)
            QCOMPARE(page()->picker()->list()->item(static_cast<int>(i))->text(),
                     ui::common::modelLongName(QString::fromStdString(catalogue[i].id)));
        QCOMPARE(ui::common::modelLongName(QStringLiteral("itemknn")), QStringLiteral("ItemKNN (item-based neighbours)"));
        QCOMPARE(ui::common::modelDisplayName(QStringLiteral("itemknn+cat+mmr")),
                 QStringLiteral("ItemKNN + category affinity + MMR"));
    }

    void tableMatchesEvaluateModels() {
        page()->picker()->setChecked({QStringLiteral("popular"), QStringLiteral("itemknn")});
        // Any event as the target: the small dataset's last week has few carts (34), but thousands of events.
        eval::ProtocolOptions protocol = page()->protocolEditor()->options();
        protocol.targets = eval::TargetTypes::AnyEvent;
        page()->protocolEditor()->setOptions(protocol);
        runThroughPage();
        if (QTest::currentTestFailed()) return;

        // The same evaluation, called directly.
        const auto dataset = services_->session().dataset();
        const auto split = eval::buildProtocol(*dataset, page()->protocolEditor()->options());
        QVERIFY(split.ok());
        eval::EvaluationOptions options;
        options.threads = services_->jobs().threadCount();
        const auto expected = eval::evaluateModels(dataset, *split, page()->picker()->specs(), options);
        QVERIFY(expected.ok());
        QCOMPARE(expected->models.size(), std::size_t{2});
        QVERIFY2(expected->lists > 50, qPrintable(QString::number(expected->lists)));

        ui::modelspage::MetricsTableModel* table = page()->metricsModel();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->kIndex(), 1); // K = 10 by default
        QCOMPARE(table->headerData(table->columnOf(eval::Metric::Ndcg), Qt::Horizontal).toString(), QStringLiteral("NDCG@10"));
        for (int row = 0; row < 2; ++row) {
            const eval::ModelResult& m = expected->models[static_cast<std::size_t>(row)];
            QCOMPARE(table->data(table->index(row, 0), common::RawValueRole).toString(),
                     ui::common::modelDisplayName(QString::fromStdString(m.id)));
            for (const eval::Metric metric : {eval::Metric::Precision, eval::Metric::Recall, eval::Metric::HitRate,
                                              eval::Metric::Ndcg, eval::Metric::AveragePrecision,
                                              eval::Metric::ReciprocalRank}) {
                const QModelIndex cell = table->index(row, table->columnOf(metric));
                QCOMPARE(table->data(cell, common::RawValueRole).toDouble(), m.summary.at(metric, 1));
                const auto ci = m.intervals[static_cast<std::size_t>(metric)][1];
                QVERIFY2(table->data(cell).toString() == common::formatWithHalfWidth(m.summary.at(metric, 1), ci),
                         qPrintable(table->data(cell).toString()));
            }
        }
        // ItemKNN beats Popular on NDCG@10 here, as on the generator's co-view structure.
        const int ndcg = table->columnOf(eval::Metric::Ndcg);
        QVERIFY(table->data(table->index(1, ndcg), common::RawValueRole).toDouble() >
                table->data(table->index(0, ndcg), common::RawValueRole).toDouble());

        // Segments: the four activity segments, the compared metric per model.
        ui::modelspage::SegmentTableModel* segments = page()->segmentModel();
        QCOMPARE(segments->rowCount(), 4);
        QCOMPARE(segments->columnCount(), 4);
        std::uint64_t lists = 0;
        for (int r = 0; r < 4; ++r) {
            const eval::SegmentResult& s = expected->models[1].segments[segments->segmentIndexes()[static_cast<std::size_t>(r)]];
            QCOMPARE(s.kind, std::string("activity"));
            lists += segments->data(segments->index(r, 1), common::RawValueRole).toULongLong();
            const double shown = segments->data(segments->index(r, 3), common::RawValueRole).toDouble();
            QVERIFY(shown == s.focus.mean || (std::isnan(shown) && std::isnan(s.focus.mean)));
        }
        QCOMPARE(lists, expected->lists);

        // Significance: row - column, with the matrix's numbers.
        ui::modelspage::SignificanceTableModel* sig = page()->significanceModel();
        QCOMPARE(sig->rowCount(), 2);
        QCOMPARE(sig->columnCount(), 3);
        const auto& matrix = expected->comparisons.front().matrix;
        const double itemknnMinusPopular = matrix.difference(0, 1);
        QCOMPARE(sig->data(sig->index(1, 1), common::RawValueRole).toDouble(), itemknnMinusPopular);
        QCOMPARE(sig->data(sig->index(0, 2), common::RawValueRole).toDouble(), -itemknnMinusPopular);
        QCOMPARE(sig->data(sig->index(1, 1), ui::modelspage::SignificantRole).toBool(), matrix.entry(0, 1).significant);
        // The flag is the shown (simultaneous) interval's: * exactly when it excludes 0; ≠ marks the Wilcoxon check
        // when it disagrees; the tooltip names the level.
        const QString cellText = sig->data(sig->index(1, 1)).toString();
        const auto& shownEntry = matrix.entry(0, 1);
        QCOMPARE(cellText.contains(QStringLiteral(" *")), shownEntry.bootstrapInterval.lower > 0.0 || shownEntry.bootstrapInterval.upper < 0.0);
        QCOMPARE(cellText.contains(QStringLiteral("≠")), !shownEntry.checksAgree());
        QVERIFY(sig->data(sig->index(1, 1), Qt::ToolTipRole).toString().contains(common::formatLevel(matrix.intervalLevel)));
        QVERIFY(!sig->data(sig->index(0, 1), ui::modelspage::DifferenceRole).isValid()); // the diagonal
        const QColor fill = ui::modelspage::SignificanceDelegate::cellColor(itemknnMinusPopular, true, itemknnMinusPopular, false);
        QVERIFY(fill.green() > fill.red());
        QCOMPARE(ui::modelspage::SignificanceDelegate::cellColor(0.1, false, 0.1, false).alpha(), 0);

        // Charts: one bar per model, whiskers as line series; exports.
        QChart* chart = page()->metricChart()->chart();
        QVERIFY(chart);
        QCOMPARE(chart->series().size(), 3);
        QVERIFY(page()->segmentChart()->chart());
        const QString png = dir_.filePath(QStringLiteral("metric.png"));
        QCOMPARE(common::exportChartPng(page()->metricChart()->view(), png), QString());
        QVERIFY(QFile(png).size() > 1000);
        const QString csv = common::modelToCsv(*table);
        QVERIFY(csv.startsWith(QStringLiteral("Model,")));
        QCOMPARE(csv.count(u'\n'), 3);
        const QString json = dir_.filePath(QStringLiteral("evaluation.json"));
        const QString problem = page()->exportJson(json);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(QFile(json).size() > 500);
    }

    void cancelKeepsThePreviousResults() {
        const ui::modelspage::ModelsRun* before = page()->run();
        QVERIFY(before);
        page()->picker()->setChecked({QStringLiteral("popular"), QStringLiteral("itemknn"), QStringLiteral("als")});
        QSignalSpy finished(&page()->tracker(), &jobs::JobTracker::finished);
        QVERIFY(page()->trainAndEvaluate());
        QVERIFY(page()->tracker().isRunning());
        page()->tracker().cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kJobTimeoutMs);
        QCOMPARE(finished.front().at(0).toBool(), false); // not succeeded
        QCOMPARE(finished.front().at(1).toBool(), true);  // cancelled
        QCOMPARE(page()->run(), before);
        QVERIFY(page()->errorText().contains(QStringLiteral("Cancelled")));
        QCOMPARE(page()->metricsModel()->rowCount(), 2);
    }

    void neuralModelsDrawTheirLossPerEpoch() {
        // GRU4Rec and SASRec, small and quick, through the page: every epoch of each reaches the live chart, which
        // a run without a neural model hides again.
        ui::modelspage::ModelPicker* picker = page()->picker();
        picker->setChecked({QStringLiteral("popular"), QStringLiteral("gru4rec"), QStringLiteral("sasrec")});
        picker->setParameterText(QStringLiteral("gru4rec"), QStringLiteral("n_epochs"), QStringLiteral("3"));
        picker->setParameterText(QStringLiteral("gru4rec"), QStringLiteral("layers"), QStringLiteral("32"));
        picker->setParameterText(QStringLiteral("gru4rec"), QStringLiteral("n_sample"), QStringLiteral("128"));
        picker->setParameterText(QStringLiteral("sasrec"), QStringLiteral("num_epochs"), QStringLiteral("2"));
        picker->setParameterText(QStringLiteral("sasrec"), QStringLiteral("hidden_units"), QStringLiteral("16"));
        QVERIFY2(picker->validationError().isEmpty(), qPrintable(picker->validationError()));
        QVERIFY(page()->lossChart()->isHidden());
        runThroughPage();
        if (QTest::currentTestFailed()) return;
        QCOMPARE(page()->lossChart()->pointCount(), 3 + 2);
        QVERIFY(page()->lossChart()->isVisible());
        picker->setChecked({QStringLiteral("popular"), QStringLiteral("itemknn")});
        runThroughPage();
        QCOMPARE(page()->lossChart()->pointCount(), 0);
        QVERIFY(page()->lossChart()->isHidden());
    }

    void badParameterNamesIt() {
        ui::modelspage::ModelPicker* picker = page()->picker();
        picker->setChecked({QStringLiteral("popular"), QStringLiteral("itemknn")});
        picker->setParameterText(QStringLiteral("itemknn"), QStringLiteral("k"), QStringLiteral("0"));
        QVERIFY(!picker->validationError().isEmpty());
        QVERIFY(!page()->trainAndEvaluate());
        QVERIFY(!page()->tracker().isRunning());
        QVERIFY2(page()->errorText().contains(QStringLiteral("itemknn.k")), qPrintable(page()->errorText()));
        picker->setParameterText(QStringLiteral("itemknn"), QStringLiteral("k"), QStringLiteral("many"));
        QVERIFY2(picker->validationError().contains(QStringLiteral("itemknn.k")), qPrintable(picker->validationError()));
        picker->setParameterText(QStringLiteral("itemknn"), QStringLiteral("k"), QStringLiteral("50"));
        QCOMPARE(picker->validationError(), QString());
        QCOMPARE(std::get<long long>(*picker->specs().at(1).params.find("k")), 50LL);
        picker->setParameterText(QStringLiteral("itemknn"), QStringLiteral("k"), QStringLiteral("100"));
    }

    /// Hyperparameters are labelled by their translated meaning and choice values by their texts, while the value
    /// stored (what project files and the CLI use) stays the published one.
    void parametersShowTextsAndKeepTheirValues() {
        ui::modelspage::ModelPicker* picker = page()->picker();
        picker->setChecked({QStringLiteral("popular"), QStringLiteral("itemknn")});
        picker->setParameterText(QStringLiteral("itemknn"), QStringLiteral("k"), QStringLiteral("100")); // selects it
        const auto* label = picker->findChild<QLabel*>(QStringLiteral("paramLabel.itemknn.k"));
        QVERIFY(label);
        QCOMPARE(label->text(), common::parameterDescription(models::findModel("itemknn")->parameters.front()));
        QVERIFY(label->toolTip().contains(QStringLiteral("k")));
        auto* weighting = picker->findChild<QComboBox*>(QStringLiteral("param.itemknn.weighting"));
        QVERIFY(weighting);
        QCOMPARE(weighting->currentText(), common::parameterChoiceText("none"));
        const int tfidf = weighting->findData(QStringLiteral("tfidf"));
        QVERIFY(tfidf >= 0);
        QCOMPARE(weighting->itemText(tfidf), QStringLiteral("TF-IDF (inverse frequency)"));
        QCOMPARE(common::parameterChoiceText("no-such-value"), QStringLiteral("no-such-value"));
        weighting->setCurrentIndex(tfidf);
        emit weighting->activated(tfidf);
        QCOMPARE(std::get<std::string>(*picker->specs().at(1).params.find("weighting")), std::string("tfidf"));
        const int none = weighting->findData(QStringLiteral("none"));
        weighting->setCurrentIndex(none);
        emit weighting->activated(none);
        QCOMPARE(std::get<std::string>(*picker->specs().at(1).params.find("weighting")), std::string("none"));
    }

    void easeStatesItsMemory() {
        ui::modelspage::ModelPicker* picker = page()->picker();
        QVERIFY(picker->easeMemoryText().isEmpty() || !picker->checkedIds().contains(QStringLiteral("ease")));
        picker->setChecked({QStringLiteral("ease")});
        const auto items = services_->session().dataset()->items.ids.size();
        const QString text = picker->easeMemoryText();
        QVERIFY2(text.contains(common::formatCount(std::min<std::uint64_t>(items, 10000))), qPrintable(text));
        QVERIFY2(text.startsWith(QStringLiteral("EASE will take about")), qPrintable(text)); // the catalogue's name
        // 1,000 items in float: 4 MB for the matrix.
        picker->setParameterText(QStringLiteral("ease"), QStringLiteral("items"), QStringLiteral("1000"));
        if (items >= 1000) QVERIFY2(picker->easeMemoryText().contains(QStringLiteral("1,000 × 1,000")), qPrintable(picker->easeMemoryText()));
        picker->setChecked({QStringLiteral("popular"), QStringLiteral("itemknn")});
    }

    // The line "Model k of n: training …" is read off the fraction the bar beside it shows: whenever it names a
    // model, that model's share of the bar holds the fraction. The shares, as ModelsPersistence and the evaluator
    // lay them out: the split and stored models take the first 10 %, then each model an equal share, of which
    // training is the first 60 %.
    void progressTextAgreesWithTheBar() {
        page()->picker()->setChecked({QStringLiteral("popular"), QStringLiteral("recent"), QStringLiteral("itemknn")});
        page()->picker()->setParameterText(QStringLiteral("itemknn"), QStringLiteral("k"), QStringLiteral("60"));
        const auto* line = page()->findChild<ui::common::ElidedLabel*>(QStringLiteral("modelProgress"));
        QVERIFY(line);
        static const QRegularExpression model(QStringLiteral("^Model (\\d+) of (\\d+): (training|evaluating) "));
        QStringList disagreements;
        int seen = 0;
        const auto connection = connect(&page()->tracker(), &jobs::JobTracker::progressChanged, this,
                                        [&](double fraction, const QString&, double) {
            const QRegularExpressionMatch match = model.match(line->text());
            if (!match.hasMatch()) return;
            ++seen;
            const int k = match.captured(1).toInt(), n = match.captured(2).toInt();
            const double done = (fraction - 0.1) / 0.9 * n - (k - 1); // of model k's share
            const bool training = match.captured(3) == QLatin1String("training");
            const double eps = 1e-6;
            if (n != 3 || done < -eps || done > 1 + eps || (training ? done > 0.6 + eps : done < 0.6 - eps))
                disagreements << QStringLiteral("'%1' at %2 %").arg(line->text()).arg(100 * fraction);
        });
        runThroughPage();
        disconnect(connection);
        page()->picker()->setParameterText(QStringLiteral("itemknn"), QStringLiteral("k"), QStringLiteral("100"));
        QVERIFY(seen > 3);
        QVERIFY2(disagreements.isEmpty(), qPrintable(disagreements.mid(0, 5).join(QStringLiteral("; "))));
    }

    void screenshots() {
        QTemporaryDir scratch;
        const QByteArray folder = vitrina::test::screenshotFolder(scratch);
        QVERIFY(page()->run());
        page()->picker()->setChecked({QStringLiteral("popular"), QStringLiteral("recent"), QStringLiteral("itemknn")});
        runThroughPage();
        if (QTest::currentTestFailed()) return;
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("ru")}) {
            QVERIFY(services_->language().setLanguage(language));
            QTest::qWait(200);
            const QString path = QDir(QString::fromLocal8Bit(folder)).filePath(QStringLiteral("models-%1.png").arg(language));
            QVERIFY(window_->grab().save(path));
            QVERIFY(QFile(path).size() < 300 * 1024);
        }
        QVERIFY(services_->language().setLanguage(QStringLiteral("en")));
        // The other tabs, for reviewing the layout (VITRINA_SCREENSHOT_TABS=1; not part of the README set).
        if (qEnvironmentVariableIsSet("VITRINA_SCREENSHOT_TABS")) {
            for (int tab = 1; tab < page()->tabs()->count(); ++tab) {
                page()->tabs()->setCurrentIndex(tab);
                QTest::qWait(100);
                QVERIFY(window_->grab().save(QDir(QString::fromLocal8Bit(folder)).filePath(QStringLiteral("models-tab%1-en.png").arg(tab))));
            }
            page()->tabs()->setCurrentIndex(0);
        }
    }
};

QTEST_MAIN(TestModelsPage)
#include "tst_models_page.moc"
