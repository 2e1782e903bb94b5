#include "data/ItemPropertiesReader.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <limits>
#include <memory>

#include "data/CsvLine.h"
#include "data/CsvValues.h"
#include "data/DenseIds.h"
#include "data/SkipLog.h"
#include "data/TextFile.h"
#include "util/Parallel.h"

namespace vitrina::data {
using util::MessageCode;

namespace {

constexpr std::array<CsvColumn, 4> kPropertyColumns{{{"timestamp"}, {"itemid"}, {"property"}, {"value"}}};
namespace property_column {
enum : std::size_t { Timestamp, Item, Property, Value };
}
constexpr std::size_t kHeaderProbe = 64 * 1024;

template <class V> struct Entries {
    std::vector<ItemIndex> item;
    std::vector<std::int64_t> time;
    std::vector<V> value;
    void push(ItemIndex i, std::int64_t t, V v) {
        item.push_back(i);
        time.push_back(t);
        value.push_back(v);
    }
    void append(const Entries& other) {
        item.insert(item.end(), other.item.begin(), other.item.end());
        time.insert(time.end(), other.time.begin(), other.time.end());
        value.insert(value.end(), other.value.begin(), other.value.end());
    }
};

/// One thread's share of one file: the lines that start in [begin, end).
struct RangeResult {
    Entries<std::int64_t> category;
    Entries<std::uint8_t> available;
    Entries<float> price;
    SkipLog skipped;
    std::int64_t lines = 0;
    std::uint64_t rowsRead = 0, rowsKept = 0;
    bool stopped = false;
};

struct RangeJob {
    std::string path;
    std::uint64_t begin = 0, end = 0, fileSize = 0;
    bool standardOrder = true;
    std::array<std::size_t, 4> column{};
    bool strict = false, keepPrice = true;
    std::size_t blockBytes = 0;
};

enum class Kind : std::uint8_t { Other, Category, Available, Price };

inline Kind kindOf(std::string_view property, bool keepPrice) {
    switch (property.size()) {
    case 10: return property == "categoryid" ? Kind::Category : Kind::Other;
    case 9: return property == "available" ? Kind::Available : Kind::Other;
    case 3: return keepPrice && property == "790" ? Kind::Price : Kind::Other;
    default: return Kind::Other;
    }
}

class RangeParser {
public:
    RangeParser(const RangeJob& job, const RawIdLookup& items, RangeResult& out) : job_(job), items_(items), out_(out) {}

    /// Parses one line (line end removed); returns the skip reason, if any.
    std::optional<MessageCode> line(std::string_view text) {
        if (isBlankLine(text)) return std::nullopt;
        ++out_.rowsRead;
        if (job_.standardOrder) {
            // Find the first three commas; a quote anywhere before the value means the careful path.
            const char* s = text.data();
            const std::size_t n = text.size();
            std::size_t comma[3];
            std::size_t found = 0, i = 0;
            bool quoted = false;
            for (; i < n && found < 3; ++i) {
                if (s[i] == ',') comma[found++] = i;
                else if (s[i] == '"') quoted = true;
            }
            if (!quoted) {
                if (found < 3) return MessageCode::CsvWrongFieldCount;
                const std::string_view property(s + comma[1] + 1, comma[2] - comma[1] - 1);
                const Kind kind = kindOf(property, job_.keepPrice);
                if (kind == Kind::Other) return std::nullopt; // not stored, not checked further
                const std::string_view value(s + comma[2] + 1, n - comma[2] - 1);
                if (value.find_first_of(",\"") == std::string_view::npos)
                    return row(kind, std::string_view(s, comma[0]), std::string_view(s + comma[0] + 1, comma[1] - comma[0] - 1), value);
            }
        }
        // Same rules as above: at least the four fields, and only kept properties are checked further.
        splitCsvLine(text, fields_, scratch_);
        if (fields_.unclosedQuote) return MessageCode::CsvUnclosedQuote;
        if (fields_.count < kPropertyColumns.size()) return MessageCode::CsvWrongFieldCount;
        const Kind kind = kindOf(fields_.field[job_.column[property_column::Property]], job_.keepPrice);
        if (kind == Kind::Other) return std::nullopt;
        if (fields_.count != kPropertyColumns.size()) return MessageCode::CsvWrongFieldCount;
        return row(kind, fields_.field[job_.column[property_column::Timestamp]], fields_.field[job_.column[property_column::Item]], fields_.field[job_.column[property_column::Value]]);
    }

    /// The file's last line when it lacks its newline: CsvRowCutOff unless it is blank.
    std::optional<MessageCode> cutOff(std::string_view text) {
        if (isBlankLine(text)) return std::nullopt;
        ++out_.rowsRead;
        return MessageCode::CsvRowCutOff;
    }

private:
    std::optional<MessageCode> row(Kind kind, std::string_view timestamp, std::string_view itemText, std::string_view value) {
        std::int64_t raw = 0;
        if (!parseDigits(itemText, raw)) {
            const auto id = parseId(itemText);
            if (!id) return MessageCode::CsvBadItemId;
            raw = *id;
        }
        const std::uint32_t item = items_.find(raw);
        if (item == RawIdLookup::kAbsent) return std::nullopt; // not an event item: not needed
        std::int64_t ms = 0;
        const TimestampIssue issue = parseTimestamp(timestamp, ms);
        if (issue != TimestampIssue::None) return timestampReason(issue);
        switch (kind) {
        case Kind::Category: {
            std::int64_t category = 0;
            if (!parseDigits(value, category)) {
                const auto id = parseId(value);
                if (!id) return MessageCode::CsvBadCategoryValue;
                category = *id;
            }
            out_.category.push(item, ms, category);
            break;
        }
        case Kind::Available: {
            const auto flag = parseAvailableValue(value);
            if (!flag) return MessageCode::CsvBadAvailableValue;
            out_.available.push(item, ms, *flag);
            break;
        }
        case Kind::Price: {
            const auto price = parsePriceValue(value);
            if (!price) return MessageCode::CsvBadPriceValue;
            out_.price.push(item, ms, *price);
            break;
        }
        case Kind::Other: return std::nullopt;
        }
        ++out_.rowsKept;
        return std::nullopt;
    }

    const RangeJob& job_;
    const RawIdLookup& items_;
    RangeResult& out_;
    CsvFields fields_;
    std::string scratch_;
};

void parseRange(const RangeJob& job, const RawIdLookup& items, std::size_t rangeIndex,
                std::atomic<std::size_t>& firstStoppedRange, std::atomic<std::uint64_t>& bytesDone,
                const util::Progress& progress, std::uint64_t progressTotal, RangeResult& out) {
    if (job.begin >= job.end) return;
    FileReader reader(job.path);
    RangeParser parser(job, items, out);
    std::size_t capacity = job.blockBytes;
    std::unique_ptr<char[]> buffer(new char[capacity]);
    // A range after the first starts at the first line that begins at or after `begin`: read from begin - 1
    // and drop everything up to the first newline (none to drop when begin - 1 is itself a newline).
    std::uint64_t position = job.begin - (rangeIndex > 0 ? 1 : 0);
    bool skipPartialLine = rangeIndex > 0;
    std::size_t carry = 0;                  // bytes of an unfinished line kept at the buffer's start
    std::uint64_t carryOffset = position;   // file offset of buffer[0]
    std::uint64_t lastReported = 0;
    for (;;) {
        progress.check();
        if (firstStoppedRange.load(std::memory_order_relaxed) < rangeIndex) return;
        if (carry == capacity) { // one line longer than the buffer: grow it
            std::unique_ptr<char[]> bigger(new char[capacity * 2]);
            std::memcpy(bigger.get(), buffer.get(), carry);
            buffer = std::move(bigger);
            capacity *= 2;
        }
        const std::size_t got = reader.readAt(position, buffer.get() + carry, capacity - carry);
        position += got;
        const bool atEnd = got < capacity - carry || position >= job.fileSize;
        const char* data = buffer.get();
        const char* end = data + carry + got;
        const char* p = data;
        if (skipPartialLine) {
            const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
            if (!nl) {
                if (atEnd || position >= job.end) return; // no line starts in this range
                carry = 0; // still inside the previous range's last line
                carryOffset = position;
                continue;
            }
            p = static_cast<const char*>(nl) + 1;
            skipPartialLine = false;
        }
        for (;;) {
            const std::uint64_t lineOffset = carryOffset + static_cast<std::uint64_t>(p - data);
            if (lineOffset >= job.end || p >= end) break;
            const void* found = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
            if (!found && !atEnd) break; // finish this line after the next read
            const char* nl = found ? static_cast<const char*>(found) : end;
            ++out.lines;
            // The file's last line without its newline may end inside a field: reported, not read.
            auto reason = found ? parser.line(withoutCarriageReturn(p, nl)) : parser.cutOff(withoutCarriageReturn(p, nl));
            p = nl + 1;
            if ((out.lines & 0xFFFF) == 0) progress.check();
            if (!reason) continue;
            out.skipped.add(*reason, out.lines);
            if (job.strict) {
                out.stopped = true;
                std::size_t expected = firstStoppedRange.load();
                while (rangeIndex < expected && !firstStoppedRange.compare_exchange_weak(expected, rangeIndex)) {
                }
                return;
            }
        }
        const std::uint64_t consumed = carryOffset + static_cast<std::uint64_t>(std::min(p, end) - data);
        const std::uint64_t done = std::min(consumed, job.end) - job.begin;
        const std::uint64_t total = bytesDone.fetch_add(done - lastReported) + (done - lastReported);
        lastReported = done;
        if (rangeIndex == 0 && progressTotal > 0) progress.set(static_cast<double>(total) / static_cast<double>(progressTotal));
        if (atEnd || carryOffset + static_cast<std::uint64_t>(p - data) >= job.end) return;
        carry = static_cast<std::size_t>(end - p);
        std::memmove(buffer.get(), p, carry);
        carryOffset += static_cast<std::uint64_t>(p - data);
    }
}

template <class V> TimedValues<V> toTimedValues(Entries<V>&& entries, std::size_t itemCount) {
    TimedValues<V> out;
    const std::size_t n = entries.item.size();
    out.offsets.assign(itemCount + 1, 0);
    for (const ItemIndex i : entries.item) ++out.offsets[i + 1];
    for (std::size_t i = 0; i < itemCount; ++i) out.offsets[i + 1] += out.offsets[i];
    std::vector<std::uint64_t> order(n);
    {
        std::vector<std::uint64_t> next(out.offsets.begin(), out.offsets.end() - 1);
        for (std::size_t k = 0; k < n; ++k) order[next[entries.item[k]]++] = k; // file order within an item
    }
    for (std::size_t i = 0; i < itemCount; ++i)
        std::stable_sort(order.begin() + static_cast<std::ptrdiff_t>(out.offsets[i]),
                         order.begin() + static_cast<std::ptrdiff_t>(out.offsets[i + 1]),
                         [&](std::uint64_t a, std::uint64_t b) { return entries.time[a] < entries.time[b]; });
    out.time.resize(n);
    out.value.resize(n);
    for (std::size_t k = 0; k < n; ++k) {
        out.time[k] = entries.time[order[k]];
        out.value[k] = entries.value[order[k]];
    }
    return out;
}

} // namespace

PropertyHistories readItemProperties(const std::vector<std::string>& paths, const IdMap& items,
                                     const ImportOptions& options, const util::Progress& progress,
                                     const PropertyReadTuning& tuning) {
    PropertyHistories out;
    const RawIdLookup lookup(items);
    std::uint64_t totalBytes = 0;
    for (const auto& path : paths) totalBytes += statRegularFile(path).bytes;
    Entries<std::int64_t> category;
    Entries<std::uint8_t> available;
    Entries<float> price;
    std::uint64_t bytesBefore = 0;
    for (const auto& path : paths) {
        SourceFile source;
        source.role = "item_properties";
        source.path = path;
        const FileStat stat = statRegularFile(path);
        source.bytes = stat.bytes;
        source.modifiedMs = stat.modifiedMs;

        // The header from the first block.
        RangeJob job;
        job.path = path;
        job.fileSize = stat.bytes;
        job.strict = options.strict;
        job.keepPrice = options.keepPrice;
        job.blockBytes = std::max<std::size_t>(tuning.blockBytes, 16);
        CsvHeader header;
        {
            FileReader reader(path);
            std::string probe(static_cast<std::size_t>(std::min<std::uint64_t>(stat.bytes, kHeaderProbe)), '\0');
            probe.resize(reader.readAt(0, probe.data(), probe.size()));
            header = findHeader(path, probe, kPropertyColumns);
            const std::vector<std::size_t> column = matchHeader(path, header, kPropertyColumns);
            std::copy(column.begin(), column.end(), job.column.begin());
            job.standardOrder = column == std::vector<std::size_t>{0, 1, 2, 3};
        }

        const std::uint64_t dataBegin = std::min<std::uint64_t>(header.dataOffset, stat.bytes);
        const std::uint64_t dataBytes = stat.bytes - dataBegin;
        // Small ranges: a second thread costs more than it saves.
        const std::uint64_t rangesBySize = dataBytes / std::max<std::uint64_t>(tuning.minRangeBytes, 1);
        const std::size_t ranges = static_cast<std::size_t>(std::clamp<std::uint64_t>(
            static_cast<std::uint64_t>(std::max(options.threads, 1)), 1, std::max<std::uint64_t>(1, rangesBySize)));
        std::vector<RangeJob> jobs(ranges, job);
        for (std::size_t r = 0; r < ranges; ++r) {
            jobs[r].begin = dataBegin + dataBytes * r / ranges;
            jobs[r].end = dataBegin + dataBytes * (r + 1) / ranges;
        }
        std::vector<RangeResult> results(ranges);
        std::atomic<std::size_t> firstStopped{std::numeric_limits<std::size_t>::max()};
        std::atomic<std::uint64_t> bytesDone{0};
        const util::Progress fileProgress =
            progress.sub(static_cast<double>(bytesBefore) / static_cast<double>(std::max<std::uint64_t>(totalBytes, 1)),
                         static_cast<double>(bytesBefore + stat.bytes) / static_cast<double>(std::max<std::uint64_t>(totalBytes, 1)));
        util::parallelChunks(ranges, static_cast<int>(ranges), [&](std::size_t begin, std::size_t end, std::size_t) {
            for (std::size_t r = begin; r < end; ++r)
                parseRange(jobs[r], lookup, r, firstStopped, bytesDone, fileProgress, dataBytes, results[r]);
        });
        bytesBefore += stat.bytes;

        SkipLog skipped;
        std::int64_t lineOffset = header.line;
        for (auto& r : results) {
            if (r.stopped) {
                const SkippedRows& bad = r.skipped.entries().front();
                util::failAt(bad.reason, path, bad.firstLines.front() + lineOffset);
            }
            skipped.append(r.skipped, lineOffset);
            lineOffset += r.lines;
            source.rowsRead += r.rowsRead;
            source.rowsKept += r.rowsKept;
            category.append(r.category);
            available.append(r.available);
            price.append(r.price);
            r = RangeResult();
        }
        source.skipped = skipped.report();
        out.sources.push_back(std::move(source));
    }
    out.rawCategory = toTimedValues(std::move(category), items.size());
    out.available = toTimedValues(std::move(available), items.size());
    if (options.keepPrice) out.price = toTimedValues(std::move(price), items.size());
    progress.set(1.0);
    return out;
}

} // namespace vitrina::data
