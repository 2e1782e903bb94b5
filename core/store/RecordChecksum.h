#pragma once
// A checksum over the fields of one stored row (the dataset description with its import report, each array's
// header, each artefact's description, each project fact), kept in the row's `checksum` column. The arrays and
// artefact blobs carry their own checksum (BlobStore.h); this covers the small records beside them, where one
// flipped digit would otherwise change a reported row count or point a model at another blob unnoticed.
#include <cstdint>
#include <string>
#include <string_view>

#include "store/Sqlite.h"

namespace vitrina::store {

/// Fields are added in a fixed order; each is length-prefixed, so ("ab", "c") and ("a", "bc") differ.
class RecordChecksum {
public:
    RecordChecksum& add(std::string_view text);
    RecordChecksum& add(std::int64_t value);
    /// As stored in an SQLite INTEGER column.
    std::int64_t value() const;

private:
    std::string bytes_;
};

/// StoreCorrupt naming `what` when `stored` differs from `computed`.
void requireChecksum(const sql::Database& db, std::int64_t stored, const RecordChecksum& computed, const std::string& what);

/// Schema step 1 -> 2: adds the `checksum` column to dataset, dataset_arrays, artefacts and project_meta and
/// fills it for the rows already there (an older file is trusted as it is when it is upgraded).
void addRecordChecksums(sql::Database& db);

/// The checksums of each table's rows, in one place for writers, readers and the migration.
RecordChecksum datasetRowChecksum(std::int64_t generation, std::string_view name, std::string_view info,
                                  std::int64_t savedMs);
RecordChecksum arrayRowChecksum(std::int64_t generation, std::string_view name, std::int64_t elementBytes,
                                std::int64_t count, std::int64_t blob);
RecordChecksum artefactRowChecksum(std::string_view kind, std::string_view name, std::string_view meta,
                                   std::int64_t savedMs, std::int64_t blob);
RecordChecksum metaRowChecksum(std::string_view key, std::string_view value);

} // namespace vitrina::store
