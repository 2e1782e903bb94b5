// The Visitors page offscreen on a small synthetic dataset (tests/support): two models are trained in the test
// and added to TrainedModels; the page finds visitors by raw id (and says so when an id is unknown), shows the
// personas found by core/analytics/Personas, lists every model's top K exactly as the models give them for the
// same history, updates the stage at once and the lists after a what-if event, and explains the selected item.
// After another dataset is opened the what-if box holds none of the old items and refuses an unknown one aloud.
// With VITRINA_SCREENSHOT_DIR set, it saves visitors-en.png and visitors-ru.png there.
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "ModelTestData.h"
#include "SyntheticDataset.h"
#include "analytics/Summary.h"
#include "app/MainWindow.h"
#include "app/Services.h"
#include "models/Catalogue.h"
#include "visitors/ReasonsPanel.h"
#include "visitors/RecommendationsModel.h"
#include "visitors/VisitorsPage.h"
#include "visitors/WhatIfPanel.h"
#include "GuiTestWindow.h"
#include "TestSupport.h"

using namespace vitrina;
using namespace vitrina::ui;
using analytics::PersonaKind;

namespace {
constexpr int kTimeoutMs = 60000;
}

class TestVisitorsPage : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::unique_ptr<app::Services> services_;
    std::unique_ptr<app::MainWindow> window_;
    std::shared_ptr<const data::Dataset> dataset_;
    std::unique_ptr<QAbstractItemModelTester> tester_;
    std::int64_t T_ = 0;

    visitors::VisitorsPage* page() const { return window_->page<visitors::VisitorsPage>(QStringLiteral("visitors")); }

    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(!page()->isBusy(), kTimeoutMs); }

    /// The page's columns must equal each model's own list for the page's current history.
    void checkListsAgainstModels() {
        const auto* snapshot = page()->recommendations()->snapshot();
        QVERIFY(snapshot);
        QCOMPARE(snapshot->columns.size(), page()->loadedModels().size());
        const models::Query query = page()->live().query();
        models::RecommendOptions options;
        options.k = 10;
        for (std::size_t c = 0; c < snapshot->columns.size(); ++c) {
            const auto expected = page()->loadedModels()[c].model->recommend(query, options);
            QCOMPARE(snapshot->columns[c].list.items, expected.items);
            QCOMPARE(snapshot->columns[c].list.scores, expected.scores);
        }
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        test::SyntheticShape shape;
        shape.visitors = 3000;
        shape.items = 300;
        shape.categories = 30;
        shape.roots = 4;
        shape.spanMs = 30LL * 86'400'000;
        shape.names = true;
        auto dataset = std::make_shared<const data::Dataset>(test::syntheticDataset(shape, 11));
        auto sessions = std::make_shared<const data::SessionIndex>(data::buildSessions(dataset->events));
        auto summary = std::make_shared<const analytics::DatasetSummary>(analytics::summarize(*dataset, *sessions));
        dataset_ = dataset;

        auto gui = test::openWindow(dir_, {1360, 860});
        services_ = std::move(gui.services);
        window_ = std::move(gui.window);
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        QVERIFY(page());
        tester_ = std::make_unique<QAbstractItemModelTester>(page()->recommendations(),
                                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        services_->session().setDataset({dataset, sessions, summary, {}}, nullptr);
        QVERIFY(window_->visiblePageIds().contains(QStringLiteral("visitors")));
        window_->showPage(QStringLiteral("visitors"));
        QTRY_VERIFY_WITH_TIMEOUT(page()->picks(), kTimeoutMs);

        // No model yet: the test period is the default protocol's (the last 7 days). The synthetic log has a long
        // tail of late returns, so that T is after every visitor's first event; the models below are trained
        // before day 20 instead, and the page takes their T.
        QCOMPARE(page()->testBeginMs(), analytics::defaultTestBegin(dataset->events, 7));
        T_ = shape.firstMs + 20LL * 86'400'000;
        const auto train = test::trainingBefore(dataset, T_);
        for (const char* id : {"itemknn", "popular"}) {
            std::shared_ptr<models::Recommender> model = models::createModel(id);
            model->fit(train, models::FitContext{});
            services_->trainedModels().add(QString::fromLatin1(id), model, model->parameters().values(), T_);
        }
        QTRY_COMPARE_WITH_TIMEOUT(page()->loadedModels().size(), std::size_t{2}, kTimeoutMs);
        QCOMPARE(page()->testBeginMs(), T_);
        waitIdle();
    }

    void cleanupTestCase() {
        tester_.reset();
        window_.reset();
        services_.reset();
    }

    void unknownIdsAreRefusedWithAMessage() {
        QVERIFY(!page()->findVisitor(QStringLiteral("999999999")));
        QVERIFY2(page()->messageText().contains(QStringLiteral("999999999")), qPrintable(page()->messageText()));
        QVERIFY(page()->messageText().contains(QStringLiteral("no visitor")));
        QVERIFY(!page()->findVisitor(QStringLiteral("abc")));
        QVERIFY(page()->messageText().contains(QStringLiteral("not a visitor id")));
    }

    void findsAVisitorByRawId() {
        // raw ids of the synthetic dataset are 3 v + 1: visitor 7 is raw 22
        QVERIFY(page()->findVisitor(QStringLiteral(" 22 ")));
        QCOMPARE(page()->currentVisitor(), std::optional<data::VisitorIndex>(7));
        QVERIFY(page()->messageText().isEmpty());
        QCOMPARE(page()->live().moment(), analytics::defaultMoment(dataset_->events, 7, T_));
        waitIdle();
        checkListsAgainstModels();
    }

    void personasAreShownAtTheirMoment() {
        const auto& intent = page()->picks()->persona(PersonaKind::Intent);
        QVERIFY(intent);
        QVERIFY(page()->showPersona(PersonaKind::Intent));
        QCOMPARE(*page()->currentVisitor(), intent->visitor);
        QCOMPARE(page()->live().moment(), intent->at);
        QCOMPARE(page()->stageText(), QStringLiteral("intent"));
        waitIdle();
        checkListsAgainstModels();
        QCOMPARE(page()->recommendations()->rowCount(), 10);
        QCOMPARE(page()->recommendations()->columnCount(), 2);
        // "later" = the visitor's items from the moment on (the moment is in the test period here)
        std::vector<data::ItemIndex> later;
        const auto& log = dataset_->events;
        for (auto e = log.begin(intent->visitor); e < log.end(intent->visitor); ++e)
            if (log.timestamp[e] >= std::max(intent->at, T_)) later.push_back(log.item[e]);
        std::sort(later.begin(), later.end());
        later.erase(std::unique(later.begin(), later.end()), later.end());
        QCOMPARE(page()->recommendations()->snapshot()->later, later);

        QVERIFY(page()->showPersona(PersonaKind::New));
        QCOMPARE(page()->stageText(), QStringLiteral("new"));
        QCOMPARE(page()->live().historySize(), std::size_t{0});
        QVERIFY(page()->showPersona(PersonaKind::Browsing));
        QCOMPARE(page()->stageText(), QStringLiteral("browsing"));
        waitIdle();
    }

    void whatIfUpdatesStageAndLists() {
        QVERIFY(page()->showPersona(PersonaKind::Browsing));
        waitIdle();
        const std::size_t before = page()->live().size();
        const auto item = page()->recommendations()->itemAt(0, 0);
        QVERIFY(item);
        QSignalSpy updated(page(), &visitors::VisitorsPage::recommendationsUpdated);
        QVERIFY(page()->addLiveEvent(*item, data::EventType::AddToCart));
        QCOMPARE(page()->stageText(), QStringLiteral("intent")); // at once, before the lists
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 1, kTimeoutMs);
        waitIdle();
        QCOMPARE(page()->live().size(), before + 1);
        checkListsAgainstModels(); // the lists now include the simulated event
        QVERIFY(page()->addLiveEvent(*item, data::EventType::Transaction));
        QCOMPARE(page()->stageText(), QStringLiteral("converted"));
        waitIdle();
        checkListsAgainstModels();
        page()->clearLiveSession();
        QCOMPARE(page()->stageText(), QStringLiteral("browsing"));
        QCOMPARE(page()->live().size(), before);
        waitIdle();
    }

    void reasonsOfTheSelectedItem() {
        QVERIFY(page()->showPersona(PersonaKind::Intent));
        waitIdle();
        // ItemKNN (column 0) explains its first item by the history items, with shares
        QSignalSpy shown(page(), &visitors::VisitorsPage::reasonsShown);
        QVERIFY(page()->selectRecommendation(0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, kTimeoutMs);
        waitIdle();
        QVERIFY(page()->reasons()->reasonCount() >= 1);
        const QStringList texts = page()->reasons()->reasonTexts();
        QVERIFY2(texts.front().startsWith(QStringLiteral("Because you")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(!page()->selectRecommendation(99, 0)); // no such rank
        QVERIFY(page()->selectRecommendation(3, 1));   // Popular
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 2, kTimeoutMs);
        waitIdle();
        QVERIFY(page()->reasons()->reasonCount() >= 1);
    }

    void screenshots() {
        QTemporaryDir scratch;
        const QByteArray folder = vitrina::test::screenshotFolder(scratch);
        QVERIFY(page()->showPersona(PersonaKind::Intent));
        waitIdle();
        QVERIFY(page()->selectRecommendation(0, 0));
        waitIdle();
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("ru")}) {
            QVERIFY(services_->language().setLanguage(language));
            QTest::qWait(200);
            const QString path = QDir(QString::fromLocal8Bit(folder)).filePath(QStringLiteral("visitors-%1.png").arg(language));
            QVERIFY(window_->grab().save(path));
        }
        QVERIFY(services_->language().setLanguage(QStringLiteral("en")));
    }

    // Last: it opens another dataset. The what-if box keeps nothing of the old one, and "Add to cart" with an
    // item that is not in the open dataset says so.
    void whatIfForgetsTheOldDataset() {
        QVERIFY(page()->showPersona(PersonaKind::Intent));
        waitIdle();
        auto* itemBox = page()->whatIf()->findChild<QComboBox*>(QStringLiteral("whatIfItem"));
        QVERIFY(itemBox);
        QVERIFY(itemBox->count() > 0); // the old dataset's recommendations
        const QString oldItemText = itemBox->itemText(0);

        test::SyntheticShape shape;
        shape.visitors = 500;
        shape.items = 40;
        shape.categories = 5;
        shape.roots = 2;
        shape.names = true;
        auto other = std::make_shared<const data::Dataset>(test::syntheticDataset(shape, 12));
        auto sessions = std::make_shared<const data::SessionIndex>(data::buildSessions(other->events));
        auto summary = std::make_shared<const analytics::DatasetSummary>(analytics::summarize(*other, *sessions));
        services_->session().setDataset({other, sessions, summary, {}}, nullptr);
        QCOMPARE(itemBox->count(), 0);
        QCOMPARE(itemBox->currentText(), QString());

        QPushButton* addToCart = nullptr;
        for (auto* button : page()->whatIf()->findChildren<QPushButton*>())
            if (button->text() == QStringLiteral("Add to cart")) addToCart = button;
        QVERIFY(addToCart);
        int requested = 0;
        const auto counter = connect(page()->whatIf(), &visitors::WhatIfPanel::eventRequested, this, [&] { ++requested; });
        const auto disconnectCounter = qScopeGuard([counter] { QObject::disconnect(counter); });
        for (const QString& typed : {oldItemText, QStringLiteral("987654321")}) {
            itemBox->setEditText(typed);
            addToCart->click();
            QCOMPARE(requested, 0);
            QCOMPARE(page()->live().size(), std::size_t{0});
            const QString status = page()->whatIf()->statusText();
            QVERIFY2(status.contains(QStringLiteral("There is no item with the id '%1' in this dataset.").arg(typed.toHtmlEscaped())),
                     qPrintable(status));
        }
        waitIdle();
    }
};

QTEST_MAIN(TestVisitorsPage)
#include "tst_visitors_page.moc"
