// Trained models and results survive a restart, offscreen: an evaluation on an imported (unsaved) dataset keeps
// its fitted models in TrainedModels; saving the project writes them and the evaluation in the background;
// reopening the project lists the models without reading them (lazy) and shows the last results table again;
// running the same models again reuses the stored ones ("Reused" in the summary); the Visitors page loads the
// stored models in one job that their loading does not restart; a worker acquires a stored model lazily with
// the same recommendations; a corrupt stored model is a clear error and the app carries on.
#include <QFileInfo>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

#include <future>
#include <memory>

#include "app/MainWindow.h"
#include "app/Services.h"
#include "common/ChartPanel.h"
#include "common/Roles.h"
#include "generator/Generator.h"
#include "modelspage/ModelPicker.h"
#include "modelspage/ModelsPage.h"
#include "modelspage/ModelsPersistence.h"
#include "modelspage/ProtocolEditor.h"
#include "models/Catalogue.h"
#include "modelspage/ResultModels.h"
#include "session/TrainedModels.h"
#include "store/Artefact.h"
#include "store/EvaluationArtefacts.h"
#include "visitors/VisitorsPage.h"
#include "store/ModelArtefacts.h"
#include "store/ProjectFile.h"
#include "GuiTestWindow.h"
#include "TestSupport.h"

using namespace vitrina;
using namespace vitrina::ui;

namespace {
constexpr int kJobTimeoutMs = 180000; // the CI machine is shared
constexpr double kTestScale = 0.01;   // about 27,000 events

QStringList names(const std::vector<session::TrainedModelInfo>& list) {
    QStringList out;
    for (const auto& info : list) out << info.name;
    return out;
}
} // namespace

class TestModelsPersistence : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::unique_ptr<app::Services> services_;
    std::unique_ptr<app::MainWindow> window_;
    QString projectPath_;
    QStringList firstTable_; ///< metric cells of the first evaluation

    ui::modelspage::ModelsPage* page() const { return window_->page<ui::modelspage::ModelsPage>(QStringLiteral("models")); }
    session::TrainedModels& trained() const { return services_->trainedModels(); }
    /// No listing or save of the trained models running (a listing starts the save it finds needed).
    static bool idle(const session::TrainedModels& models) { return !models.isListing() && !models.isSaving(); }
    /// Acquires a model on another thread, as a job does.
    static util::Result<std::shared_ptr<const vitrina::models::Recommender>> acquireOnWorker(
        const session::TrainedModels& models, const std::string& name) {
        auto store = models.store();
        return std::async(std::launch::async, [store, name] { return store->acquire(name, {}); }).get();
    }

    void runThroughPage() {
        const ui::modelspage::ModelsRun* before = page()->run();
        QVERIFY2(page()->trainAndEvaluate(), qPrintable(page()->errorText()));
        QTRY_VERIFY_WITH_TIMEOUT(!page()->tracker().isRunning(), kJobTimeoutMs);
        QVERIFY2(page()->run() && page()->run() != before, qPrintable(page()->errorText()));
    }

    QStringList tableCells() const {
        QStringList cells;
        const auto* table = page()->metricsModel();
        for (int r = 0; r < table->rowCount(); ++r)
            for (int c = 0; c < table->columnCount(); ++c) cells << table->data(table->index(r, c)).toString();
        return cells;
    }

    void reopen() {
        const quint64 revision = services_->session().revision();
        services_->controller().openProject(projectPath_);
        QTRY_VERIFY_WITH_TIMEOUT(services_->session().revision() != revision, kJobTimeoutMs);
        QVERIFY2(services_->controller().lastError().isEmpty(), qPrintable(services_->controller().lastError()));
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        projectPath_ = dir_.filePath(QStringLiteral("kept.vitrina"));
        const QString generated = dir_.filePath(QStringLiteral("generated"));
        const QString generationError = test::generateFolder(generated, kTestScale);
        QVERIFY2(generationError.isEmpty(), qPrintable(generationError));
        auto gui = test::openWindow(dir_, QSize());
        services_ = std::move(gui.services);
        window_ = std::move(gui.window);
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        services_->controller().importPaths({generated});
        QTRY_VERIFY_WITH_TIMEOUT(services_->session().hasDataset(), kJobTimeoutMs);
        window_->showPage(QStringLiteral("models"));
    }

    void cleanupTestCase() {
        window_.reset();
        services_.reset();
    }

    void namesShowNonDefaultParameters() {
        QCOMPARE(ui::modelspage::ModelsPersistence::trainedName("itemknn", {}), QStringLiteral("itemknn"));
        vitrina::models::ParamValues given;
        given.set("factors", 32LL);
        given.set("alpha", 10LL); // the default (10.0) given as an integer is not a change
        const auto als = vitrina::models::validateParameters("als", given);
        QCOMPARE(ui::modelspage::ModelsPersistence::trainedName("als", als.values()), QStringLiteral("als (factors=32)"));
        given.set("alpha", 20LL);
        QCOMPARE(ui::modelspage::ModelsPersistence::trainedName("als", given), QStringLiteral("als (alpha=20, factors=32)"));
    }

    void evaluationKeepsModelsUntilTheProjectIsSaved() {
        page()->picker()->setChecked({QStringLiteral("popular"), QStringLiteral("itemknn")});
        eval::ProtocolOptions protocol = page()->protocolEditor()->options();
        protocol.targets = eval::TargetTypes::AnyEvent; // the small log's last week has few carts
        page()->protocolEditor()->setOptions(protocol);
        runThroughPage();
        if (QTest::currentTestFailed()) return;
        firstTable_ = tableCells();
        QCOMPARE(page()->metricsModel()->rowCount(), 2);
        auto list = trained().list();
        QCOMPARE(names(list), (QStringList{QStringLiteral("itemknn"), QStringLiteral("popular")}));
        for (const auto& info : list) {
            QVERIFY(info.loaded);
            QVERIFY(!info.stored); // no project yet
            QVERIFY(info.trainEndMs > 0);
            QCOMPARE(info.trainEndMs, page()->run()->report->facts.trainEndMs);
        }
        QVERIFY(!page()->persistence()->storedIn());

        // Saving the project takes the models and the evaluation along (background jobs).
        services_->controller().saveProjectAs(projectPath_);
        QTRY_VERIFY_WITH_TIMEOUT(services_->session().isSaved(), kJobTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(page()->persistence()->storedIn() == services_->session().project(), kJobTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(idle(trained()), kJobTimeoutMs);
        for (const auto& info : trained().list()) QVERIFY2(info.stored, qPrintable(info.name));
        QVERIFY2(trained().lastError().isEmpty(), qPrintable(trained().lastError()));
        const auto project = services_->session().project();
        QCOMPARE(project->listArtefacts(store::kModelArtefact).size(), std::size_t{2});
        QVERIFY(project->artefactInfo(store::kEvaluationArtefact, "last").has_value());
    }

    void reopeningShowsTheResultsAndListsTheModelsLazily() {
        reopen();
        if (QTest::currentTestFailed()) return;
        // The application's service lists them on a worker (other pages, e.g. Visitors, may load some right
        // away) ...
        QTRY_VERIFY_WITH_TIMEOUT(idle(trained()), kJobTimeoutMs);
        QCOMPARE(names(trained().list()), (QStringList{QStringLiteral("itemknn"), QStringLiteral("popular")}));
        for (const auto& info : trained().list()) QVERIFY(info.stored);
        // ... and a service that nothing else uses shows the listing itself: metas only, nothing read.
        session::TrainedModels fresh(services_->session(), services_->jobs());
        QVERIFY(fresh.isListing());
        QTRY_VERIFY_WITH_TIMEOUT(idle(fresh), kJobTimeoutMs);
        const auto listed = fresh.list();
        QCOMPARE(names(listed), (QStringList{QStringLiteral("itemknn"), QStringLiteral("popular")}));
        for (const auto& info : listed) {
            QVERIFY2(!info.loaded, qPrintable(info.name));
            QVERIFY(info.stored);
            QVERIFY(info.trainEndMs > 0);
        }
        QTRY_VERIFY_WITH_TIMEOUT(page()->run() != nullptr, kJobTimeoutMs);
        QCOMPARE(tableCells(), firstTable_);
        QVERIFY(page()->metricChart()->chart());
        QCOMPARE(page()->run()->models.size(), std::size_t{2});
    }

    void theVisitorsPagesLoadOfStoredModelsIsNotRestartedByItsOwnLoads() {
        // Loading a stored model must not announce a new list: the page would restart (and cancel) the very job
        // that is loading it, once per model.
        auto* visitors = window_->page<ui::visitors::VisitorsPage>(QStringLiteral("visitors"));
        QVERIFY(visitors);
        QTRY_VERIFY_WITH_TIMEOUT(!visitors->isBusy() && idle(trained()), kJobTimeoutMs); // the last reopen's loads
        const QString loading = QStringLiteral("Loading the trained models");
        int started = 0, succeeded = 0, cancelled = 0;
        for (auto* tracker : visitors->findChildren<jobs::JobTracker*>()) {
            connect(tracker, &jobs::JobTracker::started, this, [&](const QString& title) { started += title == loading; });
            connect(tracker, &jobs::JobTracker::finished, this, [&, tracker](bool ok, bool wasCancelled) {
                if (tracker->title() != loading) return;
                succeeded += ok;
                cancelled += wasCancelled;
            });
        }
        reopen();
        if (QTest::currentTestFailed()) return;
        QTRY_VERIFY_WITH_TIMEOUT(idle(trained()) && !visitors->isBusy() && visitors->loadedModels().size() == 2,
                                 kJobTimeoutMs);
        for (const auto& info : trained().list()) QVERIFY2(info.loaded, qPrintable(info.name)); // loaded lazily now
        QCOMPARE(started, 1);
        QCOMPARE(succeeded, 1);
        QCOMPARE(cancelled, 0);
        for (auto* tracker : visitors->findChildren<jobs::JobTracker*>()) tracker->disconnect(this);
    }

    void aWorkerAcquiresAStoredModel() {
        const auto dataset = services_->session().dataset();
        const auto split = eval::buildProtocol(*dataset, page()->run()->protocol);
        QVERIFY(split.ok());
        auto model = acquireOnWorker(trained(), "itemknn");
        QVERIFY2(model.ok(), model.error ? model.error->text().c_str() : "");
        QCOMPARE((*model)->id(), std::string("itemknn"));
        QVERIFY(trained().list().front().loaded); // itemknn, kept by the store
        // Same recommendations as a fresh fit on the same split.
        auto fresh = vitrina::models::createModel("itemknn");
        fresh->fit(split->trainingSet(dataset), {});
        vitrina::models::RecommendOptions options;
        options.k = 10;
        for (std::size_t i = 0; i < split->lists.size(); i += 11) {
            const auto query = split->query(*dataset, split->lists[i]);
            QCOMPARE((*model)->recommend(query, options).items, fresh->recommend(query, options).items);
        }
        const auto unknown = trained().store()->acquire("nope", {});
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error->code, util::MessageCode::ModelStoreUnknown);
    }

    void aSecondRunReusesTheStoredModels() {
        runThroughPage();
        if (QTest::currentTestFailed()) return;
        const auto& report = *page()->run()->report;
        QCOMPARE(report.models.size(), std::size_t{2});
        for (const auto& m : report.models) QVERIFY2(m.reused, m.id.c_str());
        QCOMPARE(tableCells().size(), firstTable_.size());
        QVERIFY(page()->findChild<QLabel*>() != nullptr);
        bool said = false;
        for (QLabel* label : page()->findChildren<QLabel*>())
            if (label->text().contains(QStringLiteral("Reused from the project (not retrained): Popular, ItemKNN."))) said = true;
        QVERIFY(said);
        // Metrics equal the first run's (the same models on the same lists); times differ.
        const auto* table = page()->metricsModel();
        const int ndcg = table->columnOf(eval::Metric::Ndcg);
        QCOMPARE(table->data(table->index(1, ndcg)).toString(), firstTable_[table->columnCount() + ndcg]);
        for (const auto& info : trained().list()) QVERIFY(info.loaded);
    }

    void aCorruptStoredModelIsAClearError() {
        const auto project = services_->session().project();
        const auto info = project->artefactInfo(store::kModelArtefact, "popular");
        QVERIFY(info.has_value());
        const std::string junk = "certainly not a model";
        project->putArtefact(store::kModelArtefact, "popular", info->meta,
                             std::span<const std::byte>(reinterpret_cast<const std::byte*>(junk.data()), junk.size()));
        // A second service over the same session lists the project's models afresh (none loaded yet: the
        // application's own one may have loaded them for other pages).
        session::TrainedModels fresh(services_->session(), services_->jobs());
        QTRY_VERIFY_WITH_TIMEOUT(idle(fresh), kJobTimeoutMs);
        QCOMPARE(names(fresh.list()), (QStringList{QStringLiteral("itemknn"), QStringLiteral("popular")}));
        const auto model = acquireOnWorker(fresh, "popular");
        QVERIFY(!model.ok());
        QCOMPARE(model.error->code, util::MessageCode::ModelStoreCorruptBlob);
        QVERIFY(model.error->text().find("popular") != std::string::npos);
        QVERIFY(fresh.contains(QStringLiteral("popular"))); // still listed; the application carries on
        QVERIFY(!fresh.list().back().loaded);
        QVERIFY(acquireOnWorker(fresh, "itemknn").ok());
        // The page's own evaluation still runs: what cannot be reused is retrained.
        runThroughPage();
        QVERIFY2(page()->errorText().isEmpty(), qPrintable(page()->errorText()));
    }

    void reuseNoteNamesModelsByDisplayName() {
        // Keys of models trained with non-default parameters carry them; the note names the model only.
        QCOMPARE(ui::modelspage::ModelsPersistence::reuseNote(
                     {QStringLiteral("als (factors=32, iterations=5)"), QStringLiteral("vsknn")}),
                 QStringLiteral("Reused from the project (not retrained): ALS, V-SKNN."));
        QCOMPARE(ui::modelspage::ModelsPersistence::reuseNote({}), QString());
    }

    void aNewDatasetClearsTheModels() {
        QVERIFY(!trained().list().empty());
        services_->session().clear();
        QVERIFY(trained().list().empty());
    }
};

QTEST_MAIN(TestModelsPersistence)
#include "tst_models_persistence.moc"
