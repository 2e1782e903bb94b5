#pragma once
// Negative items drawn with probability proportional to support^alpha (alpha = 0: uniform, 1: popularity),
// as GRU4Rec's sample_alpha: a cumulative table and a binary search per draw, from the project's seeded
// generator, so the same seed gives the same samples.
#include <cstdint>
#include <span>
#include <vector>

#include "util/Random.h"

namespace vitrina::models::neural {

class NegativeSampler {
public:
    NegativeSampler() = default;
    /// `support[i]` >= 0 (e.g. training events of item row i); items with zero support are never drawn
    /// unless alpha = 0.
    NegativeSampler(std::span<const double> support, double alpha);

    void sample(util::Rng& rng, std::span<std::uint32_t> out) const;
    /// Probability of drawing row i in one draw.
    double probability(std::uint32_t i) const { return probability_[i]; }
    std::size_t size() const { return cumulative_.size(); }

private:
    std::vector<double> cumulative_;
    std::vector<double> probability_;
};

} // namespace vitrina::models::neural
