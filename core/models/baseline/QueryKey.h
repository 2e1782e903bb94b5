#pragma once
// A stable 64-bit key of a query (its events, the moment and the visitor), used to seed per-query random
// choices so that the same query always gets the same answer, in batch or alone.
#include <cstdint>

#include "models/Query.h"
#include "util/Random.h"

namespace vitrina::models {

inline std::uint64_t queryKey(const Query& query) {
    std::uint64_t h = util::mix64(static_cast<std::uint64_t>(query.at));
    h = util::mix64(h ^ (query.visitor ? 0x100000000ULL + *query.visitor : 0));
    h = util::mix64(h ^ query.sessionBegin);
    for (std::size_t e = 0; e < query.items.size(); ++e) {
        h = util::mix64(h ^ query.items[e] ^ (static_cast<std::uint64_t>(query.types[e]) << 40));
        h = util::mix64(h ^ static_cast<std::uint64_t>(query.times[e]));
    }
    return h;
}

} // namespace vitrina::models
