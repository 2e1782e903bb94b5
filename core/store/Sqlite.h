#pragma once
// A small RAII layer over the SQLite C API for the project file. sqlite3.h stays in Sqlite.cpp; this header
// only forward-declares the handles. Every failure becomes a util::Error that names the database file.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;
struct sqlite3_blob;

namespace vitrina::store::sql {

class Statement;

class Database {
public:
    enum class Access { ReadWrite, ReadWriteCreate };

    /// Opens `path` (created only with ReadWriteCreate). Throws util::Error naming the file.
    Database(const std::string& path, Access access);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Runs one or more statements without results. `during` says what was being done, for the message.
    void exec(std::string_view sql, std::string_view during);
    Statement prepare(std::string_view sql) const;
    /// First column of the first row as an integer (nullopt when there is no row or it is NULL).
    std::optional<std::int64_t> queryInt(std::string_view sql) const;

    std::int64_t lastInsertRowid() const;
    bool autocommit() const;
    const std::string& path() const { return path_; }
    sqlite3* handle() const { return db_; }

    /// Throws the util::Error for result code `rc` (maps SQLITE_NOTADB, CORRUPT, BUSY... to store codes).
    [[noreturn]] void raise(int rc, std::string_view during) const;

private:
    sqlite3* db_ = nullptr;
    std::string path_;
};

class Statement {
public:
    Statement(const Database& db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, std::string_view text);
    /// The bytes must stay alive until the statement is stepped (no copy is made).
    Statement& bindBlob(int index, std::span<const std::byte> bytes);
    /// Returns true when a row is available, false when done.
    bool step();
    /// Steps a statement that returns no rows.
    void run();
    void reset();

    std::int64_t columnInt(int column) const;
    std::string columnText(int column) const;
    std::span<const std::byte> columnBlob(int column) const;
    bool columnIsNull(int column) const;

private:
    const Database* db_;
    sqlite3_stmt* stmt_ = nullptr;
    std::string sql_;
};

/// Incremental read of one BLOB cell straight into caller memory (no intermediate copy of the value).
class BlobReader {
public:
    BlobReader(const Database& db, const char* table, const char* column, std::int64_t rowid);
    ~BlobReader();
    BlobReader(const BlobReader&) = delete;
    BlobReader& operator=(const BlobReader&) = delete;

    std::size_t size() const;
    void read(std::byte* destination, std::size_t bytes, std::size_t offset) const;
    /// Moves to another row of the same table and column (cheaper than a new open).
    void reopen(std::int64_t rowid);

private:
    const Database* db_;
    sqlite3_blob* blob_ = nullptr;
};

/// BEGIN on construction; ROLLBACK in the destructor unless commit() ran.
class Transaction {
public:
    enum class Kind { Deferred, Immediate };
    Transaction(Database& db, Kind kind);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& db_;
    bool open_ = false;
};

} // namespace vitrina::store::sql
