#pragma once
// Compact stored forms of the dataset arrays whose raw layout would waste file space, and with it save time
// (a durable save is bounded by the disk's fsync bandwidth) and reopen time. Each decoder is one sequential
// pass, cheaper than reading the raw bytes would be, and rejects inconsistent input by returning false.
// - per-event visitor index: not stored at all, it follows from the visitor offsets;
// - visitor offsets: stored as differences (events per visitor, uint32), the first being offsets[0];
// - transaction ids: stored sparsely (event position, id) for the events that have one;
// - sorted raw id tables: stored as runs of consecutive ids when that is smaller (the release's visitor ids
//   0..1,407,579 are a single run).
#include <cstdint>
#include <vector>

namespace vitrina::store {

std::vector<std::uint32_t> offsetsToCounts(const std::vector<std::uint64_t>& offsets);
bool countsToOffsets(const std::vector<std::uint32_t>& counts, std::vector<std::uint64_t>& offsets);

/// owners[i] = the v with offsets[v] <= i < offsets[v + 1]; offsets must be ascending and start at 0.
void ownersFromOffsets(const std::vector<std::uint64_t>& offsets, std::vector<std::uint32_t>& owners);

struct SparseColumn {
    std::vector<std::uint64_t> position;
    std::vector<std::int64_t> value;
};
SparseColumn sparseExcept(const std::vector<std::int64_t>& column, std::int64_t absent);
bool expandSparse(const SparseColumn& sparse, std::size_t size, std::int64_t absent, std::vector<std::int64_t>& out);

struct IdRuns {
    std::vector<std::int64_t> start;
    std::vector<std::uint32_t> length;
};
/// Runs of consecutive ids of a strictly ascending table (any table; the caller compares sizes).
IdRuns idRuns(const std::vector<std::int64_t>& sortedIds);
std::size_t storedBytes(const IdRuns& runs);
/// False when the runs are inconsistent or would expand to more than `maxIds` ids (a damaged file must not
/// make the reader allocate what it does not hold).
bool expandRuns(const IdRuns& runs, std::size_t maxIds, std::vector<std::int64_t>& out);

} // namespace vitrina::store
