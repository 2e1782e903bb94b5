#include "store/ProjectFile.h"

#include <chrono>
#include <filesystem>
#include <system_error>

#include <nlohmann/json.hpp>

#include "store/Artefact.h"
#include "store/BlobStore.h"
#include "store/DatasetStore.h"
#include "store/RecordChecksum.h"
#include "store/Schema.h"
#include "store/Sqlite.h"
#include "util/Message.h"

namespace vitrina::store {

struct ProjectFile::Impl {
    Impl(const std::string& path, sql::Database::Access access) : db(path, access) {}
    sql::Database db;
    int version = 0;
};

namespace {

namespace fs = std::filesystem;

std::int64_t nowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

/// File-system checks SQLite would report vaguely or not at all (a folder, a missing file, an empty file).
sql::Database::Access checkPath(const std::string& path, OpenMode mode) {
    // SQLite opens a private temporary database for an empty name: a "save" there would vanish silently.
    if (path.empty()) util::fail(util::MessageCode::StoreEmptyPath);
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (status.type() == fs::file_type::not_found) {
        if (mode == OpenMode::OpenExisting) util::failAt(util::MessageCode::StoreNotFound, path, 0);
        return sql::Database::Access::ReadWriteCreate;
    }
    if (ec) util::failAt(util::MessageCode::StoreCannotOpen, path, 0, {ec.message()});
    if (status.type() == fs::file_type::directory) util::failAt(util::MessageCode::StoreIsDirectory, path, 0);
    if (status.type() != fs::file_type::regular)
        util::failAt(util::MessageCode::StoreCannotOpen, path, 0, {"not a regular file"});
    const auto size = fs::file_size(path, ec);
    if (!ec && size == 0 && mode == OpenMode::OpenExisting) util::failAt(util::MessageCode::StoreEmptyFile, path, 0);
    return sql::Database::Access::ReadWrite;
}

void requireName(const std::string& kind, const std::string& name) {
    if (kind.empty() || name.empty()) util::failParameter("name", util::MessageCode::StoreBadName, {kind, name});
}

/// A row of kArtefactColumns, its checksum verified.
ArtefactInfo artefactFromRow(const sql::Database& db, const sql::Statement& st, const std::string& kind) {
    ArtefactInfo info;
    info.kind = kind;
    info.name = st.columnText(0);
    const std::string metaText = st.columnText(1);
    info.savedMs = st.columnInt(2);
    info.blobBytes = static_cast<std::uint64_t>(st.columnInt(3));
    requireChecksum(db, st.columnInt(5), artefactRowChecksum(kind, info.name, metaText, info.savedMs, st.columnInt(4)),
                    "the description of " + kind + " '" + info.name + "'");
    info.meta = nlohmann::json::parse(metaText, nullptr, false);
    if (info.meta.is_discarded())
        util::failAt(util::MessageCode::StoreCorrupt, db.path(), 0, {"the description of '" + info.name + "' is unreadable"});
    return info;
}

constexpr const char* kArtefactColumns =
    "SELECT a.name, a.meta, a.saved_ms, b.bytes, a.blob, a.checksum FROM artefacts a JOIN blobs b ON b.id = a.blob ";

} // namespace

ProjectFile::ProjectFile(std::unique_ptr<Impl> impl, std::string path) : impl_(std::move(impl)), path_(std::move(path)) {}

ProjectFile::~ProjectFile() = default;

util::Result<std::shared_ptr<ProjectFile>> ProjectFile::open(const std::string& path, OpenMode mode) {
    return util::capture<std::shared_ptr<ProjectFile>>([&](std::vector<util::Message>&) {
        const sql::Database::Access access = checkPath(path, mode);
        auto impl = std::make_unique<Impl>(path, access);
        impl->version = prepareSchema(impl->db, mode == OpenMode::CreateOrOpen);
        return std::shared_ptr<ProjectFile>(new ProjectFile(std::move(impl), path));
    });
}

int ProjectFile::schemaVersion() const {
    std::lock_guard lock(mutex_);
    return impl_->version;
}

bool ProjectFile::hasDataset() const {
    std::lock_guard lock(mutex_);
    return datasetPresent(impl_->db);
}

void ProjectFile::saveDataset(const data::Dataset& dataset, const util::Progress& progress) {
    std::lock_guard lock(mutex_);
    sql::Transaction tx(impl_->db, sql::Transaction::Kind::Immediate);
    writeDataset(impl_->db, dataset, progress.sub(0.0, 0.95, "save.dataset"));
    progress.check(); // the last moment a cancel still leaves the previous dataset in place
    tx.commit();
    progress.set(1.0, "save.dataset");
}

data::Dataset ProjectFile::loadDataset(const util::Progress& progress) const {
    std::lock_guard lock(mutex_);
    sql::Transaction tx(impl_->db, sql::Transaction::Kind::Deferred); // one consistent snapshot
    data::Dataset dataset = readDataset(impl_->db, progress.sub(0.0, 1.0, "open.dataset"));
    tx.commit();
    return dataset;
}

void ProjectFile::putArtefact(const std::string& kind, const std::string& name, const nlohmann::json& meta,
                              std::span<const std::byte> blob) {
    requireName(kind, name);
    std::lock_guard lock(mutex_);
    sql::Database& db = impl_->db;
    sql::Transaction tx(db, sql::Transaction::Kind::Immediate);
    const std::int64_t blobId = writeBlob(db, blob);
    sql::Statement old = db.prepare("SELECT blob FROM artefacts WHERE kind = ? AND name = ?");
    old.bind(1, kind).bind(2, name);
    if (old.step()) deleteBlobs(db, std::to_string(old.columnInt(0)));
    const std::string metaText = meta.dump();
    const std::int64_t savedMs = nowMs();
    sql::Statement row = db.prepare(
        "INSERT OR REPLACE INTO artefacts(kind, name, meta, saved_ms, blob, checksum) VALUES (?, ?, ?, ?, ?, ?)");
    row.bind(1, kind).bind(2, name).bind(3, metaText).bind(4, savedMs).bind(5, blobId);
    row.bind(6, artefactRowChecksum(kind, name, metaText, savedMs, blobId).value()).run();
    tx.commit();
}

std::vector<ArtefactInfo> ProjectFile::listArtefacts(const std::string& kind) const {
    std::lock_guard lock(mutex_);
    sql::Statement st = impl_->db.prepare(std::string(kArtefactColumns) + "WHERE a.kind = ? ORDER BY a.name");
    st.bind(1, kind);
    std::vector<ArtefactInfo> out;
    while (st.step()) out.push_back(artefactFromRow(impl_->db, st, kind));
    return out;
}

std::optional<ArtefactInfo> ProjectFile::artefactInfo(const std::string& kind, const std::string& name) const {
    std::lock_guard lock(mutex_);
    sql::Statement st = impl_->db.prepare(std::string(kArtefactColumns) + "WHERE a.kind = ? AND a.name = ?");
    st.bind(1, kind).bind(2, name);
    if (!st.step()) return std::nullopt;
    return artefactFromRow(impl_->db, st, kind);
}

std::vector<std::byte> ProjectFile::artefactBlob(const std::string& kind, const std::string& name) const {
    std::lock_guard lock(mutex_);
    const sql::Database& db = impl_->db;
    sql::Transaction tx(impl_->db, sql::Transaction::Kind::Deferred);
    sql::Statement st = db.prepare("SELECT meta, saved_ms, blob, checksum FROM artefacts WHERE kind = ? AND name = ?");
    st.bind(1, kind).bind(2, name);
    if (!st.step()) util::failAt(util::MessageCode::StoreArtefactMissing, path_, 0, {kind, name});
    const std::int64_t blobId = st.columnInt(2);
    const std::string what = kind + " '" + name + "'";
    // The row names the blob: a damaged blob id would hand over another artefact's data.
    requireChecksum(db, st.columnInt(3), artefactRowChecksum(kind, name, st.columnText(0), st.columnInt(1), blobId),
                    "the description of " + what);
    std::vector<std::byte> bytes(blobSize(db, blobId, what));
    readBlobInto(db, blobId, bytes.data(), bytes.size(), what);
    tx.commit();
    return bytes;
}

void ProjectFile::removeArtefact(const std::string& kind, const std::string& name) {
    std::lock_guard lock(mutex_);
    sql::Database& db = impl_->db;
    sql::Transaction tx(db, sql::Transaction::Kind::Immediate);
    sql::Statement st = db.prepare("SELECT blob FROM artefacts WHERE kind = ? AND name = ?");
    st.bind(1, kind).bind(2, name);
    if (st.step()) {
        deleteBlobs(db, std::to_string(st.columnInt(0)));
        sql::Statement del = db.prepare("DELETE FROM artefacts WHERE kind = ? AND name = ?");
        del.bind(1, kind).bind(2, name).run();
    }
    tx.commit();
}

void ProjectFile::putMeta(const std::string& key, const std::string& value) {
    if (key.empty()) util::failParameter("key", util::MessageCode::StoreBadName, {"meta", key});
    std::lock_guard lock(mutex_);
    sql::Statement st = impl_->db.prepare("INSERT OR REPLACE INTO project_meta(key, value, checksum) VALUES (?, ?, ?)");
    st.bind(1, key).bind(2, value).bind(3, metaRowChecksum(key, value).value()).run();
}

std::optional<std::string> ProjectFile::meta(const std::string& key) const {
    std::lock_guard lock(mutex_);
    sql::Statement st = impl_->db.prepare("SELECT value, checksum FROM project_meta WHERE key = ?");
    st.bind(1, key);
    if (!st.step()) return std::nullopt;
    std::string value = st.columnText(0);
    requireChecksum(impl_->db, st.columnInt(1), metaRowChecksum(key, value), "the project fact '" + key + "'");
    return value;
}

util::Result<std::shared_ptr<ProjectFile>> saveDatasetAs(const std::string& path, const data::Dataset& dataset,
                                                         const util::Progress& progress) {
    return util::capture<std::shared_ptr<ProjectFile>>([&](std::vector<util::Message>&) {
        util::Result<std::shared_ptr<ProjectFile>> opened = ProjectFile::open(path, OpenMode::CreateOrOpen);
        if (opened.error) throw util::Error(*opened.error);
        (*opened)->saveDataset(dataset, progress);
        return *opened;
    });
}

util::Result<data::Dataset> loadDatasetFrom(const std::string& path, const util::Progress& progress) {
    return util::capture<data::Dataset>([&](std::vector<util::Message>&) {
        util::Result<std::shared_ptr<ProjectFile>> opened = ProjectFile::open(path, OpenMode::OpenExisting);
        if (opened.error) throw util::Error(*opened.error);
        return (*opened)->loadDataset(progress);
    });
}

} // namespace vitrina::store
