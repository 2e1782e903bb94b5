#include "models/neural/Sampler.h"

#include <algorithm>
#include <cmath>

namespace vitrina::models::neural {

NegativeSampler::NegativeSampler(std::span<const double> support, double alpha) {
    probability_.resize(support.size());
    double total = 0.0;
    for (std::size_t i = 0; i < support.size(); ++i) {
        probability_[i] = alpha == 0.0 ? 1.0 : (support[i] > 0.0 ? std::pow(support[i], alpha) : 0.0);
        total += probability_[i];
    }
    cumulative_.resize(support.size());
    double running = 0.0;
    for (std::size_t i = 0; i < support.size(); ++i) {
        probability_[i] /= total;
        running += probability_[i];
        cumulative_[i] = running;
    }
    if (!cumulative_.empty()) cumulative_.back() = 1.0;
}

void NegativeSampler::sample(util::Rng& rng, std::span<std::uint32_t> out) const {
    for (auto& o : out) {
        const double u = rng.uniform();
        // The first index whose cumulative probability exceeds u (never a zero-probability row).
        const auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), u);
        o = static_cast<std::uint32_t>(std::min<std::ptrdiff_t>(it - cumulative_.begin(),
                                                                static_cast<std::ptrdiff_t>(cumulative_.size()) - 1));
    }
}

} // namespace vitrina::models::neural
