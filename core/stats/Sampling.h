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

/// Poisson(1) weights for the Poisson bootstrap (Hanley & MacGibbon, "Creating non-parametric bootstrap samples
/// using Poisson frequencies", Comput. Methods Programs Biomed. 2006): each 16-bit uniform becomes the number of
/// thresholds 2^16 P(W <= j), j = 0..7, it reaches. So the weight probabilities are those of Poisson(1) rounded
/// to multiples of 2^-16 (P(0) = 0.3678741 instead of 0.3678794), capped at 8 (P(W > 8) = 1.1e-6): far below
/// the Monte Carlo noise of any bootstrap. Four weights per 64-bit draw; fixed-size blocks so that the loops
/// vectorise even at -O2.
class PoissonOneWeights {
public:
    static constexpr std::size_t kBlock = 2048;
    static constexpr int kMaxWeight = 8;

    PoissonOneWeights();
    /// Draws the next kBlock weights from rng (a block is always drawn whole, so results do not depend on how
    /// many of its weights the caller uses).
    void next(util::Rng& rng);
    const std::uint16_t* weights() const { return weights_; }

private:
    std::uint16_t thresholds_[kMaxWeight];
    std::uint16_t uniforms_[kBlock];
    std::uint16_t weights_[kBlock];
};

} // namespace vitrina::stats
