#pragma once
// The project file's identity and schema: an SQLite application_id that marks the file as Vitrina's, a
// schema_version in the `meta` table, and the list of migration steps from version N to N + 1.
//
// Version 0 is the bootstrap layout every project starts from: the application_id and a `meta` table holding
// schema_version = 0 (and facts such as created_by). Version 1 adds the dataset, blob, artefact and
// project_meta tables. Version 2 adds a checksum to every record of those tables (store/RecordChecksum.h).
// A new file is created at version 0 and migrated like any old file, so the migration path is exercised on
// every creation. Initialising and each step re-check the file under SQLite's write lock, so two processes
// creating or upgrading one file at once both succeed (the second finds the work done).
#include <cstdint>
#include <span>
#include <string_view>

#include "store/Sqlite.h"

namespace vitrina::store {

inline constexpr std::int32_t kApplicationId = 0x5654524E; ///< "VTRN"

struct Migration {
    int from; ///< applies to version `from`, leaves version from + 1
    std::string_view description;
    void (*apply)(sql::Database& db);
};

/// Every step, in order; migrations()[k].from == k.
std::span<const Migration> migrations();

/// What prepareSchema found before migrating.
enum class FileState { Vitrina, EmptyDatabase };

/// Checks that the open file is a Vitrina project (or an empty database when `mayInitialize`), initialises an
/// empty one, sets the journal and sync modes, and runs the pending migrations, each in its own transaction.
/// Returns the schema version after migration. Throws util::Error (StoreNotSqlite, StoreForeign, ...).
int prepareSchema(sql::Database& db, bool mayInitialize);

} // namespace vitrina::store
