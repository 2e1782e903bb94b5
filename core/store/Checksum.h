#pragma once
// A fast 64-bit checksum of stored arrays, so that a damaged or cut-short project file is detected instead of
// loaded. Four independent multiply-rotate lanes over 8-byte words keep the CPU's multipliers busy (several
// GB/s); it guards against accidents, not against an attacker.
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "util/Random.h"

namespace vitrina::store {

inline std::uint64_t checksum64(const std::byte* data, std::size_t size) {
    constexpr std::uint64_t kPrime1 = 0x9E3779B185EBCA87ULL;
    constexpr std::uint64_t kPrime2 = 0xC2B2AE3D27D4EB4FULL;
    std::uint64_t lane[4] = {kPrime1, kPrime2, ~kPrime1, ~kPrime2};
    const auto round = [](std::uint64_t acc, std::uint64_t word) {
        return std::rotl(acc + word * kPrime2, 31) * kPrime1;
    };
    std::size_t i = 0;
    for (; i + 32 <= size; i += 32) {
        std::uint64_t w[4];
        std::memcpy(w, data + i, 32);
        lane[0] = round(lane[0], w[0]);
        lane[1] = round(lane[1], w[1]);
        lane[2] = round(lane[2], w[2]);
        lane[3] = round(lane[3], w[3]);
    }
    std::uint64_t h = std::rotl(lane[0], 1) + std::rotl(lane[1], 7) + std::rotl(lane[2], 12) + std::rotl(lane[3], 18);
    for (; i + 8 <= size; i += 8) {
        std::uint64_t w;
        std::memcpy(&w, data + i, 8);
        h = round(h, w);
    }
    std::uint64_t tail = 0;
    if (i < size) std::memcpy(&tail, data + i, size - i);
    h = round(h, tail);
    return util::mix64(h ^ (static_cast<std::uint64_t>(size) * kPrime1));
}

} // namespace vitrina::store
