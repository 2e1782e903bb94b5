#include "stats/Sampling.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <boost/math/special_functions/gamma.hpp>

namespace vitrina::stats {
namespace {

// Below this mean the inversion search is cheaper than BTRS, whose constants are valid from n p >= 10.
constexpr double kInversionMeanLimit = 10.0;

// ln k! for the acceptance test: Boost's lgamma in plain double precision (the default policy promotes to long
// double, several times slower; the test needs far fewer digits than double gives).
using FastPolicy = boost::math::policies::policy<boost::math::policies::promote_double<false>>;
double logFactorial(double k) { return boost::math::lgamma(k + 1.0, FastPolicy()); }

/// Inversion: walk the pmf from 0 with f(k+1) = f(k) (n-k)/(k+1) p/q. p <= 1/2 and n p < 10 here, so
/// f(0) = q^n >= e^-14 never underflows; a rounding leftover restarts with a fresh uniform.
std::uint64_t binomialByInversion(util::Rng& rng, std::uint64_t n, double p) {
    const double q = 1.0 - p;
    const double odds = p / q;
    const double f0 = std::exp(static_cast<double>(n) * std::log1p(-p));
    for (;;) {
        double u = rng.uniform();
        double f = f0;
        std::uint64_t k = 0;
        while (u > f) {
            u -= f;
            if (k == n) break;
            ++k;
            f *= static_cast<double>(n - k + 1) / static_cast<double>(k) * odds;
            if (f <= 0.0) break;
        }
        if (u <= f) return k;
    }
}

/// BTRS (Hörmann 1993, algorithm of §3) for p <= 1/2 and n p >= 10.
std::uint64_t binomialByRejection(util::Rng& rng, std::uint64_t n, double p) {
    const double nd = static_cast<double>(n);
    const double q = 1.0 - p;
    const double spq = std::sqrt(nd * p * q);
    const double b = 1.15 + 2.53 * spq;
    const double a = -0.0873 + 0.0248 * b + 0.01 * p;
    const double c = nd * p + 0.5;
    const double vr = 0.92 - 4.2 / b;
    const double alpha = (2.83 + 5.1 / b) * spq;
    const double logOdds = std::log(p / q);
    const double mode = std::floor((nd + 1.0) * p);
    double logModeTerm = std::numeric_limits<double>::quiet_NaN(); // only the slow test needs it (~1 in 5 draws)
    for (;;) {
        const double u = rng.uniform() - 0.5;
        const double v = rng.uniform();
        const double us = 0.5 - std::fabs(u);
        if (us <= 0.0) continue;
        const double k = std::floor((2.0 * a / us + b) * u + c);
        if (k < 0.0 || k > nd) continue;
        if (us >= 0.07 && v <= vr) return static_cast<std::uint64_t>(k);
        // Accept when v * alpha / (a/us^2 + b) <= f(k)/f(mode), compared in logs.
        const double lhs = std::log(v * alpha / (a / (us * us) + b));
        if (std::isnan(logModeTerm)) logModeTerm = logFactorial(mode) + logFactorial(nd - mode);
        const double rhs = logModeTerm - logFactorial(k) - logFactorial(nd - k) + (k - mode) * logOdds;
        if (lhs <= rhs) return static_cast<std::uint64_t>(k);
    }
}

} // namespace

std::uint64_t sampleBinomial(util::Rng& rng, std::uint64_t n, double p) {
    if (n == 0 || p <= 0.0) return 0;
    if (p >= 1.0) return n;
    if (p > 0.5) return n - sampleBinomial(rng, n, 1.0 - p);
    if (static_cast<double>(n) * p < kInversionMeanLimit) return binomialByInversion(rng, n, p);
    return binomialByRejection(rng, n, p);
}

PoissonOneWeights::PoissonOneWeights() {
    // thresholds_[j] = 2^16 P(W <= j) for W ~ Poisson(1), rounded: a uniform u >= thresholds_[j] means W > j.
    double cdf = 0.0, term = std::exp(-1.0);
    for (int j = 0; j < kMaxWeight; ++j) {
        cdf += term;
        term /= static_cast<double>(j + 1);
        thresholds_[j] = static_cast<std::uint16_t>(std::min(65535.0, std::round(cdf * 65536.0)));
    }
}

void PoissonOneWeights::next(util::Rng& rng) {
    for (std::size_t i = 0; i < kBlock; i += 4) {
        const std::uint64_t word = rng.next();
        uniforms_[i] = static_cast<std::uint16_t>(word);
        uniforms_[i + 1] = static_cast<std::uint16_t>(word >> 16);
        uniforms_[i + 2] = static_cast<std::uint16_t>(word >> 32);
        uniforms_[i + 3] = static_cast<std::uint16_t>(word >> 48);
    }
    for (std::size_t i = 0; i < kBlock; ++i) weights_[i] = 0;
    for (int j = 0; j < kMaxWeight; ++j) {
        const std::uint16_t t = thresholds_[j];
        for (std::size_t i = 0; i < kBlock; ++i)
            weights_[i] = static_cast<std::uint16_t>(weights_[i] + (uniforms_[i] >= t ? 1 : 0));
    }
}

void sampleMultinomial(util::Rng& rng, std::uint64_t total, std::span<const std::uint64_t> counts,
                       std::span<std::uint64_t> out) {
    std::uint64_t remainingWeight = 0;
    for (const std::uint64_t c : counts) remainingWeight += c;
    std::uint64_t remaining = total;
    for (std::size_t j = 0; j < counts.size(); ++j) {
        if (remaining == 0 || counts[j] == 0) {
            out[j] = 0;
        } else if (counts[j] >= remainingWeight) {
            out[j] = remaining; // the last category with weight takes what is left
            remaining = 0;
        } else {
            out[j] = sampleBinomial(rng, remaining,
                                    static_cast<double>(counts[j]) / static_cast<double>(remainingWeight));
            remaining -= out[j];
        }
        remainingWeight -= counts[j];
    }
}

} // namespace vitrina::stats
