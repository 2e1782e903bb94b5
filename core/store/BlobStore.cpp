#include "store/BlobStore.h"

#include <algorithm>
#include <bit>
#include <memory>

#include "store/Checksum.h"
#include "util/Binary.h"
#include "util/Message.h"

namespace vitrina::store {
namespace {

[[noreturn]] void corrupt(const sql::Database& db, const std::string& what, const std::string& detail) {
    util::failAt(util::MessageCode::StoreCorrupt, db.path(), 0, {what + ": " + detail});
}

} // namespace

std::int64_t writeBlob(sql::Database& db, std::span<const std::byte> bytes, const ChunkCallback& onChunk) {
    sql::Statement blob = db.prepare("INSERT INTO blobs(bytes, checksum) VALUES (?, ?)");
    blob.bind(1, static_cast<std::int64_t>(bytes.size()))
        .bind(2, std::bit_cast<std::int64_t>(checksum64(bytes.data(), bytes.size())))
        .run();
    const std::int64_t id = db.lastInsertRowid();
    sql::Statement chunk = db.prepare("INSERT INTO blob_chunks(blob, chunk, bytes, data) VALUES (?, ?, ?, ?)");
    std::size_t offset = 0;
    std::int64_t index = 0;
    do { // an empty blob still gets one (empty) chunk, so that readers find a complete chain
        const std::size_t n = std::min(kWriteChunkBytes, bytes.size() - offset);
        chunk.bind(1, id).bind(2, index).bind(3, static_cast<std::int64_t>(n)).bindBlob(4, bytes.subspan(offset, n));
        chunk.run();
        chunk.reset();
        offset += n;
        ++index;
        if (onChunk) onChunk(offset);
    } while (offset < bytes.size());
    return id;
}

std::size_t blobSize(const sql::Database& db, std::int64_t id, const std::string& what) {
    // The recorded length must match the bytes really present (length() of a BLOB reads only the record
    // header), so that a damaged length never makes a reader allocate more than the file holds.
    sql::Statement st = db.prepare(
        "SELECT bytes, (SELECT count(*) FROM blob_chunks WHERE blob = ?1), "
        "(SELECT total(length(data)) FROM blob_chunks WHERE blob = ?1) FROM blobs WHERE id = ?1");
    st.bind(1, id);
    if (!st.step()) corrupt(db, what, "its data is missing");
    const std::int64_t bytes = st.columnInt(0);
    if (bytes < 0) corrupt(db, what, "negative length");
    if (st.columnInt(1) == 0) corrupt(db, what, "its data is missing");
    if (st.columnInt(2) != bytes)
        corrupt(db, what, "the file records " + std::to_string(bytes) + " bytes, " + std::to_string(st.columnInt(2)) +
                              " are present");
    return static_cast<std::size_t>(bytes);
}

void readBlobInto(const sql::Database& db, std::int64_t id, std::byte* destination, std::size_t size,
                  const std::string& what) {
    sql::Statement info = db.prepare("SELECT bytes, checksum FROM blobs WHERE id = ?");
    info.bind(1, id);
    if (!info.step()) corrupt(db, what, "its data is missing");
    if (info.columnInt(0) != static_cast<std::int64_t>(size))
        corrupt(db, what, "expected " + std::to_string(size) + " bytes, the file records " +
                              std::to_string(info.columnInt(0)));
    const auto expectedChecksum = std::bit_cast<std::uint64_t>(info.columnInt(1));

    sql::Statement chunks = db.prepare("SELECT rowid, chunk, bytes FROM blob_chunks WHERE blob = ? ORDER BY chunk");
    chunks.bind(1, id);
    std::size_t offset = 0;
    std::int64_t expectedIndex = 0;
    std::unique_ptr<sql::BlobReader> reader;
    while (chunks.step()) {
        const std::int64_t rowid = chunks.columnInt(0);
        const std::int64_t bytes = chunks.columnInt(2);
        if (chunks.columnInt(1) != expectedIndex++) corrupt(db, what, "a chunk is missing");
        if (bytes < 0 || static_cast<std::uint64_t>(bytes) > size - offset) corrupt(db, what, "a chunk is too long");
        if (reader) reader->reopen(rowid);
        else reader = std::make_unique<sql::BlobReader>(db, "blob_chunks", "data", rowid);
        if (reader->size() != static_cast<std::size_t>(bytes)) corrupt(db, what, "a chunk has the wrong length");
        if (bytes > 0) reader->read(destination + offset, static_cast<std::size_t>(bytes), 0);
        offset += static_cast<std::size_t>(bytes);
    }
    if (offset != size)
        corrupt(db, what, "only " + std::to_string(offset) + " of " + std::to_string(size) + " bytes are present");
    if (checksum64(destination, size) != expectedChecksum) corrupt(db, what, "checksum mismatch");
}

void deleteBlobs(sql::Database& db, const std::string& selectIds) {
    db.exec("DELETE FROM blob_chunks WHERE blob IN (" + selectIds + ");" + "DELETE FROM blobs WHERE id IN (" +
                selectIds + ");",
            "removing old data");
}

} // namespace vitrina::store
