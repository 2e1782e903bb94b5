// The trained-model store shared by the GUI and its jobs (store/TrainedModelStore.h), on plain threads: models
// added with a record are saved into the bound project; a fresh store lists them (descriptions only) and loads
// each once however many threads ask at the same time, with the original's recommendations; a listing for a
// project the store is no longer bound to is dropped; "save as" copies stored blobs without loading them; an
// unknown name or a corrupt blob is a clear error while the rest works; adds, lists, loads and saves may run
// concurrently (the tsan preset runs this test).
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cstring>
#include <thread>
#include <vector>

#ifndef Q_MOC_RUN
#include "ModelTestData.h"
#include "eval/Evaluator.h"
#include "store/Artefact.h"
#include "store/ProjectFile.h"
#include "store/TrainedModelStore.h"
#endif

using namespace vitrina;

namespace {

struct Fitted {
    std::shared_ptr<const data::Dataset> dataset;
    eval::ProtocolSplit split;
    eval::EvaluationReport report;
    std::vector<store::ModelRecord> records;
};

Fitted fitted() {
    Fitted f;
    f.dataset = test::coviewData(7, 400).dataset;
    auto split = eval::buildProtocol(*f.dataset, eval::ProtocolOptions{});
    if (!split) qFatal("%s", split.error->text().c_str());
    f.split = std::move(*split);
    eval::EvaluationOptions o;
    o.keepModels = true;
    o.bootstrapResamples = 100;
    models::ParamValues small;
    small.set("factors", 8LL);
    small.set("iterations", 3LL);
    const std::vector<eval::ModelSpec> specs{{"popular", {}}, {"itemknn", {}}, {"als", small}};
    auto report = eval::evaluateModels(f.dataset, f.split, specs, o);
    if (!report) qFatal("%s", report.error->text().c_str());
    f.report = std::move(*report);
    for (const eval::ModelResult& m : f.report.models) {
        store::ModelRecord r;
        r.modelId = m.id;
        r.params = m.params;
        r.protocol = f.split.options;
        r.trainEndMs = f.split.facts.trainEndMs;
        r.trainEvents = f.split.facts.trainEvents;
        r.dataset = store::datasetFingerprint(*f.dataset);
        f.records.push_back(std::move(r));
    }
    return f;
}

std::shared_ptr<store::ProjectFile> savedProject(const QString& path, const data::Dataset& dataset) {
    auto p = store::saveDatasetAs(path.toStdString(), dataset, {});
    if (!p) qFatal("%s", p.error->text().c_str());
    return *p;
}

/// A store holding the fitted models (with records), bound to `project` and saved there.
std::shared_ptr<store::TrainedModelStore> savedStore(const Fitted& f, const std::shared_ptr<store::ProjectFile>& project) {
    auto s = std::make_shared<store::TrainedModelStore>(f.dataset);
    for (std::size_t m = 0; m < f.report.models.size(); ++m) s->add(f.records[m].modelId, f.report.models[m].model, f.records[m]);
    s->setProject(project);
    const auto summary = s->saveUnsaved({});
    if (summary.firstError || summary.written != f.report.models.size()) qFatal("the models were not saved");
    return s;
}

std::vector<data::ItemIndex> topItems(const models::Recommender& model, const Fitted& f, std::size_t list) {
    models::RecommendOptions options;
    options.k = 10;
    return model.recommend(f.split.query(*f.dataset, f.split.lists[list]), options).items;
}

} // namespace

class TestTrainedModelStore : public QObject {
    Q_OBJECT
private:
    Fitted f_ = fitted();

private slots:
    void savedModelsAreListedAndLoadOnceForManyThreads() {
        QTemporaryDir dir;
        const auto project = savedProject(dir.filePath(QStringLiteral("p.vitrina")), *f_.dataset);
        const auto first = savedStore(f_, project);
        QVERIFY(!first->hasUnsaved());
        for (const auto& info : first->list()) QVERIFY(info.loaded && info.stored);

        store::TrainedModelStore fresh(f_.dataset);
        fresh.setProject(project);
        std::vector<util::Message> problems;
        QCOMPARE(fresh.listProject(project, &problems), std::size_t{3});
        QVERIFY(problems.empty());
        QCOMPARE(fresh.listProject(project, &problems), std::size_t{0}); // listed already
        for (const auto& info : fresh.list()) {
            QVERIFY2(!info.loaded, info.name.c_str());
            QVERIFY(info.stored);
            QCOMPARE(info.trainEndMs, f_.split.facts.trainEndMs);
        }
        QVERIFY(!fresh.hasUnsaved());
        QCOMPARE(fresh.findSameTraining(f_.records[2]), std::optional<std::string>("als"));

        // Eight threads ask for every model at once: each model is read once and everyone gets that copy.
        std::vector<std::vector<std::shared_ptr<const models::Recommender>>> got(8);
        std::vector<std::thread> threads;
        for (std::size_t t = 0; t < got.size(); ++t)
            threads.emplace_back([&, t] {
                for (const char* name : {"als", "itemknn", "popular"}) {
                    auto model = fresh.acquire(name, {});
                    got[t].push_back(model ? *model : nullptr);
                }
            });
        for (auto& thread : threads) thread.join();
        for (std::size_t t = 0; t < got.size(); ++t)
            for (std::size_t m = 0; m < 3; ++m) {
                QVERIFY(got[t][m]);
                QCOMPARE(got[t][m].get(), got[0][m].get());
            }
        for (const auto& info : fresh.list()) QVERIFY(info.loaded);
        // Same recommendations as the models that were saved.
        for (std::size_t m = 0; m < 3; ++m) {
            const auto& original = *f_.report.models[m].model;
            const auto& loaded = *got[0][m == 0 ? 2 : m == 2 ? 0 : 1]; // got: als, itemknn, popular
            QCOMPARE(loaded.id(), original.id());
            for (std::size_t list = 0; list < f_.split.lists.size(); list += 17)
                QCOMPARE(topItems(loaded, f_, list), topItems(original, f_, list));
        }
    }

    void aListingForAProjectNoLongerBoundIsDropped() {
        QTemporaryDir dir;
        const auto one = savedProject(dir.filePath(QStringLiteral("one.vitrina")), *f_.dataset);
        savedStore(f_, one);
        const auto other = savedProject(dir.filePath(QStringLiteral("other.vitrina")), *f_.dataset);
        store::TrainedModelStore s(f_.dataset);
        s.setProject(other);
        QCOMPARE(s.listProject(one, nullptr), std::size_t{0});
        QVERIFY(s.list().empty());
        QCOMPARE(s.project(), other);
    }

    void saveAsCopiesStoredModelsWithoutLoadingThem() {
        QTemporaryDir dir;
        const auto one = savedProject(dir.filePath(QStringLiteral("one.vitrina")), *f_.dataset);
        savedStore(f_, one);
        store::TrainedModelStore s(f_.dataset);
        s.setProject(one);
        QCOMPARE(s.listProject(one, nullptr), std::size_t{3});
        const auto copy = savedProject(dir.filePath(QStringLiteral("copy.vitrina")), *f_.dataset);
        s.setProject(copy);
        QVERIFY(s.hasUnsaved());
        for (const auto& info : s.list()) QVERIFY(!info.stored); // not in the new file yet
        const auto summary = s.saveUnsaved({});
        QCOMPARE(summary.written, std::size_t{3});
        QVERIFY(!summary.firstError);
        for (const auto& info : s.list()) QVERIFY(info.stored && !info.loaded);
        QCOMPARE(store::listModels(*copy, s.fingerprint()).size(), std::size_t{3});
        auto loaded = s.acquire("itemknn", {});
        QVERIFY(loaded.ok());
        QCOMPARE(topItems(**loaded, f_, 3), topItems(*f_.report.models[1].model, f_, 3));
    }

    void unknownNamesAndCorruptBlobsAreClearErrors() {
        QTemporaryDir dir;
        const auto project = savedProject(dir.filePath(QStringLiteral("p.vitrina")), *f_.dataset);
        savedStore(f_, project);
        const auto info = project->artefactInfo(store::kModelArtefact, "popular");
        QVERIFY(info);
        const std::string junk = "not a model at all";
        std::vector<std::byte> blob(junk.size());
        std::memcpy(blob.data(), junk.data(), junk.size());
        project->putArtefact(store::kModelArtefact, "popular", info->meta, blob);

        store::TrainedModelStore s(f_.dataset);
        s.setProject(project);
        QCOMPARE(s.listProject(project, nullptr), std::size_t{3});
        const auto unknown = s.acquire("nope", {});
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error->code, util::MessageCode::ModelStoreUnknown);
        const auto corrupt = s.acquire("popular", {});
        QVERIFY(!corrupt.ok());
        QCOMPARE(corrupt.error->code, util::MessageCode::ModelStoreCorruptBlob);
        QVERIFY(s.contains("popular")); // still listed
        QVERIFY(s.acquire("als", {}).ok());
    }

    void aCancelledSaveStopsBeforeTheNextModel() {
        QTemporaryDir dir;
        const auto project = savedProject(dir.filePath(QStringLiteral("p.vitrina")), *f_.dataset);
        store::TrainedModelStore s(f_.dataset);
        for (std::size_t m = 0; m < 3; ++m) s.add(f_.records[m].modelId, f_.report.models[m].model, f_.records[m]);
        s.setProject(project);
        util::CancelToken token;
        token.cancel();
        QVERIFY_THROWS_EXCEPTION(util::Cancelled, s.saveUnsaved(util::Progress({}, token)));
        QVERIFY(s.hasUnsaved());
        QCOMPARE(s.saveUnsaved({}).written, std::size_t{3});
    }

    void addsListsLoadsAndSavesMayRunAtOnce() {
        QTemporaryDir dir;
        const auto project = savedProject(dir.filePath(QStringLiteral("p.vitrina")), *f_.dataset);
        savedStore(f_, project);
        auto s = std::make_shared<store::TrainedModelStore>(f_.dataset);
        s->setProject(project);
        std::atomic<bool> go{false}, listed{false}, addsDone{false};
        std::atomic<int> loads{0};
        std::vector<std::thread> threads;
        threads.emplace_back([&] {
            while (!go.load()) std::this_thread::yield();
            s->listProject(project, nullptr);
            listed = true;
        });
        for (int t = 0; t < 3; ++t)
            threads.emplace_back([&] {
                while (!go.load()) std::this_thread::yield();
                // Readers all along, while the others list, add and save.
                while (!listed.load() || !addsDone.load()) {
                    (void)s->list();
                    (void)s->contains("copy 2");
                    (void)s->hasUnsaved();
                }
                for (const char* name : {"als", "popular", "itemknn"})
                    if (s->acquire(name, {}).ok()) ++loads;
            });
        threads.emplace_back([&] { // in-memory copies under other names, saved while the others read
            while (!go.load()) std::this_thread::yield();
            for (int i = 0; i < 5; ++i) {
                s->add("copy " + std::to_string(i), f_.report.models[1].model, f_.records[1]);
                (void)s->findSameTraining(f_.records[1]);
                (void)s->record("copy 0");
                if (i == 2) s->saveUnsaved({});
            }
            addsDone = true;
            while (s->hasUnsaved()) s->saveUnsaved({});
        });
        go = true;
        for (auto& thread : threads) thread.join();
        QCOMPARE(loads.load(), 9);
        QCOMPARE(s->list().size(), std::size_t{8});
        for (const auto& info : s->list()) QVERIFY2(info.stored && info.loaded, info.name.c_str());
        QCOMPARE(store::listModels(*project, s->fingerprint()).size(), std::size_t{8});
    }
};

QTEST_GUILESS_MAIN(TestTrainedModelStore)
#include "tst_trained_model_store.moc"
