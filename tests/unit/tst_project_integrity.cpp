// Damage the project file can survive without being misread: a checksum on every stored record (the import
// report, array headers, artefact descriptions, project facts), element counts checked against the bytes
// really stored before anything is allocated, the schema 1 -> 2 upgrade of older files, and two imports
// creating the same new project at once.
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <latch>
#include <thread>

#ifndef Q_MOC_RUN // moc cannot parse util/Message.h (X-macro enum); the test class needs none of it
#include "EventFixture.h"
#include <nlohmann/json.hpp>

#include "store/Artefact.h"
#include "store/BlobStore.h"
#include "store/ProjectFile.h"
#include "store/RecordChecksum.h"
#include "store/Sqlite.h"
#include "util/Message.h"
#include "util/SystemInfo.h"
#endif

using namespace vitrina;
using util::MessageCode;

namespace {

constexpr std::int64_t kT0 = 1'433'116'800'000;

/// Consecutive raw ids (stored as runs) and an import report with known counts.
data::Dataset smallDataset() {
    using data::EventType;
    data::Dataset d = test::buildDataset({{1, kT0, 10, EventType::View},
                                          {1, kT0 + 5, 11, EventType::AddToCart},
                                          {2, kT0 + 1, 12, EventType::View},
                                          {3, kT0 + 2, 10, EventType::Transaction, 5}},
                                         {{1, -1, "Phones"}, {2, 1, ""}}, {{10, kT0, 2}}, {});
    d.name = "small";
    data::SourceFile events;
    events.role = "events";
    events.path = "events.csv";
    events.rowsRead = 5;
    events.rowsKept = 4;
    events.skipped.push_back({MessageCode::CsvBadVisitorId, 1, {3}});
    d.sources = {events};
    return d;
}

std::shared_ptr<store::ProjectFile> openOrFail(const std::string& path) {
    auto r = store::ProjectFile::open(path, store::OpenMode::OpenExisting);
    if (!r) qFatal("cannot open %s: %s", path.c_str(), r.error ? r.error->text().c_str() : "?");
    return *r;
}

/// The error of loading the dataset (Count_ when it loads).
util::Message loadProblem(const std::string& path) {
    const auto r = store::loadDatasetFrom(path, {});
    if (r.error) return *r.error;
    util::Message none;
    none.code = MessageCode::Count_;
    return none;
}

template <class Fn> util::Message thrown(Fn&& fn) {
    try {
        fn();
    } catch (const util::Error& e) {
        return e.message();
    }
    util::Message none;
    none.code = MessageCode::Count_;
    return none;
}

void exec(const std::string& path, const std::string& sql) {
    store::sql::Database db(path, store::sql::Database::Access::ReadWrite);
    db.exec(sql, "test");
}

/// Rewrites an array header as a damaged-but-consistent file would hold it: the row's checksum recomputed, so
/// that only the count check can notice.
void setArrayCount(const std::string& path, const std::string& name, std::int64_t count) {
    store::sql::Database db(path, store::sql::Database::Access::ReadWrite);
    store::sql::Statement row = db.prepare("SELECT generation, element_bytes, blob FROM dataset_arrays WHERE name = ?");
    row.bind(1, name);
    if (!row.step()) qFatal("no array %s", name.c_str());
    const std::int64_t generation = row.columnInt(0), elementBytes = row.columnInt(1), blob = row.columnInt(2);
    store::sql::Statement update = db.prepare("UPDATE dataset_arrays SET count = ?, checksum = ? WHERE name = ?");
    update.bind(1, count).bind(2, store::arrayRowChecksum(generation, name, elementBytes, count, blob).value()).bind(3, name);
    update.run();
}

} // namespace

class TestProjectIntegrity : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::string path(const char* name) const { return dir_.filePath(QString::fromUtf8(name)).toStdString(); }

private slots:
    void aFlippedDigitInTheImportReportIsDetected() {
        const std::string p = path("report.vitrina");
        QVERIFY(store::saveDatasetAs(p, smallDataset(), {}).ok());
        QCOMPARE(loadProblem(p).code, MessageCode::Count_);
        // "rows_kept":4 -> 5: valid JSON, a plausible count; only a checksum can notice.
        exec(p, "UPDATE dataset SET info = replace(info, '\"rows_kept\":4', '\"rows_kept\":5')");
        const util::Message m = loadProblem(p);
        QCOMPARE(m.code, MessageCode::StoreCorrupt);
        QVERIFY2(m.text().find("import report") != std::string::npos, m.text().c_str());
        // The dataset's name is part of the same record.
        QVERIFY(store::saveDatasetAs(p, smallDataset(), {}).ok());
        exec(p, "UPDATE dataset SET name = 'smalk'");
        QCOMPARE(loadProblem(p).code, MessageCode::StoreCorrupt);
    }

    void aDamagedArrayHeaderIsDetected() {
        const std::string p = path("header.vitrina");
        QVERIFY(store::saveDatasetAs(p, smallDataset(), {}).ok());
        // Another array's blob: lengths may even agree (both hold one entry per category), the data does not.
        exec(p, "UPDATE dataset_arrays SET blob = (SELECT blob FROM dataset_arrays WHERE name = 'categories.root') "
                "WHERE name = 'categories.parent'");
        const util::Message m = loadProblem(p);
        QCOMPARE(m.code, MessageCode::StoreCorrupt);
        QVERIFY2(m.text().find("checksum") != std::string::npos, m.text().c_str());
    }

    void damagedArtefactDescriptionsAndFactsAreDetected() {
        const std::string p = path("artefacts.vitrina");
        {
            auto project = *store::ProjectFile::open(p, store::OpenMode::CreateOrOpen);
            project->putArtefact("evaluation", "last", {{"rows", 1234}}, std::as_bytes(std::span("first", 5)));
            project->putArtefact("abtest", "planted", {{"visitors", 20000}}, std::as_bytes(std::span("second", 6)));
            project->putMeta("sha256.events", "3745aa83");
        }
        exec(p, "UPDATE artefacts SET meta = replace(meta, '1234', '1235') WHERE name = 'last'");
        auto project = openOrFail(p);
        QCOMPARE(thrown([&] { project->listArtefacts("evaluation"); }).code, MessageCode::StoreCorrupt);
        QCOMPARE(thrown([&] { project->artefactInfo("evaluation", "last"); }).code, MessageCode::StoreCorrupt);
        QCOMPARE(thrown([&] { project->artefactBlob("evaluation", "last"); }).code, MessageCode::StoreCorrupt);
        QCOMPARE(project->listArtefacts("abtest").size(), std::size_t{1}); // the other record is intact
        project.reset();

        // A blob id pointing at another artefact's data: the descriptions are intact, the pairing is not.
        exec(p, "UPDATE artefacts SET blob = (SELECT blob FROM artefacts WHERE name = 'planted') WHERE name = 'last'");
        project = openOrFail(p);
        QCOMPARE(thrown([&] { project->artefactBlob("evaluation", "last"); }).code, MessageCode::StoreCorrupt);
        const auto intact = project->artefactBlob("abtest", "planted");
        QCOMPARE(intact.size(), std::size_t{6});
        project.reset();

        exec(p, "UPDATE project_meta SET value = '3745aa84' WHERE key = 'sha256.events'");
        project = openOrFail(p);
        const util::Message m = thrown([&] { project->meta("sha256.events"); });
        QCOMPARE(m.code, MessageCode::StoreCorrupt);
        QVERIFY2(m.text().find("sha256.events") != std::string::npos, m.text().c_str());
    }

    void elementCountsAreCheckedBeforeAllocating() {
        const std::string p = path("counts.vitrina");
        QVERIFY(store::saveDatasetAs(p, smallDataset(), {}).ok());
        const std::uint64_t peakBefore = util::peakResidentBytes();
        // 2^27 timestamps = 1 GB, 2^40 = 8 TB: both must be refused as damage, before any allocation.
        for (const std::int64_t count : {std::int64_t{1} << 27, std::int64_t{1} << 40}) {
            setArrayCount(p, "events.timestamp", count);
            const util::Message m = loadProblem(p);
            QVERIFY2(m.code == MessageCode::StoreCorrupt, m.text().c_str());
            QVERIFY2(m.text().find("events.timestamp") != std::string::npos, m.text().c_str());
        }
        const std::uint64_t grown = util::peakResidentBytes() - peakBefore;
        QVERIFY2(peakBefore == 0 || grown < (std::uint64_t{256} << 20), std::to_string(grown).c_str());

        // The blob's own length record raised to match: the chunks really present still disagree.
        setArrayCount(p, "events.timestamp", std::int64_t{1} << 27);
        exec(p, "UPDATE blobs SET bytes = 1073741824 WHERE id = (SELECT blob FROM dataset_arrays WHERE name = 'events.timestamp')");
        const util::Message m = loadProblem(p);
        QVERIFY2(m.code == MessageCode::StoreCorrupt, m.text().c_str());
        QVERIFY2(m.text().find("present") != std::string::npos, m.text().c_str());
    }

    void idRunsCannotExpandBeyondTheDataset() {
        // Visitors 1..3 are stored as one run; a run table that claims 4 billion ids per run is damage, not a
        // reason to allocate terabytes ("Not enough memory" was the message before).
        const std::string p = path("runs.vitrina");
        QVERIFY(store::saveDatasetAs(p, smallDataset(), {}).ok());
        {
            store::sql::Database db(p, store::sql::Database::Access::ReadWrite);
            QCOMPARE(db.queryInt("SELECT count(*) FROM dataset_arrays WHERE name = 'visitors.raw.run_start'").value_or(0),
                     std::int64_t{1});
            const std::vector<std::int64_t> starts(1000, 0);
            const std::vector<std::uint32_t> lengths(1000, 0xFFFFFFFFu);
            store::sql::Transaction tx(db, store::sql::Transaction::Kind::Immediate);
            const auto startBlob = store::writeBlob(db, std::as_bytes(std::span(starts)));
            const auto lengthBlob = store::writeBlob(db, std::as_bytes(std::span(lengths)));
            tx.commit();
            db.exec("UPDATE dataset_arrays SET blob = " + std::to_string(startBlob) + " WHERE name = 'visitors.raw.run_start';"
                    "UPDATE dataset_arrays SET blob = " + std::to_string(lengthBlob) + " WHERE name = 'visitors.raw.run_length'",
                    "test");
        }
        for (const char* name : {"visitors.raw.run_start", "visitors.raw.run_length"}) setArrayCount(p, name, 1000);
        const util::Message m = loadProblem(p);
        QVERIFY2(m.code == MessageCode::StoreCorrupt, m.text().c_str());
        QVERIFY2(m.text().find("visitors.raw") != std::string::npos, m.text().c_str());
    }

    void schemaOneFilesAreUpgradedAndStillOpen() {
        // A file as schema 1 wrote it: the same tables without the checksum columns.
        const std::string p = path("v1.vitrina");
        {
            auto project = *store::saveDatasetAs(p, smallDataset(), {});
            project->putArtefact("evaluation", "last", {{"rows", 1234}}, std::as_bytes(std::span("first", 5)));
            project->putMeta("sha256.events", "3745aa83");
        }
        exec(p, "ALTER TABLE dataset DROP COLUMN checksum; ALTER TABLE dataset_arrays DROP COLUMN checksum;"
                "ALTER TABLE artefacts DROP COLUMN checksum; ALTER TABLE project_meta DROP COLUMN checksum;"
                "UPDATE meta SET value = '1' WHERE key = 'schema_version'");
        auto project = openOrFail(p);
        QCOMPARE(project->schemaVersion(), store::kSchemaVersion);
        const data::Dataset loaded = project->loadDataset({});
        QCOMPARE(loaded.name, std::string("small"));
        QCOMPARE(loaded.source("events")->rowsKept, std::uint64_t{4});
        QCOMPARE(loaded.visitors.raws(), (std::vector<std::int64_t>{1, 2, 3}));
        QCOMPARE(project->artefactInfo("evaluation", "last")->meta.at("rows").get<int>(), 1234);
        QCOMPARE(project->artefactBlob("evaluation", "last").size(), std::size_t{5});
        QCOMPARE(project->meta("sha256.events").value_or(""), std::string("3745aa83"));
        project.reset();
        // From now on the upgraded records are protected too.
        exec(p, "UPDATE dataset SET info = replace(info, '\"rows_kept\":4', '\"rows_kept\":5')");
        QCOMPARE(loadProblem(p).code, MessageCode::StoreCorrupt);
    }

    void twoImportsCreatingOneNewProjectBothSucceed() {
        // Each round: two threads create the same new file at the same moment (as two `vitrina-cli import -o`
        // would). Before initialising and each upgrade step were re-checked under the write lock, one of them
        // failed with "table meta already exists".
        const data::Dataset dataset = smallDataset();
        constexpr int kRounds = 25;
        int failures = 0;
        std::string firstProblem;
        for (int round = 0; round < kRounds; ++round) {
            const std::string p = path(("race-" + std::to_string(round) + ".vitrina").c_str());
            std::latch start(2);
            std::array<util::Result<std::shared_ptr<store::ProjectFile>>, 2> results;
            std::array<std::thread, 2> threads;
            for (std::size_t t = 0; t < 2; ++t)
                threads[t] = std::thread([&, t] {
                    start.arrive_and_wait();
                    results[t] = store::saveDatasetAs(p, dataset, {});
                });
            for (auto& t : threads) t.join();
            for (const auto& r : results) {
                if (r.ok()) continue;
                ++failures;
                if (firstProblem.empty()) firstProblem = r.error ? r.error->text() : "cancelled";
            }
            QCOMPARE(loadProblem(p).code, MessageCode::Count_);
        }
        QVERIFY2(failures == 0, (std::to_string(failures) + " failed imports; first: " + firstProblem).c_str());
    }
};

QTEST_GUILESS_MAIN(TestProjectIntegrity)

#include "tst_project_integrity.moc"
