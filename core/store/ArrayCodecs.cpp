#include "store/ArrayCodecs.h"

#include <limits>

#include "util/Message.h"
#include "util/Prefault.h"

namespace vitrina::store {

std::vector<std::uint32_t> offsetsToCounts(const std::vector<std::uint64_t>& offsets) {
    std::vector<std::uint32_t> counts;
    util::reservePrefaulted(counts, offsets.size());
    for (std::size_t k = 0; k < offsets.size(); ++k) {
        const std::uint64_t difference = k == 0 ? offsets[0] : offsets[k] - offsets[k - 1];
        if (difference > std::numeric_limits<std::uint32_t>::max())
            util::fail(util::MessageCode::InternalError, {"a visitor with more than 4294967295 events cannot be saved"});
        counts.push_back(static_cast<std::uint32_t>(difference));
    }
    return counts;
}

bool countsToOffsets(const std::vector<std::uint32_t>& counts, std::vector<std::uint64_t>& offsets) {
    offsets.clear();
    util::reservePrefaulted(offsets, counts.size());
    std::uint64_t sum = 0;
    for (const std::uint32_t c : counts) {
        sum += c;
        offsets.push_back(sum);
    }
    return offsets.empty() || offsets.front() == 0;
}

void ownersFromOffsets(const std::vector<std::uint64_t>& offsets, std::vector<std::uint32_t>& owners) {
    owners.clear();
    if (offsets.empty()) return;
    util::reservePrefaulted(owners, offsets.back());
    for (std::size_t v = 0; v + 1 < offsets.size(); ++v)
        owners.insert(owners.end(), offsets[v + 1] - offsets[v], static_cast<std::uint32_t>(v));
}

SparseColumn sparseExcept(const std::vector<std::int64_t>& column, std::int64_t absent) {
    SparseColumn sparse;
    for (std::size_t i = 0; i < column.size(); ++i) {
        if (column[i] == absent) continue;
        sparse.position.push_back(i);
        sparse.value.push_back(column[i]);
    }
    return sparse;
}

bool expandSparse(const SparseColumn& sparse, std::size_t size, std::int64_t absent, std::vector<std::int64_t>& out) {
    if (sparse.position.size() != sparse.value.size()) return false;
    out.clear();
    util::reservePrefaulted(out, size);
    out.assign(size, absent);
    std::uint64_t previous = 0;
    for (std::size_t k = 0; k < sparse.position.size(); ++k) {
        const std::uint64_t p = sparse.position[k];
        if (p >= size || (k > 0 && p <= previous)) return false;
        out[p] = sparse.value[k];
        previous = p;
    }
    return true;
}

IdRuns idRuns(const std::vector<std::int64_t>& sortedIds) {
    IdRuns runs;
    for (std::size_t i = 0; i < sortedIds.size(); ++i) {
        if (i > 0 && sortedIds[i] == sortedIds[i - 1] + 1 &&
            runs.length.back() < std::numeric_limits<std::uint32_t>::max()) {
            ++runs.length.back();
        } else {
            runs.start.push_back(sortedIds[i]);
            runs.length.push_back(1);
        }
    }
    return runs;
}

std::size_t storedBytes(const IdRuns& runs) {
    return runs.start.size() * sizeof(std::int64_t) + runs.length.size() * sizeof(std::uint32_t);
}

bool expandRuns(const IdRuns& runs, std::size_t maxIds, std::vector<std::int64_t>& out) {
    out.clear();
    if (runs.start.size() != runs.length.size()) return false;
    std::uint64_t total = 0;
    for (const std::uint32_t n : runs.length) {
        total += n;
        if (total > maxIds) return false;
    }
    util::reservePrefaulted(out, total);
    for (std::size_t r = 0; r < runs.start.size(); ++r) {
        const std::int64_t first = runs.start[r];
        if (runs.length[r] == 0 || first > std::numeric_limits<std::int64_t>::max() - runs.length[r]) return false;
        if (!out.empty() && first <= out.back()) return false; // must stay strictly ascending
        for (std::uint32_t k = 0; k < runs.length[r]; ++k) out.push_back(first + k);
    }
    return true;
}

} // namespace vitrina::store
