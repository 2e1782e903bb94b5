#pragma once
// Exact discrete samplers on the project's RNG (util::Rng), for the bootstrap and the A/A simulations.
#include <cstdint>
#include <span>

#include "util/Random.h"

namespace vitrina::stats {

/// An exact Bin(n, p) variate. Inversion from 0 when n*min(p, 1-p) < 10 (expected cost ~ n p steps), else the
/// transformed rejection with squeeze "BTRS" of W. Hörmann, "The generation of binomial random variates",
/// J. Statist. Comput. Simul. 46 (1993) 101-110; p > 1/2 by symmetry. Log-factorials from Boost's lgamma.
std::uint64_t sampleBinomial(util::Rng& rng, std::uint64_t n, double p);

/// Multinomial(total, counts / sum(counts)) by conditional binomials in the given order; out[j] receives the
/// draw of category j. counts and out must have the same length; sum(counts) > 0 when total > 0.
void sampleMultinomial(util::Rng& rng, std::uint64_t total, std::span<const std::uint64_t> counts,
                       std::span<std::uint64_t> out);

/// Uniform indexes in [0, n), 0 < n <= 2^32, two per 64-bit draw: Lemire's multiply-shift with rejection of the
/// biased low products ("Fast random integer generation in an interval", ACM TOMACS 2019), so exact.
class IndexSampler {
public:
    explicit IndexSampler(std::uint64_t n)
        : n_(n), threshold_(static_cast<std::uint32_t>((std::uint64_t{1} << 32) % n)) {}

    std::uint32_t next(util::Rng& rng) {
        for (;;) {
            const std::uint64_t product = bits32(rng) * n_;
            if (static_cast<std::uint32_t>(product) >= threshold_) return static_cast<std::uint32_t>(product >> 32);
        }
    }

private:
    std::uint64_t n_;
    std::uint32_t threshold_;
    std::uint64_t word_ = 0;
    bool half_ = false;

    std::uint64_t bits32(util::Rng& rng) {
        if (half_) {
            half_ = false;
            return word_ >> 32;
        }
        word_ = rng.next();
        half_ = true;
        return word_ & 0xFFFFFFFFULL;
    }
};

} // namespace vitrina::stats
