#include "store/RecordChecksum.h"

#include <bit>
#include <cstring>
#include <utility>
#include <vector>

#include "store/Checksum.h"
#include "util/Message.h"

namespace vitrina::store {

RecordChecksum& RecordChecksum::add(std::string_view text) {
    add(static_cast<std::int64_t>(text.size()));
    bytes_.append(text);
    return *this;
}

RecordChecksum& RecordChecksum::add(std::int64_t value) {
    char raw[sizeof value];
    std::memcpy(raw, &value, sizeof value);
    bytes_.append(raw, sizeof raw);
    return *this;
}

std::int64_t RecordChecksum::value() const {
    return std::bit_cast<std::int64_t>(checksum64(reinterpret_cast<const std::byte*>(bytes_.data()), bytes_.size()));
}

void requireChecksum(const sql::Database& db, std::int64_t stored, const RecordChecksum& computed, const std::string& what) {
    if (stored != computed.value()) util::failAt(util::MessageCode::StoreCorrupt, db.path(), 0, {what + ": checksum mismatch"});
}

RecordChecksum datasetRowChecksum(std::int64_t generation, std::string_view name, std::string_view info,
                                  std::int64_t savedMs) {
    return RecordChecksum().add("dataset").add(generation).add(name).add(info).add(savedMs);
}

RecordChecksum arrayRowChecksum(std::int64_t generation, std::string_view name, std::int64_t elementBytes,
                                std::int64_t count, std::int64_t blob) {
    return RecordChecksum().add("array").add(generation).add(name).add(elementBytes).add(count).add(blob);
}

RecordChecksum artefactRowChecksum(std::string_view kind, std::string_view name, std::string_view meta,
                                   std::int64_t savedMs, std::int64_t blob) {
    return RecordChecksum().add("artefact").add(kind).add(name).add(meta).add(savedMs).add(blob);
}

RecordChecksum metaRowChecksum(std::string_view key, std::string_view value) {
    return RecordChecksum().add("meta").add(key).add(value);
}

namespace {

/// Computes each row's checksum first (no table is changed under a running SELECT), then stores them.
template <class RowChecksum>
void fillChecksums(sql::Database& db, const std::string& table, const std::string& columns, RowChecksum&& rowChecksum) {
    std::vector<std::pair<std::int64_t, std::int64_t>> sums; // (rowid, checksum)
    sql::Statement rows = db.prepare("SELECT rowid, " + columns + " FROM " + table);
    while (rows.step()) sums.emplace_back(rows.columnInt(0), rowChecksum(rows).value());
    sql::Statement update = db.prepare("UPDATE " + table + " SET checksum = ? WHERE rowid = ?");
    for (const auto& [rowid, sum] : sums) {
        update.bind(1, sum).bind(2, rowid).run();
        update.reset();
    }
}

} // namespace

void addRecordChecksums(sql::Database& db) {
    for (const char* table : {"dataset", "dataset_arrays", "artefacts", "project_meta"})
        db.exec(std::string("ALTER TABLE ") + table + " ADD COLUMN checksum INTEGER NOT NULL DEFAULT 0",
                "adding record checksums");
    fillChecksums(db, "dataset", "generation, name, info, saved_ms", [](const sql::Statement& r) {
        return datasetRowChecksum(r.columnInt(1), r.columnText(2), r.columnText(3), r.columnInt(4));
    });
    fillChecksums(db, "dataset_arrays", "generation, name, element_bytes, count, blob", [](const sql::Statement& r) {
        return arrayRowChecksum(r.columnInt(1), r.columnText(2), r.columnInt(3), r.columnInt(4), r.columnInt(5));
    });
    fillChecksums(db, "artefacts", "kind, name, meta, saved_ms, blob", [](const sql::Statement& r) {
        return artefactRowChecksum(r.columnText(1), r.columnText(2), r.columnText(3), r.columnInt(4), r.columnInt(5));
    });
    fillChecksums(db, "project_meta", "key, value",
                  [](const sql::Statement& r) { return metaRowChecksum(r.columnText(1), r.columnText(2)); });
}

} // namespace vitrina::store
