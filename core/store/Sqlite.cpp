#include "store/Sqlite.h"

#include <limits>

#include <sqlite3.h>

#include "util/Message.h"

namespace vitrina::store::sql {
namespace {

[[noreturn]] void raiseCode(const std::string& path, int rc, std::string_view during, const char* detail) {
    using util::MessageCode;
    const std::string text = detail ? detail : sqlite3_errstr(rc);
    switch (rc & 0xFF) {
    case SQLITE_NOTADB: util::failAt(MessageCode::StoreNotSqlite, path, 0);
    case SQLITE_CORRUPT: util::failAt(MessageCode::StoreCorrupt, path, 0, {text});
    case SQLITE_BUSY:
    case SQLITE_LOCKED: util::failAt(MessageCode::StoreBusy, path, 0);
    case SQLITE_CANTOPEN: util::failAt(MessageCode::StoreCannotOpen, path, 0, {text});
    case SQLITE_NOMEM: util::fail(MessageCode::OutOfMemory, {std::string(during)});
    default: util::failAt(MessageCode::StoreSqliteError, path, 0, {std::string(during), text});
    }
}

} // namespace

Database::Database(const std::string& path, Access access) : path_(path) {
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX; // ProjectFile serialises access itself
    if (access == Access::ReadWriteCreate) flags |= SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string detail = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
        sqlite3_close(db_);
        db_ = nullptr;
        raiseCode(path_, rc, "opening", detail.c_str());
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, 3000);
}

Database::~Database() {
    if (db_) sqlite3_close_v2(db_);
}

void Database::raise(int rc, std::string_view during) const {
    raiseCode(path_, rc, during, db_ ? sqlite3_errmsg(db_) : nullptr);
}

void Database::exec(std::string_view sql, std::string_view during) {
    const std::string text(sql);
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) raise(rc, during);
}

Statement Database::prepare(std::string_view sql) const { return Statement(*this, sql); }

std::optional<std::int64_t> Database::queryInt(std::string_view sql) const {
    Statement st(*this, sql);
    if (!st.step() || st.columnIsNull(0)) return std::nullopt;
    return st.columnInt(0);
}

std::int64_t Database::lastInsertRowid() const { return sqlite3_last_insert_rowid(db_); }

bool Database::autocommit() const { return sqlite3_get_autocommit(db_) != 0; }

Statement::Statement(const Database& db, std::string_view sql) : db_(&db), sql_(sql) {
    const int rc = sqlite3_prepare_v2(db.handle(), sql_.data(), static_cast<int>(sql_.size()), &stmt_, nullptr);
    if (rc != SQLITE_OK) db.raise(rc, "preparing '" + sql_ + "'");
}

Statement::~Statement() {
    if (stmt_) sqlite3_finalize(stmt_);
}

Statement::Statement(Statement&& other) noexcept : db_(other.db_), stmt_(other.stmt_), sql_(std::move(other.sql_)) {
    other.stmt_ = nullptr;
}

Statement& Statement::bind(int index, std::int64_t value) {
    const int rc = sqlite3_bind_int64(stmt_, index, value);
    if (rc != SQLITE_OK) db_->raise(rc, "binding a value");
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    const int rc = sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK) db_->raise(rc, "binding a text");
    return *this;
}

Statement& Statement::bindBlob(int index, std::span<const std::byte> bytes) {
    // A zero-length blob still needs a non-null pointer, or SQLite stores NULL.
    static const std::byte empty{};
    const void* data = bytes.empty() ? &empty : bytes.data();
    const int rc = sqlite3_bind_blob64(stmt_, index, data, bytes.size(), SQLITE_STATIC);
    if (rc != SQLITE_OK) db_->raise(rc, "binding a blob");
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    sqlite3_reset(stmt_);
    db_->raise(rc, "running '" + sql_ + "'");
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::int64_t Statement::columnInt(int column) const { return sqlite3_column_int64(stmt_, column); }

std::string Statement::columnText(int column) const {
    const auto* text = sqlite3_column_text(stmt_, column);
    const int bytes = sqlite3_column_bytes(stmt_, column);
    return text ? std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(bytes)) : std::string();
}

std::span<const std::byte> Statement::columnBlob(int column) const {
    const void* data = sqlite3_column_blob(stmt_, column);
    const int bytes = sqlite3_column_bytes(stmt_, column);
    if (!data || bytes <= 0) return {};
    return {static_cast<const std::byte*>(data), static_cast<std::size_t>(bytes)};
}

bool Statement::columnIsNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

BlobReader::BlobReader(const Database& db, const char* table, const char* column, std::int64_t rowid) : db_(&db) {
    const int rc = sqlite3_blob_open(db.handle(), "main", table, column, rowid, 0, &blob_);
    if (rc != SQLITE_OK) {
        if (blob_) sqlite3_blob_close(blob_);
        blob_ = nullptr;
        db.raise(rc, "opening a stored array");
    }
}

BlobReader::~BlobReader() {
    if (blob_) sqlite3_blob_close(blob_);
}

std::size_t BlobReader::size() const { return static_cast<std::size_t>(sqlite3_blob_bytes(blob_)); }

void BlobReader::read(std::byte* destination, std::size_t bytes, std::size_t offset) const {
    if (bytes > static_cast<std::size_t>(std::numeric_limits<int>::max()) ||
        offset > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        util::failAt(util::MessageCode::StoreCorrupt, db_->path(), 0, {"a stored chunk is larger than 2 GB"});
    const int rc = sqlite3_blob_read(blob_, destination, static_cast<int>(bytes), static_cast<int>(offset));
    if (rc != SQLITE_OK) db_->raise(rc, "reading a stored array");
}

void BlobReader::reopen(std::int64_t rowid) {
    const int rc = sqlite3_blob_reopen(blob_, rowid);
    if (rc != SQLITE_OK) db_->raise(rc, "reading a stored array");
}

Transaction::Transaction(Database& db, Kind kind) : db_(db) {
    db_.exec(kind == Kind::Immediate ? "BEGIN IMMEDIATE" : "BEGIN", "starting a transaction");
    open_ = true;
}

Transaction::~Transaction() {
    // After a failed COMMIT or an I/O error SQLite may already have rolled back; ROLLBACK then just fails.
    if (open_ && !db_.autocommit()) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    db_.exec("COMMIT", "saving (commit)");
    open_ = false;
}

} // namespace vitrina::store::sql
