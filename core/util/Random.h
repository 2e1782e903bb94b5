#pragma once
// The project's own random numbers, hash and distributions (core/README.md, Reproducibility: never
// std::hash or std::*_distribution, whose output differs between standard libraries).
#include <cmath>
#include <cstdint>
#include <string_view>

namespace vitrina::util {

/// SplitMix64 finaliser: a strong 64-bit mix, used as the project's integer hash.
constexpr std::uint64_t mix64(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

/// Seeded hash of a 64-bit key (e.g. A/B assignment of a raw visitor id).
constexpr std::uint64_t hash64(std::uint64_t key, std::uint64_t seed) { return mix64(key ^ mix64(seed)); }

/// FNV-1a 64 of a byte string, then mixed: stable across platforms.
constexpr std::uint64_t hashString(std::string_view s, std::uint64_t seed = 0) {
    std::uint64_t h = 0xcbf29ce484222325ULL ^ seed;
    for (char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ULL;
    }
    return mix64(h);
}

/// SplitMix64 generator (Steele, Lea, Flood 2014): tiny state, passes BigCrush, splittable by seeding.
/// Full 64x64 -> 128-bit product as (high, low) words, portable (no __int128, which MSVC lacks).
inline std::uint64_t multiplyWide(std::uint64_t a, std::uint64_t b, std::uint64_t& low) {
    const std::uint64_t aLo = a & 0xFFFFFFFFULL, aHi = a >> 32;
    const std::uint64_t bLo = b & 0xFFFFFFFFULL, bHi = b >> 32;
    const std::uint64_t ll = aLo * bLo, lh = aLo * bHi, hl = aHi * bLo, hh = aHi * bHi;
    const std::uint64_t mid = (ll >> 32) + (lh & 0xFFFFFFFFULL) + (hl & 0xFFFFFFFFULL);
    low = (mid << 32) | (ll & 0xFFFFFFFFULL);
    return hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
}

class Rng {
public:
    explicit Rng(std::uint64_t seed = 0) : state_(seed) {}
    /// A child stream for index `stream` (threads, visitors, ...) that does not overlap the parent in practice.
    static Rng forStream(std::uint64_t seed, std::uint64_t stream) { return Rng(hash64(stream, seed)); }

    std::uint64_t next() {
        state_ += 0x9E3779B97F4A7C15ULL;
        std::uint64_t z = state_;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// Uniform double in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    /// Uniform integer in [0, n) without modulo bias (Lemire's method). n must be > 0.
    std::uint64_t below(std::uint64_t n) {
        std::uint64_t low = 0;
        std::uint64_t high = multiplyWide(next(), n, low);
        if (low < n) {
            const std::uint64_t threshold = (0 - n) % n;
            while (low < threshold) high = multiplyWide(next(), n, low);
        }
        return high;
    }
    bool bernoulli(double p) { return uniform() < p; }
    /// Standard normal by the Box-Muller transform (one value per call, deterministic).
    double normal() {
        double u1 = uniform();
        while (u1 <= 0.0) u1 = uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586476925 * u2);
    }
    double normal(double mean, double sd) { return mean + sd * normal(); }
    double exponential(double rate) {
        double u = uniform();
        while (u <= 0.0) u = uniform();
        return -std::log(u) / rate;
    }
    /// Gamma(shape, 1) by Marsaglia-Tsang (shape < 1 via the boost trick).
    double gamma(double shape) {
        if (shape < 1.0) {
            double u = uniform();
            while (u <= 0.0) u = uniform();
            return gamma(shape + 1.0) * std::pow(u, 1.0 / shape);
        }
        const double d = shape - 1.0 / 3.0;
        const double c = 1.0 / std::sqrt(9.0 * d);
        for (;;) {
            double x, v;
            do {
                x = normal();
                v = 1.0 + c * x;
            } while (v <= 0.0);
            v = v * v * v;
            const double u = uniform();
            if (u < 1.0 - 0.0331 * x * x * x * x) return d * v;
            if (std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v))) return d * v;
        }
    }
    /// Beta(a, b) from two gammas.
    double beta(double a, double b) {
        const double x = gamma(a);
        const double y = gamma(b);
        return x / (x + y);
    }
    /// Poisson by inversion for small means and a normal approximation above 64 (used by the generator).
    std::uint64_t poisson(double mean) {
        if (mean <= 0.0) return 0;
        if (mean > 64.0) {
            const double v = std::round(normal(mean, std::sqrt(mean)));
            return v < 0.0 ? 0 : static_cast<std::uint64_t>(v);
        }
        const double limit = std::exp(-mean);
        double product = uniform();
        std::uint64_t k = 0;
        while (product > limit) {
            product *= uniform();
            ++k;
        }
        return k;
    }
    /// Geometric number of failures before the first success with probability p in (0,1].
    std::uint64_t geometric(double p) {
        if (p >= 1.0) return 0;
        double u = uniform();
        while (u <= 0.0) u = uniform();
        return static_cast<std::uint64_t>(std::floor(std::log(u) / std::log1p(-p)));
    }

private:
    std::uint64_t state_;
};

} // namespace vitrina::util
