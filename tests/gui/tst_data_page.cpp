// End to end through the GUI, offscreen: generate a small demo dataset, import it through the Data page, wait
// for the job, and check the Funnel page's tables against analytics::computeFunnel on the same data. Also: a
// failed import keeps what was loaded before and names the file and line; save and reopen a project; the demo
// dataset in one job; chart and table exports. With VITRINA_SCREENSHOT_DIR set, it saves page screenshots.
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QMimeData>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

#include <memory>

#include "analytics/Funnel.h"
#include "analytics/VisitorState.h"
#include "app/MainWindow.h"
#include "app/ProjectDialogs.h"
#include "app/Services.h"
#include "common/ChartPanel.h"
#include "common/Export.h"
#include "common/Roles.h"
#include "datapage/DataPage.h"
#include "datapage/ImportReportModels.h"
#include "datapage/SummaryCards.h"
#include "funnel/FunnelModels.h"
#include "funnel/FunnelPage.h"
#include "jobs/JobProgressWidget.h"
#include "generator/Generator.h"
#include "GuiTestWindow.h"
#include "TestSupport.h"

using namespace vitrina;
using namespace vitrina::ui;

// Waits for the funnel's reports and leaves the test function if that failed.
#define WAIT_FOR_FUNNEL(filter)                                                                                         \
    do {                                                                                                                \
        waitForFunnel(filter);                                                                                          \
        if (QTest::currentTestFailed()) return;                                                                         \
    } while (false)

namespace {
constexpr int kJobTimeoutMs = 180000; // generous: the CI machine is shared
constexpr double kTestScale = 0.002;  // about 5,500 events
} // namespace

class TestDataPage : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    QString generated_;
    std::unique_ptr<app::Services> services_;
    std::unique_ptr<app::MainWindow> window_;
    app::ProjectDialogs::TestAnswers answers_; ///< imports replace unsaved imports here: "Discard", no modal question

    ui::datapage::DataPage* dataPage() const { return window_->page<ui::datapage::DataPage>(QStringLiteral("data")); }
    funnel::FunnelPage* funnelPage() const { return window_->page<funnel::FunnelPage>(QStringLiteral("funnel")); }
    session::ProjectSession& session() const { return services_->session(); }

    /// Waits until the funnel page holds reports for the current dataset and `filter`.
    void waitForFunnel(const analytics::FunnelFilter& filter) {
        funnel::FunnelPage* page = funnelPage();
        QTRY_VERIFY_WITH_TIMEOUT(!page->tracker().isRunning() && page->reports() &&
                                     page->reports()->filter.activitySegment == filter.activitySegment &&
                                     page->reports()->filter.returning == filter.returning,
                                 kJobTimeoutMs);
    }

    void compareConversionTable(const analytics::FunnelRow& expected) {
        funnel::FunnelTableModel* model = funnelPage()->conversionModel();
        QCOMPARE(model->rowCount(), analytics::kFunnelUnitCount);
        for (int u = 0; u < analytics::kFunnelUnitCount; ++u) {
            const analytics::FunnelCounts& c = expected[static_cast<analytics::FunnelUnit>(u)];
            for (int k = 0; k < 3; ++k) {
                const QVariant cell = model->data(model->index(u, funnel::FunnelTableModel::Viewed + k), common::RawValueRole);
                QCOMPARE(cell.toULongLong(), static_cast<qulonglong>(c.stage[static_cast<std::size_t>(k)]));
            }
            QCOMPARE(model->data(model->index(u, funnel::FunnelTableModel::ViewToCart), common::RawValueRole).toDouble(),
                     c.stepConversion(1));
            QCOMPARE(model->data(model->index(u, funnel::FunnelTableModel::CartToPurchase), common::RawValueRole).toDouble(),
                     c.stepConversion(2));
            QCOMPARE(model->data(model->index(u, funnel::FunnelTableModel::ViewToPurchase), common::RawValueRole).toDouble(),
                     c.overallConversion());
            QCOMPARE(model->data(model->index(u, funnel::FunnelTableModel::DropAfterCart), common::RawValueRole).toDouble(),
                     c.dropOff(2));
        }
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        generated_ = dir_.filePath(QStringLiteral("generated"));
        gen::GeneratorOptions options;
        options.scale = kTestScale;
        const util::Result<gen::GeneratedFiles> files = gen::generateDataset(generated_.toStdString(), options, {});
        QVERIFY2(files.ok(), files.error ? files.error->text().c_str() : "generation failed");
        QVERIFY(files->events > 1000);

        auto gui = test::openWindow(dir_, {1280, 820});
        services_ = std::move(gui.services);
        window_ = std::move(gui.window);
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        answers_.unsaved = app::ProjectDialogs::UnsavedAnswer::Discard;
        app::ProjectDialogs::setTestAnswers(&answers_);
    }

    void cleanupTestCase() {
        app::ProjectDialogs::setTestAnswers(nullptr);
        window_.reset();
        services_.reset();
    }

    void onlyTheDataPageBeforeData() {
        QCOMPARE(window_->visiblePageIds(), QStringList{QStringLiteral("data")});
        QVERIFY(funnelPage()); // registered, just hidden
    }

    void importsThroughTheDataPage() {
        dataPage()->openPaths({generated_});
        QTRY_VERIFY_WITH_TIMEOUT(session().hasDataset(), kJobTimeoutMs);
        QVERIFY2(dataPage()->errorText().isEmpty(), qPrintable(dataPage()->errorText()));
        QVERIFY(!session().isSaved());
        const auto summary = session().summary();
        QVERIFY(summary->events > 1000);
        // The cards show the summary's numbers in the current locale.
        QCOMPARE(dataPage()->summaryCards()->valueText(0), QLocale().toString(static_cast<qulonglong>(summary->events)));
        // Import report: events, two item_properties parts, the category tree and the two name files.
        QVERIFY(dataPage()->sourceFilesModel()->rowCount() >= 4);
        QVERIFY(window_->visiblePageIds().contains(QStringLiteral("funnel")));
    }

    void funnelTableMatchesTheCore() {
        WAIT_FOR_FUNNEL(analytics::FunnelFilter{});
        const auto dataset = session().dataset();
        const auto sessions = session().sessions();
        const analytics::FunnelReport expected =
            analytics::computeFunnel(*dataset, *sessions, analytics::FunnelSlicing::None, {});
        compareConversionTable(expected.overall);
        QVERIFY(expected.overall[analytics::FunnelUnit::Events].stage[2] > 0); // the check is not vacuous

        const analytics::FunnelReport byCategory =
            analytics::computeFunnel(*dataset, *sessions, analytics::FunnelSlicing::TopCategory, {});
        funnel::FunnelSliceModel* categories = funnelPage()->categoryModel();
        QCOMPARE(categories->rowCount(), static_cast<int>(byCategory.slices.size()));
        for (int r = 0; r < categories->rowCount(); ++r)
            QCOMPARE(categories->data(categories->index(r, funnel::FunnelSliceModel::Viewed), common::RawValueRole).toULongLong(),
                     static_cast<qulonglong>(byCategory.slices[static_cast<std::size_t>(r)][categories->unit()].stage[0]));
    }

    void segmentSelectorRecomputes() {
        analytics::FunnelFilter filter;
        filter.activitySegment = static_cast<int>(analytics::ActivitySegment::Medium);
        filter.returning = 1;
        funnelPage()->setSelection(filter, analytics::FunnelUnit::Sessions, true);
        WAIT_FOR_FUNNEL(filter);
        const analytics::FunnelReport expected = analytics::computeFunnel(
            *session().dataset(), *session().sessions(), analytics::FunnelSlicing::None, filter);
        compareConversionTable(expected.overall);
        const analytics::FunnelReport weeks = analytics::computeFunnel(
            *session().dataset(), *session().sessions(), analytics::FunnelSlicing::IsoWeek, filter);
        QCOMPARE(funnelPage()->timeModel()->rowCount(), static_cast<int>(weeks.slices.size()));
        QCOMPARE(funnelPage()->timeModel()->unit(), analytics::FunnelUnit::Sessions);
        funnelPage()->setSelection({}, analytics::FunnelUnit::Visitors, false);
        WAIT_FOR_FUNNEL(analytics::FunnelFilter{});
    }

    void failedImportKeepsTheDataset() {
        const auto before = session().dataset();
        const quint64 revision = session().revision();
        QTemporaryDir bad;
        test::writeFile(bad, QStringLiteral("events.csv"), "timestamp,visitorid,event,itemid\n1433221332117,1,view,5\n");
        dataPage()->openPaths({bad.filePath(QStringLiteral("events.csv"))});
        QTRY_VERIFY_WITH_TIMEOUT(!dataPage()->errorText().isEmpty(), kJobTimeoutMs);
        const QString error = dataPage()->errorText();
        QVERIFY2(error.contains(QStringLiteral("events.csv")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("transactionid")), qPrintable(error)); // names the missing column
        QCOMPARE(session().dataset(), before);
        QCOMPARE(session().revision(), revision);

        dataPage()->openPaths({dir_.filePath(QStringLiteral("no-such-folder"))});
        QTRY_VERIFY_WITH_TIMEOUT(dataPage()->errorText().contains(QStringLiteral("no-such-folder")), kJobTimeoutMs);
        QCOMPARE(session().dataset(), before);
    }

    void dropImportsAndReportsSkippedRows() {
        // Rows 3 and 5 (file lines) are bad; the other three are kept. A drop of the file starts the import.
        QTemporaryDir folder;
        const QString path = QString::fromStdString(test::writeFile(
            folder, QStringLiteral("events.csv"),
            "timestamp,visitorid,event,itemid,transactionid\n"
            "1433221332117,1,view,5,\n"
            "1433221332118,1,jump,5,\n"
            "1433221332119,2,view,6,\n"
            "1433221,2,view,6,\n"
            "1433221332120,2,addtocart,6,\n"));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        enter.setAccepted(false);
        QApplication::sendEvent(dataPage(), &enter);
        QVERIFY(enter.isAccepted());
        const quint64 revision = session().revision();
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(dataPage(), &drop);
        QTRY_VERIFY_WITH_TIMEOUT(session().revision() != revision, kJobTimeoutMs);
        QCOMPARE(session().summary()->events, 3ULL);

        ui::datapage::SkippedRowsModel* skipped = dataPage()->skippedRowsModel();
        QCOMPARE(skipped->rowCount(), 2);
        QStringList reasons, lines;
        for (int r = 0; r < skipped->rowCount(); ++r) {
            reasons << skipped->data(skipped->index(r, ui::datapage::SkippedRowsModel::Reason)).toString();
            lines << skipped->data(skipped->index(r, ui::datapage::SkippedRowsModel::FirstLines)).toString();
            QCOMPARE(skipped->data(skipped->index(r, ui::datapage::SkippedRowsModel::Count), common::RawValueRole).toULongLong(), 1ULL);
        }
        lines.sort();
        QCOMPARE(lines, (QStringList{QStringLiteral("3"), QStringLiteral("5")}));
        QVERIFY2(reasons.join(u'|').contains(QStringLiteral("view, addtocart, transaction")), qPrintable(reasons.join(u'|')));
        // Not a CSV URL: a drag of web links is refused.
        QMimeData web;
        web.setUrls({QUrl(QStringLiteral("https://example.com/events.csv"))});
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &web, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QApplication::sendEvent(dataPage(), &refused);
        QVERIFY(!refused.isAccepted());
    }

    void cancelKeepsTheDataset() {
        const auto before = session().dataset();
        const quint64 revision = session().revision();
        dataPage()->openPaths({generated_});
        auto* progress = dataPage()->findChild<jobs::JobProgressWidget*>(QStringLiteral("importProgress"));
        QVERIFY(progress && progress->isVisible());
        auto* cancel = progress->findChild<QPushButton*>(QStringLiteral("cancelJob"));
        QVERIFY(cancel && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!services_->controller().tracker().isRunning(), kJobTimeoutMs);
        QVERIFY2(dataPage()->errorText().contains(QStringLiteral("cancelled")), qPrintable(dataPage()->errorText()));
        QVERIFY(!progress->isVisible());
        QCOMPARE(session().dataset(), before);
        QCOMPARE(session().revision(), revision);
    }

    void savesAndReopensTheProject() {
        const QString path = dir_.filePath(QStringLiteral("saved.vitrina"));
        const auto summary = session().summary();
        services_->controller().saveProjectAs(path);
        QTRY_VERIFY_WITH_TIMEOUT(session().isSaved(), kJobTimeoutMs);
        QCOMPARE(QFileInfo(session().projectPath()).absoluteFilePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(services_->settings().lastProject(), QFileInfo(path).absoluteFilePath());

        const quint64 revision = session().revision();
        dataPage()->openPaths({path});
        QTRY_VERIFY_WITH_TIMEOUT(session().revision() != revision, kJobTimeoutMs);
        QVERIFY(session().isSaved());
        QCOMPARE(session().summary()->events, summary->events);
        QCOMPARE(session().summary()->visitors, summary->visitors);
        QCOMPARE(session().summary()->sessions, summary->sessions);
        QVERIFY(services_->settings().recentProjects().contains(QFileInfo(path).absoluteFilePath()));
    }

    void demoDatasetInOneJob() {
        const QString folder = dir_.filePath(QStringLiteral("demo"));
        services_->controller().openDemo(folder, kTestScale);
        const QString project = session::ProjectController::demoProjectPath(folder);
        QTRY_VERIFY_WITH_TIMEOUT(session().isSaved() && QFileInfo(session().projectPath()) == QFileInfo(project),
                                 kJobTimeoutMs);
        QVERIFY(QFileInfo::exists(project));
        // The demo has readable names: some category label is not a bare number.
        WAIT_FOR_FUNNEL(analytics::FunnelFilter{});
        bool named = false;
        for (const auto& slice : funnelPage()->reports()->byCategory.slices)
            named = named || QString::fromStdString(slice.label).contains(QRegularExpression(QStringLiteral("[A-Za-z]")));
        QVERIFY(named);
    }

    void exportsChartsAndTables() {
        window_->showPage(QStringLiteral("funnel"));
        WAIT_FOR_FUNNEL(analytics::FunnelFilter{});
        auto* panel = funnelPage()->findChild<common::ChartPanel*>();
        QVERIFY(panel && panel->chart());
        const QString png = dir_.filePath(QStringLiteral("funnel.png"));
        const QString svg = dir_.filePath(QStringLiteral("funnel.svg"));
        QCOMPARE(common::exportChartPng(panel->view(), png), QString());
        QCOMPARE(common::exportChartSvg(panel->view(), svg), QString());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= panel->view()->width());
        QSet<QRgb> colours; // not a blank picture
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7) colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 5);
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QVERIFY(svgFile.readAll().contains("<svg"));

        const QString csvPath = dir_.filePath(QStringLiteral("conversion.csv"));
        QCOMPARE(common::exportModelCsv(*funnelPage()->conversionModel(), csvPath), QString());
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.size(), analytics::kFunnelUnitCount + 2); // header, four units, final newline
        const auto& expected = funnelPage()->reports()->overall.overall[analytics::FunnelUnit::Events];
        const QByteArray prefix = QByteArray("Events,") + QByteArray::number(static_cast<qulonglong>(expected.stage[0])) + ',';
        QVERIFY2(lines[1].startsWith(prefix), lines[1].constData());
    }

    void screenshots() {
        QTemporaryDir scratch;
        const QByteArray folder = vitrina::test::screenshotFolder(scratch);
        QDir().mkpath(QString::fromLocal8Bit(folder));
        const auto save = [&](const QString& name) {
            QTest::qWait(200);
            QVERIFY(window_->grab().save(QDir(QString::fromLocal8Bit(folder)).filePath(name + QStringLiteral(".png"))));
        };
        window_->showPage(QStringLiteral("data"));
        for (int tab = 0; tab < dataPage()->tabs()->count(); ++tab) {
            dataPage()->tabs()->setCurrentIndex(tab);
            save(QStringLiteral("data-%1").arg(tab));
        }
        window_->showPage(QStringLiteral("funnel"));
        for (int tab = 0; tab < funnelPage()->tabs()->count(); ++tab) {
            funnelPage()->tabs()->setCurrentIndex(tab);
            save(QStringLiteral("funnel-%1").arg(tab));
        }
    }
};

QTEST_MAIN(TestDataPage)
#include "tst_data_page.moc"
