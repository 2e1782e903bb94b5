#pragma once
// Raw id -> dense index mapping. RetailRocket's raw ids are small (< 2^21), so a direct table indexed by the
// raw id beats sorting; larger or sparse ids fall back to sort + unique + binary search.
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include "data/Ids.h"

namespace vitrina::data {

/// Whether a direct table of `maxRaw + 1` entries is cheap enough next to `count` ids.
inline bool directTableFits(std::int64_t maxRaw, std::size_t count) {
    return maxRaw >= 0 && static_cast<std::uint64_t>(maxRaw) < 4 * static_cast<std::uint64_t>(count) + (1u << 20);
}

struct DenseIds {
    IdMap ids;                       ///< distinct raw ids, ascending
    std::vector<std::uint32_t> dense; ///< dense index of every input value
};

/// Distinct ids of `raw` (all >= 0) and the dense index of each value; `threads` map in parallel.
DenseIds denseIds(std::span<const std::int64_t> raw, int threads);

/// Looks raw ids up in an existing IdMap (e.g. item_properties' itemids among the event items).
class RawIdLookup {
public:
    static constexpr std::uint32_t kAbsent = std::numeric_limits<std::uint32_t>::max();
    explicit RawIdLookup(const IdMap& ids);
    std::uint32_t find(std::int64_t raw) const {
        if (direct_) return raw >= 0 && static_cast<std::uint64_t>(raw) < table_.size() ? table_[static_cast<std::size_t>(raw)] : kAbsent;
        const auto found = ids_->find(raw);
        return found ? *found : kAbsent;
    }

private:
    const IdMap* ids_;
    bool direct_ = false;
    std::vector<std::uint32_t> table_;
};

} // namespace vitrina::data
