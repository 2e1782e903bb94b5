#include "data/DenseIds.h"

#include <algorithm>

#include "util/Parallel.h"
#include "util/Prefault.h"

namespace vitrina::data {

DenseIds denseIds(std::span<const std::int64_t> raw, int threads) {
    DenseIds out;
    const std::size_t n = raw.size();
    if (n == 0) return out;
    util::assignPrefaulted(out.dense, n); // fresh memory for the big arrays: see util/Prefault.h
    const std::int64_t maxRaw = *std::max_element(raw.begin(), raw.end());
    if (directTableFits(maxRaw, n)) {
        constexpr std::uint32_t kUnseen = std::numeric_limits<std::uint32_t>::max();
        std::vector<std::uint32_t> table;
        util::assignPrefaulted(table, static_cast<std::size_t>(maxRaw) + 1, kUnseen);
        std::size_t distinct = 0;
        for (const std::int64_t r : raw) {
            std::uint32_t& slot = table[static_cast<std::size_t>(r)];
            distinct += slot == kUnseen ? 1 : 0;
            slot = 0;
        }
        std::vector<std::int64_t> sorted;
        util::reservePrefaulted(sorted, distinct);
        std::uint32_t next = 0;
        for (std::size_t r = 0; r < table.size(); ++r) {
            if (table[r] == kUnseen) continue;
            table[r] = next++;
            sorted.push_back(static_cast<std::int64_t>(r));
        }
        util::parallelChunks(n, threads, [&](std::size_t begin, std::size_t end, std::size_t) {
            for (std::size_t i = begin; i < end; ++i) out.dense[i] = table[static_cast<std::size_t>(raw[i])];
        });
        out.ids = IdMap(std::move(sorted));
        return out;
    }
    std::vector<std::int64_t> sorted(raw.begin(), raw.end());
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    util::parallelChunks(n, threads, [&](std::size_t begin, std::size_t end, std::size_t) {
        for (std::size_t i = begin; i < end; ++i)
            out.dense[i] = static_cast<std::uint32_t>(std::lower_bound(sorted.begin(), sorted.end(), raw[i]) - sorted.begin());
    });
    out.ids = IdMap(std::move(sorted));
    return out;
}

RawIdLookup::RawIdLookup(const IdMap& ids) : ids_(&ids) {
    if (ids.empty()) return;
    const std::int64_t maxRaw = ids.raws().back();
    if (!directTableFits(maxRaw, ids.size())) return;
    direct_ = true;
    table_.assign(static_cast<std::size_t>(maxRaw) + 1, kAbsent);
    for (std::size_t d = 0; d < ids.size(); ++d) table_[static_cast<std::size_t>(ids.raw(static_cast<std::uint32_t>(d)))] = static_cast<std::uint32_t>(d);
}

} // namespace vitrina::data
