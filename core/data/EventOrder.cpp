// The ordering half of readEvents: dense ids, a counting sort by visitor, a small sort by time inside each
// visitor (ties in file order), the gather into the final columns, and the exact-duplicate count.
#include <algorithm>

#include "data/DenseIds.h"
#include "data/EventsReader.h"
#include "util/Parallel.h"
#include "util/Prefetch.h"
#include "util/Prefault.h"

namespace vitrina::data {
namespace {

/// Sorts `rows` (file row indexes, ascending on entry) by (time, row): stable by construction.
void sortByTime(std::uint32_t* rows, std::size_t count, const std::vector<std::int64_t>& time) {
    if (count < 2) return;
    if (count <= 32) {
        for (std::size_t i = 1; i < count; ++i) { // insertion sort keeps equal times in file order
            const std::uint32_t row = rows[i];
            const std::int64_t t = time[row];
            std::size_t j = i;
            while (j > 0 && time[rows[j - 1]] > t) {
                rows[j] = rows[j - 1];
                --j;
            }
            rows[j] = row;
        }
        return;
    }
    std::sort(rows, rows + count, [&](std::uint32_t a, std::uint32_t b) {
        return time[a] != time[b] ? time[a] < time[b] : a < b;
    });
}

/// Rows in [begin, end) that repeat an earlier row of the same visitor exactly (same time, item, type and
/// transaction). Equal times are adjacent after ordering, so only runs of one visitor's equal time are compared.
std::uint64_t countDuplicates(const EventLog& log, std::uint64_t begin, std::uint64_t end) {
    std::uint64_t duplicates = 0;
    std::vector<std::uint64_t> run;
    auto sameRow = [&](std::uint64_t a, std::uint64_t b) {
        return log.item[a] == log.item[b] && log.type[a] == log.type[b] && log.transaction[a] == log.transaction[b];
    };
    std::uint64_t start = begin;
    for (std::uint64_t i = begin + 1; i <= end; ++i) {
        if (i < end && log.visitor[i] == log.visitor[start] && log.timestamp[i] == log.timestamp[start]) continue;
        const std::uint64_t length = i - start;
        if (length > 1 && length <= 16) {
            for (std::uint64_t a = start + 1; a < i; ++a)
                for (std::uint64_t b = start; b < a; ++b)
                    if (sameRow(a, b)) {
                        ++duplicates;
                        break;
                    }
        } else if (length > 16) { // long runs: sort instead of comparing every pair
            run.resize(length);
            for (std::uint64_t k = 0; k < length; ++k) run[k] = start + k;
            std::sort(run.begin(), run.end(), [&](std::uint64_t a, std::uint64_t b) {
                if (log.item[a] != log.item[b]) return log.item[a] < log.item[b];
                if (log.type[a] != log.type[b]) return log.type[a] < log.type[b];
                return log.transaction[a] < log.transaction[b];
            });
            for (std::uint64_t k = 1; k < length; ++k) duplicates += sameRow(run[k], run[k - 1]) ? 1 : 0;
        }
        start = i;
    }
    return duplicates;
}

} // namespace

void orderEvents(RawEvents&& raw, int threads, EventsTable& out) {
    const std::size_t n = raw.size();
    DenseIds visitors = denseIds(raw.visitor, threads);
    raw.visitor = {};
    DenseIds items = denseIds(raw.item, threads);
    raw.item = {};
    const std::size_t visitorCount = visitors.ids.size();

    // Counting sort by visitor, one slice of rows per thread: slice t's rows of a visitor go after slice
    // t - 1's, and each slice is scanned in file order, so every visitor's rows stay in file order.
    EventLog& log = out.log;
    const int sliceCount = static_cast<int>(std::clamp<std::size_t>(static_cast<std::size_t>(std::max(threads, 1)), 1,
                                                                    std::max<std::size_t>(1, n >> 16)));
    std::vector<std::vector<std::uint32_t>> sliceNext(static_cast<std::size_t>(sliceCount));
    util::parallelChunks(n, sliceCount, [&](std::size_t begin, std::size_t end, std::size_t slice) {
        std::vector<std::uint32_t>& count = sliceNext[slice];
        util::assignPrefaulted(count, visitorCount, std::uint32_t{0});
        for (std::size_t row = begin; row < end; ++row) ++count[visitors.dense[row]];
    });
    util::assignPrefaulted(log.visitorOffsets, visitorCount + 1, std::uint64_t{0});
    {
        std::uint64_t running = 0;
        for (std::size_t v = 0; v < visitorCount; ++v) {
            log.visitorOffsets[v] = running;
            for (auto& next : sliceNext) { // the count becomes the slice's first position for v
                const std::uint32_t c = next[v];
                next[v] = static_cast<std::uint32_t>(running);
                running += c;
            }
        }
        log.visitorOffsets[visitorCount] = running;
    }
    std::vector<std::uint32_t> order;
    util::assignPrefaulted(order, n);
    util::parallelChunks(n, sliceCount, [&](std::size_t begin, std::size_t end, std::size_t slice) {
        std::uint32_t* next = sliceNext[slice].data();
        for (std::size_t row = begin; row < end; ++row) order[next[visitors.dense[row]]++] = static_cast<std::uint32_t>(row);
    });
    sliceNext = {};
    visitors.dense = {};

    util::assignPrefaulted(log.timestamp, n);
    util::assignPrefaulted(log.visitor, n);
    util::assignPrefaulted(log.item, n);
    util::assignPrefaulted(log.type, n);
    util::assignPrefaulted(log.transaction, n);
    // Chunks of visitors (not of rows) so each thread sorts and gathers whole visitors.
    const int chunks = std::max(threads, 1);
    std::vector<std::uint64_t> duplicates(static_cast<std::size_t>(chunks), 0);
    util::parallelChunks(visitorCount, chunks, [&](std::size_t vBegin, std::size_t vEnd, std::size_t chunk) {
        // The rows are read in random order; fetching them a few visitors ahead hides most of the misses.
        constexpr std::uint64_t kAhead = 24;
        const std::uint64_t rowsEnd = log.visitorOffsets[vEnd];
        for (std::size_t v = vBegin; v < vEnd; ++v) {
            const std::uint64_t b = log.visitorOffsets[v], e = log.visitorOffsets[v + 1];
            for (std::uint64_t i = b + kAhead; i < std::min(e + kAhead, rowsEnd); ++i) {
                const std::uint32_t row = order[i];
                util::prefetch(&raw.timestamp[row]);
                util::prefetch(&items.dense[row]);
                util::prefetch(&raw.type[row]);
                util::prefetch(&raw.transaction[row]);
            }
            sortByTime(order.data() + b, static_cast<std::size_t>(e - b), raw.timestamp);
            for (std::uint64_t i = b; i < e; ++i) {
                const std::uint32_t row = order[i];
                log.timestamp[i] = raw.timestamp[row];
                log.visitor[i] = static_cast<VisitorIndex>(v);
                log.item[i] = items.dense[row];
                log.type[i] = raw.type[row];
                log.transaction[i] = raw.transaction[row];
            }
        }
        if (vBegin < vEnd)
            duplicates[chunk] = countDuplicates(log, log.visitorOffsets[vBegin], log.visitorOffsets[vEnd]);
    });
    out.duplicateRows = 0;
    for (const std::uint64_t d : duplicates) out.duplicateRows += d;
    out.visitors = std::move(visitors.ids);
    out.items = std::move(items.ids);
}

} // namespace vitrina::data
