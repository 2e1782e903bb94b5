// The ordering half of readEvents: dense ids, a counting sort by visitor, a small sort by time inside each
// visitor (ties in file order), the gather into the final columns, and the exact-duplicate count.
#include <algorithm>

#include "data/DenseIds.h"
#include "data/EventsReader.h"
#include "data/LargeBuffers.h"
#include "util/Parallel.h"

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

    // Counting sort by visitor; scanning rows in file order keeps each visitor's rows in file order.
    EventLog& log = out.log;
    log.visitorOffsets.assign(visitorCount + 1, 0);
    for (const std::uint32_t v : visitors.dense) ++log.visitorOffsets[v + 1];
    for (std::size_t v = 0; v < visitorCount; ++v) log.visitorOffsets[v + 1] += log.visitorOffsets[v];
    std::vector<std::uint32_t> order;
    assignLarge(order, n);
    {
        std::vector<std::uint64_t> next(log.visitorOffsets.begin(), log.visitorOffsets.end() - 1);
        for (std::size_t row = 0; row < n; ++row) order[next[visitors.dense[row]]++] = static_cast<std::uint32_t>(row);
    }
    visitors.dense = {};

    assignLarge(log.timestamp, n);
    assignLarge(log.visitor, n);
    assignLarge(log.item, n);
    assignLarge(log.type, n);
    assignLarge(log.transaction, n);
    // Chunks of visitors (not of rows) so each thread sorts and gathers whole visitors.
    const int chunks = std::max(threads, 1);
    std::vector<std::uint64_t> duplicates(static_cast<std::size_t>(chunks), 0);
    util::parallelChunks(visitorCount, chunks, [&](std::size_t vBegin, std::size_t vEnd, std::size_t chunk) {
        for (std::size_t v = vBegin; v < vEnd; ++v) {
            const std::uint64_t b = log.visitorOffsets[v], e = log.visitorOffsets[v + 1];
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
