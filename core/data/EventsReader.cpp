#include "data/EventsReader.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <limits>

#include "data/CsvLine.h"
#include "data/CsvValues.h"
#include "data/SkipLog.h"
#include "data/TextFile.h"
#include "util/Parallel.h"
#include "util/Prefault.h"

namespace vitrina::data {
using util::MessageCode;

namespace {

constexpr std::array<CsvColumn, 5> kEventColumns{{{"timestamp"}, {"visitorid"}, {"event"}, {"itemid"}, {"transactionid"}}};
namespace event_column {
enum : std::size_t { Timestamp, Visitor, Event, Item, Transaction };
}
constexpr std::int64_t kLinesPerCheck = 1 << 16;

struct Chunk {
    const char* begin = nullptr;
    const char* end = nullptr; ///< just after a '\n', or the end of the file
    bool last = false;         ///< holds the file's last line (which may lack its newline)
};

struct ChunkResult {
    RawEvents rows;
    SkipLog skipped;
    SkipLog unexpectedTransactionIds; ///< kept rows, reported as one warning
    std::int64_t lines = 0;           ///< lines consumed, blank ones included
    std::uint64_t rowsRead = 0;
    bool stopped = false; ///< strict mode hit a bad row (the first entry of `skipped`)
};

std::optional<EventType> eventTypeOf(std::string_view text) {
    if (const auto t = parseEventType(text)) return t;
    std::string lower(trimSpaces(text));
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return parseEventType(lower);
}

void appendRow(RawEvents& rows, std::int64_t ms, std::int64_t visitor, EventType type, std::int64_t item,
               std::int64_t transaction) {
    rows.timestamp.push_back(ms);
    rows.visitor.push_back(visitor);
    rows.type.push_back(type);
    rows.item.push_back(item);
    rows.transaction.push_back(transaction);
}

/// Parses one non-blank line into `rows`; returns the reason when the row is skipped.
std::optional<MessageCode> parseEventLine(std::string_view line, const std::array<std::size_t, 5>& column,
                                          CsvFields& fields, std::string& scratch, RawEvents& rows,
                                          bool& unexpectedTransactionId) {
    splitCsvLine(line, fields, scratch);
    if (fields.unclosedQuote) return MessageCode::CsvUnclosedQuote;
    if (fields.count != kEventColumns.size()) return MessageCode::CsvWrongFieldCount;
    std::int64_t ms = 0;
    const TimestampIssue issue = parseTimestamp(fields.field[column[event_column::Timestamp]], ms);
    if (issue != TimestampIssue::None) return timestampReason(issue);
    std::int64_t visitor = 0, item = 0;
    if (!parseDigits(fields.field[column[event_column::Visitor]], visitor)) {
        const auto id = parseId(fields.field[column[event_column::Visitor]]);
        if (!id) return MessageCode::CsvBadVisitorId;
        visitor = *id;
    }
    const auto type = eventTypeOf(fields.field[column[event_column::Event]]);
    if (!type) return MessageCode::CsvUnknownEventType;
    if (!parseDigits(fields.field[column[event_column::Item]], item)) {
        const auto id = parseId(fields.field[column[event_column::Item]]);
        if (!id) return MessageCode::CsvBadItemId;
        item = *id;
    }
    std::int64_t transaction = -1;
    const std::string_view transactionText = fields.field[column[event_column::Transaction]];
    if (*type == EventType::Transaction) {
        if (trimSpaces(transactionText).empty()) return MessageCode::CsvMissingTransactionId;
        if (!parseDigits(transactionText, transaction)) {
            const auto id = parseId(transactionText);
            if (!id) return MessageCode::CsvBadTransactionId;
            transaction = *id;
        }
    } else if (!trimSpaces(transactionText).empty()) {
        // A good event with a stray id: keep the event (and the id as written when it is one), warn once.
        unexpectedTransactionId = true;
        transaction = parseId(transactionText).value_or(-1);
    }
    appendRow(rows, ms, visitor, *type, item, transaction);
    return std::nullopt;
}

/// Plain digits at p (1..18 of them), moving p past them. The sum is unsigned so that a longer run (rejected
/// below) wraps instead of overflowing a signed integer.
inline bool takeDigits(const char*& p, const char* end, std::int64_t& value) {
    const char* const start = p;
    std::uint64_t v = 0;
    for (; p < end; ++p) {
        const unsigned d = static_cast<unsigned>(static_cast<unsigned char>(*p)) - '0';
        if (d > 9) break;
        v = v * 10 + d;
    }
    const auto n = static_cast<std::size_t>(p - start);
    if (n == 0 || n > kMaxIdDigits) return false;
    value = static_cast<std::int64_t>(v);
    return true;
}

inline bool takeComma(const char*& p, const char* end) {
    if (p == end || *p != ',') return false;
    ++p;
    return true;
}

/// The release's own layout in one pass, without field views: columns in file order, plain digits, a 13-digit
/// timestamp, a lower-case event, a transaction id exactly on transactions. Anything else returns false and
/// goes through parseEventLine, which decides and reports; what this accepts, parseEventLine reads the same.
bool parseReleaseLine(std::string_view line, RawEvents& rows) {
    const char* p = line.data();
    const char* const end = p + line.size();
    std::int64_t ms = 0, visitor = 0, item = 0, transaction = -1;
    if (!takeDigits(p, end, ms) || p - line.data() != 13 || !inTimestampRange(ms) || !takeComma(p, end)) return false;
    if (!takeDigits(p, end, visitor) || !takeComma(p, end)) return false;
    const char* const word = p;
    while (p < end && *p != ',') ++p;
    const auto type = parseEventType(std::string_view(word, static_cast<std::size_t>(p - word)));
    if (!type || !takeComma(p, end) || !takeDigits(p, end, item) || !takeComma(p, end)) return false;
    if (*type == EventType::Transaction && !takeDigits(p, end, transaction)) return false;
    if (p != end) return false; // a stray transaction id or trailing text: the careful path
    appendRow(rows, ms, visitor, *type, item, transaction);
    return true;
}

/// Strict mode: this chunk stops at its bad row, and later chunks stop at their next check.
void stopAtBadRow(std::size_t chunkIndex, std::atomic<std::size_t>& firstStoppedChunk, ChunkResult& out) {
    out.stopped = true;
    std::size_t expected = firstStoppedChunk.load();
    while (chunkIndex < expected && !firstStoppedChunk.compare_exchange_weak(expected, chunkIndex)) {
    }
}

void parseChunk(const Chunk& chunk, const std::array<std::size_t, 5>& column, bool strict, std::size_t chunkIndex,
                std::atomic<std::size_t>& firstStoppedChunk, const util::Progress& progress, ChunkResult& out) {
    const std::size_t expectedRows = static_cast<std::size_t>(chunk.end - chunk.begin) / 30 + 16;
    util::reservePrefaulted(out.rows.timestamp, expectedRows);
    util::reservePrefaulted(out.rows.visitor, expectedRows);
    util::reservePrefaulted(out.rows.item, expectedRows);
    util::reservePrefaulted(out.rows.transaction, expectedRows);
    util::reservePrefaulted(out.rows.type, expectedRows);
    CsvFields fields;
    std::string scratch;
    const bool releaseLayout = column == std::array<std::size_t, 5>{event_column::Timestamp, event_column::Visitor, event_column::Event, event_column::Item, event_column::Transaction};
    const char* p = chunk.begin;
    std::int64_t line = 0;
    while (p < chunk.end) {
        const void* found = std::memchr(p, '\n', static_cast<std::size_t>(chunk.end - p));
        const char* nl = found ? static_cast<const char*>(found) : chunk.end;
        const std::string_view text = withoutCarriageReturn(p, nl);
        p = nl + 1;
        ++line;
        if ((line & (kLinesPerCheck - 1)) == 0) {
            progress.check();
            if (firstStoppedChunk.load(std::memory_order_relaxed) < chunkIndex) break; // an earlier chunk failed
            if (chunkIndex == 0)
                progress.set(static_cast<double>(p - chunk.begin) / static_cast<double>(chunk.end - chunk.begin));
        }
        if (!found && chunk.last) { // the file's last line lacks its newline: it may end inside a field
            if (isBlankLine(text)) continue;
            ++out.rowsRead;
            out.skipped.add(MessageCode::CsvRowCutOff, line);
            if (strict) stopAtBadRow(chunkIndex, firstStoppedChunk, out);
            break;
        }
        if (releaseLayout && parseReleaseLine(text, out.rows)) {
            ++out.rowsRead;
            continue;
        }
        if (isBlankLine(text)) continue;
        ++out.rowsRead;
        bool unexpectedTransactionId = false;
        auto reason = parseEventLine(text, column, fields, scratch, out.rows, unexpectedTransactionId);
        if (unexpectedTransactionId && !reason) out.unexpectedTransactionIds.add(MessageCode::DataUnexpectedTransactionId, line);
        if (!reason) continue;
        out.skipped.add(*reason, line);
        if (strict) {
            stopAtBadRow(chunkIndex, firstStoppedChunk, out);
            break;
        }
    }
    out.lines = line;
}

/// Every row was skipped: the error says why, by the most frequent reason (the first in the file among equals),
/// as the import report would have listed it: how many rows, the first line, the reason's English text (which the
/// GUI shows translated).
util::Message noValidRows(const std::string& path, std::uint64_t rowsRead, const SkipLog& skipped) {
    const std::vector<SkippedRows> reasons = skipped.report();
    const auto most = std::max_element(reasons.begin(), reasons.end(),
                                       [](const SkippedRows& a, const SkippedRows& b) { return a.count < b.count; });
    std::vector<std::string> args{std::to_string(rowsRead), "0", "0", "?"};
    if (most != reasons.end()) {
        args[1] = std::to_string(most->count);
        args[2] = most->firstLines.empty() ? "?" : std::to_string(most->firstLines.front());
        args[3] = util::formatArgs(util::codeEnglishFormat(most->reason), {});
    }
    util::Message error = util::makeMessage(MessageCode::CsvNoValidEvents, std::move(args));
    error.file = path;
    return error;
}

/// Chunk boundaries at line starts, about equal in bytes.
std::vector<Chunk> splitAtNewlines(const char* begin, const char* end, int threads) {
    const std::size_t bytes = static_cast<std::size_t>(end - begin);
    // Below ~1 MB a second thread costs more than it saves.
    const std::size_t count = std::clamp<std::size_t>(static_cast<std::size_t>(std::max(threads, 1)), 1,
                                                      std::max<std::size_t>(1, bytes >> 20));
    std::vector<Chunk> chunks;
    const char* start = begin;
    for (std::size_t k = 1; k <= count && start < end; ++k) {
        const char* stop = end;
        if (k < count) {
            const char* target = std::max(start, begin + bytes * k / count);
            const void* nl = std::memchr(target, '\n', static_cast<std::size_t>(end - target));
            stop = nl ? static_cast<const char*>(nl) + 1 : end;
        }
        chunks.push_back({start, stop, stop == end});
        start = stop;
    }
    return chunks;
}

} // namespace

EventsTable readEvents(const std::string& path, const ImportOptions& options, const util::Progress& progress) {
    EventsTable table;
    FileBytes file = FileBytes::read(path);
    SourceFile& source = table.source;
    source.role = "events";
    source.path = path;
    source.bytes = file.stat().bytes;
    source.modifiedMs = file.stat().modifiedMs;

    const CsvHeader header = findHeader(path, file.view(), kEventColumns);
    const std::vector<std::size_t> matched = matchHeader(path, header, kEventColumns);
    std::array<std::size_t, 5> column{};
    std::copy(matched.begin(), matched.end(), column.begin());

    const util::Progress parseProgress = progress.sub(0.0, 0.75);
    const std::vector<Chunk> chunks =
        splitAtNewlines(file.data() + std::min(header.dataOffset, file.size()), file.data() + file.size(), options.threads);
    std::vector<ChunkResult> results(chunks.size());
    std::atomic<std::size_t> firstStoppedChunk{std::numeric_limits<std::size_t>::max()};
    util::parallelChunks(chunks.size(), static_cast<int>(chunks.size()), [&](std::size_t begin, std::size_t end, std::size_t) {
        for (std::size_t c = begin; c < end; ++c)
            parseChunk(chunks[c], column, options.strict, c, firstStoppedChunk, parseProgress, results[c]);
    });
    file.release();

    // Chunk-local line numbers become file line numbers; chunks are merged in file order.
    SkipLog skipped, unexpected;
    std::int64_t lineOffset = header.line;
    std::size_t rowCount = 0;
    for (const auto& r : results) {
        if (r.stopped) {
            const SkippedRows& bad = r.skipped.entries().front();
            util::failAt(bad.reason, path, bad.firstLines.front() + lineOffset);
        }
        skipped.append(r.skipped, lineOffset);
        unexpected.append(r.unexpectedTransactionIds, lineOffset);
        lineOffset += r.lines;
        source.rowsRead += r.rowsRead;
        rowCount += r.rows.size();
    }
    if (source.rowsRead == 0) util::failAt(MessageCode::CsvNoDataRows, path, 0);
    if (rowCount == 0) throw util::Error(noValidRows(path, source.rowsRead, skipped));
    if (rowCount >= std::numeric_limits<std::uint32_t>::max())
        util::failAt(MessageCode::CsvCannotRead, path, 0, {"more than 4294967294 events are not supported"});
    source.rowsKept = rowCount;
    source.skipped = skipped.report();
    if (!unexpected.empty()) {
        const SkippedRows& u = unexpected.entries().front();
        util::Message w = util::makeMessage(MessageCode::DataUnexpectedTransactionId,
                                            {std::to_string(u.count), lineListText(u.firstLines)}, util::Severity::Warning);
        w.file = path;
        table.warnings.push_back(std::move(w));
    }

    RawEvents raw = std::move(results.front().rows);
    if (results.size() > 1) {
        // Fresh huge-page memory for the merged columns (growing chunk 0's vectors would copy them twice).
        RawEvents merged;
        util::reservePrefaulted(merged.timestamp, rowCount);
        util::reservePrefaulted(merged.visitor, rowCount);
        util::reservePrefaulted(merged.item, rowCount);
        util::reservePrefaulted(merged.transaction, rowCount);
        util::reservePrefaulted(merged.type, rowCount);
        merged.timestamp.assign(raw.timestamp.begin(), raw.timestamp.end());
        merged.visitor.assign(raw.visitor.begin(), raw.visitor.end());
        merged.item.assign(raw.item.begin(), raw.item.end());
        merged.transaction.assign(raw.transaction.begin(), raw.transaction.end());
        merged.type.assign(raw.type.begin(), raw.type.end());
        raw = std::move(merged);
    }
    for (std::size_t c = 1; c < results.size(); ++c) {
        RawEvents& part = results[c].rows;
        raw.timestamp.insert(raw.timestamp.end(), part.timestamp.begin(), part.timestamp.end());
        raw.visitor.insert(raw.visitor.end(), part.visitor.begin(), part.visitor.end());
        raw.item.insert(raw.item.end(), part.item.begin(), part.item.end());
        raw.transaction.insert(raw.transaction.end(), part.transaction.begin(), part.transaction.end());
        raw.type.insert(raw.type.end(), part.type.begin(), part.type.end());
        part = RawEvents();
    }
    progress.check();
    orderEvents(std::move(raw), options.threads, table);
    progress.set(1.0);
    return table;
}

} // namespace vitrina::data
