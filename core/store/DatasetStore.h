#pragma once
// The Dataset inside the project file: each columnar array is one blob (chunked, checksummed), the small
// structured parts (name, sources with skipped rows, warnings, duplicate count) are one JSON text.
//
// Saves are generational: a save writes the new arrays under generation g + 1, points the `dataset` row at
// it and only then deletes generation g, all in the caller's transaction. Writing before deleting means the
// new pages come from space that was already free when the transaction began (or from the end of the file),
// which SQLite does not need to copy into the rollback journal: the journal stays small, and a save that is
// interrupted at any point rolls back to the previous dataset.
#include "data/Dataset.h"
#include "store/Sqlite.h"
#include "util/Progress.h"

namespace vitrina::store {

bool datasetPresent(const sql::Database& db);
/// Inside an IMMEDIATE transaction of the caller.
void writeDataset(sql::Database& db, const data::Dataset& dataset, const util::Progress& progress);
/// Inside a read transaction of the caller. Verifies lengths, checksums and the dataset's invariants.
data::Dataset readDataset(const sql::Database& db, const util::Progress& progress);

} // namespace vitrina::store
