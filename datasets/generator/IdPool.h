#pragma once
// Raw ids like the release's: a random subset of a fixed range, handed out in random order, so that a small
// scale looks like a sample of the full release (ids spread over the whole range) and scale 1.0 fills it.
#include <cstdint>
#include <vector>

#include "util/Random.h"

namespace vitrina::gen {

/// `count` distinct ids from [0, max(count, range)), in random order (selection sampling, then Fisher-Yates).
inline std::vector<std::int64_t> randomIdSubset(std::uint64_t count, std::uint64_t range, util::Rng& rng) {
    if (range < count) range = count;
    std::vector<std::int64_t> ids;
    ids.reserve(count);
    std::uint64_t needed = count;
    for (std::uint64_t id = 0; id < range && needed > 0; ++id) {
        if (rng.below(range - id) < needed) { // Knuth's algorithm S: keeps each id with probability needed/left
            ids.push_back(static_cast<std::int64_t>(id));
            --needed;
        }
    }
    for (std::size_t i = ids.size(); i > 1; --i) std::swap(ids[i - 1], ids[rng.below(i)]);
    return ids;
}

} // namespace vitrina::gen
