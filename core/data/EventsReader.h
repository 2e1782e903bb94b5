#pragma once
// events.csv -> the ordered columnar event log with dense ids (the importer's first and hottest step).
#include <cstdint>
#include <string>
#include <vector>

#include "data/Dataset.h"
#include "data/Importer.h"
#include "util/Progress.h"

namespace vitrina::data {

struct EventsTable {
    EventLog log;
    IdMap visitors;
    IdMap items; ///< every item that occurs in the events
    std::uint64_t duplicateRows = 0;
    SourceFile source;
    std::vector<util::Message> warnings;
};

/// Reads events.csv whole, parses it in `options.threads` chunks split at newlines, maps ids and orders the
/// rows by visitor, then time, ties in file order. Throws util::Error (file problems, strict-mode rows).
EventsTable readEvents(const std::string& path, const ImportOptions& options, const util::Progress& progress);

/// Raw parsed rows in file order (the ordering step's input).
struct RawEvents {
    std::vector<std::int64_t> timestamp, visitor, item, transaction;
    std::vector<EventType> type;
    std::size_t size() const { return timestamp.size(); }
};

/// Dense ids and order (stable: ties keep file order); counts exact duplicate rows. Consumes `raw`.
void orderEvents(RawEvents&& raw, int threads, EventsTable& out);

} // namespace vitrina::data
