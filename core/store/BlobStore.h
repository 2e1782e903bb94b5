#pragma once
// Large byte strings in the project file, split into chunks of at most kWriteChunkBytes (core/README.md: no
// single value over 256 MB), with their total length and checksum kept beside them so that a damaged or
// truncated file is reported instead of loaded. Used for the dataset's arrays and for artefacts.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "store/Sqlite.h"

namespace vitrina::store {

/// 8 MB: small enough that SQLite's temporary record copy stays small, large enough for few rows per array.
inline constexpr std::size_t kWriteChunkBytes = 8u << 20;

/// Called after each chunk with the bytes written so far (progress, cancellation).
using ChunkCallback = std::function<void(std::size_t bytesDone)>;

/// Stores `bytes` as a new blob inside the caller's transaction and returns its id.
std::int64_t writeBlob(sql::Database& db, std::span<const std::byte> bytes, const ChunkCallback& onChunk = {});

/// Reads blob `id` into `destination` (exactly `size` bytes) and verifies the length and checksum.
/// `what` names the array or artefact in error messages.
void readBlobInto(const sql::Database& db, std::int64_t id, std::byte* destination, std::size_t size,
                  const std::string& what);

/// Total byte length recorded for blob `id` (throws StoreCorrupt when the blob is missing).
std::size_t blobSize(const sql::Database& db, std::int64_t id, const std::string& what);

/// Deletes the blobs whose ids the statement `selectIds` returns (inside the caller's transaction).
void deleteBlobs(sql::Database& db, const std::string& selectIds);

} // namespace vitrina::store
