#include "store/Schema.h"

#include <array>
#include <string>

#include "store/ProjectFile.h"
#include "store/RecordChecksum.h"
#include "util/Message.h"

namespace vitrina::store {
namespace {

void createVersion1Tables(sql::Database& db) {
    db.exec(R"sql(
        CREATE TABLE blobs(
            id INTEGER PRIMARY KEY,
            bytes INTEGER NOT NULL,
            checksum INTEGER NOT NULL);
        CREATE TABLE blob_chunks(
            blob INTEGER NOT NULL,
            chunk INTEGER NOT NULL,
            bytes INTEGER NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY(blob, chunk));
        CREATE TABLE dataset(
            id INTEGER PRIMARY KEY CHECK (id = 1),
            generation INTEGER NOT NULL,
            name TEXT NOT NULL,
            info TEXT NOT NULL,
            saved_ms INTEGER NOT NULL);
        CREATE TABLE dataset_arrays(
            generation INTEGER NOT NULL,
            name TEXT NOT NULL,
            element_bytes INTEGER NOT NULL,
            count INTEGER NOT NULL,
            blob INTEGER NOT NULL,
            PRIMARY KEY(generation, name));
        CREATE TABLE artefacts(
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            meta TEXT NOT NULL,
            saved_ms INTEGER NOT NULL,
            blob INTEGER NOT NULL,
            PRIMARY KEY(kind, name));
        CREATE TABLE project_meta(
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL);
    )sql",
            "creating the version 1 tables");
}

constexpr std::array kMigrations{
    Migration{0, "dataset arrays, blobs, artefacts and project facts", &createVersion1Tables},
    Migration{1, "a checksum on every stored record", &addRecordChecksums},
};
static_assert(kMigrations.size() == kSchemaVersion, "one migration step per schema version");

void initialize(sql::Database& db) {
    // The page size can only change while the file is empty; 64 KB pages cut the per-page overhead of the
    // multi-megabyte array chunks.
    db.exec("PRAGMA page_size = 65536", "initialising the project");
    db.exec("PRAGMA journal_mode = DELETE", "initialising the project");
    sql::Transaction tx(db, sql::Transaction::Kind::Immediate);
    // Another process may have initialised the file between our check and this write lock: then it is done.
    if (db.queryInt("SELECT count(*) FROM sqlite_master").value_or(0) > 0) return;
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId), "initialising the project");
    db.exec("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
            "INSERT INTO meta(key, value) VALUES ('schema_version', '0'), ('created_by', 'Vitrina');",
            "initialising the project");
    tx.commit();
}

int readVersion(const sql::Database& db) {
    const bool hasMeta = db.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'").value_or(0) > 0;
    if (!hasMeta) util::failAt(util::MessageCode::StoreCorrupt, db.path(), 0, {"the meta table is missing"});
    sql::Statement st = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'");
    if (!st.step()) util::failAt(util::MessageCode::StoreCorrupt, db.path(), 0, {"the schema version is missing"});
    const std::string text = st.columnText(0);
    int version = 0;
    for (const char c : text) {
        if (c < '0' || c > '9' || version > 100000)
            util::failAt(util::MessageCode::StoreCorrupt, db.path(), 0, {"bad schema version '" + text + "'"});
        version = version * 10 + (c - '0');
    }
    if (text.empty()) util::failAt(util::MessageCode::StoreCorrupt, db.path(), 0, {"empty schema version"});
    return version;
}

void migrate(sql::Database& db, int from) {
    const Migration& step = kMigrations[static_cast<std::size_t>(from)];
    try {
        sql::Transaction tx(db, sql::Transaction::Kind::Immediate);
        // Two processes opening one old (or new) file at once: the second one to get the write lock finds the
        // step already applied by the first.
        if (readVersion(db) != from) return;
        step.apply(db);
        db.exec("UPDATE meta SET value = '" + std::to_string(from + 1) + "' WHERE key = 'schema_version'",
                "recording the schema version");
        tx.commit();
    } catch (const util::Error& e) {
        if (e.message().code == util::MessageCode::StoreBusy) throw;
        util::failAt(util::MessageCode::StoreMigrationFailed, db.path(), 0,
                     {std::to_string(from), std::to_string(from + 1), e.message().text()});
    }
}

} // namespace

std::span<const Migration> migrations() { return kMigrations; }

int prepareSchema(sql::Database& db, bool mayInitialize) {
    // Reading the schema is the first access to the file's content: SQLITE_NOTADB surfaces here.
    const std::int64_t tables = db.queryInt("SELECT count(*) FROM sqlite_master").value_or(0);
    const std::int64_t applicationId = db.queryInt("PRAGMA application_id").value_or(0);
    if (tables == 0 && applicationId == 0) {
        if (!mayInitialize) util::failAt(util::MessageCode::StoreForeign, db.path(), 0);
        initialize(db);
    } else if (applicationId != kApplicationId) {
        util::failAt(util::MessageCode::StoreForeign, db.path(), 0);
    }
    int version = readVersion(db);
    if (version > kSchemaVersion)
        util::failAt(util::MessageCode::StoreNewerSchema, db.path(), 0,
                     {std::to_string(version), std::to_string(kSchemaVersion)});
    db.exec("PRAGMA journal_mode = DELETE", "setting the journal mode");
    db.exec("PRAGMA synchronous = FULL", "setting the sync mode");
    for (; version < kSchemaVersion; ++version) migrate(db, version);
    version = readVersion(db);
    if (version != kSchemaVersion)
        util::failAt(util::MessageCode::StoreCorrupt, db.path(), 0, {"schema version " + std::to_string(version) + " after upgrading"});
    return version;
}

} // namespace vitrina::store
