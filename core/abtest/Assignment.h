#pragma once
// Visitor-level randomisation of a simulated A/B test (core/abtest/README.md: the project's own seeded hash).
// The unit is the raw visitor id: u = top 53 bits of util::hash64(raw id, seed) as a number in [0, 1), and the
// visitor goes to the first arm whose cumulative planned weight exceeds u. The same visitor, seed and split
// always give the same arm, whatever the data set, its order or the thread count; another seed reshuffles.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace vitrina::abtest {

/// Parses a split such as "50/50", "90/10" or "34/33/33" into weights summing to 1. Every part must be a
/// positive finite number and there must be one part per arm; "0/100" is rejected (an arm without traffic).
/// Fails naming the parameter "split".
std::vector<double> parseSplit(std::string_view text, std::size_t arms);
/// Equal weights for `arms` arms.
std::vector<double> equalSplit(std::size_t arms);
/// Checks weights given directly (positive, finite, one per arm, sum 1 within 1e-9); fails naming "split".
void requireSplit(std::span<const double> weights, std::size_t arms);

class Assigner {
public:
    Assigner(std::vector<double> weights, std::uint64_t seed);
    /// The arm of a raw visitor id.
    std::uint32_t arm(std::int64_t rawVisitor) const;
    /// The uniform number in [0, 1) the visitor's hash gives (exposed for tests).
    double unit(std::int64_t rawVisitor) const;
    const std::vector<double>& weights() const { return weights_; }
    std::uint64_t seed() const { return seed_; }

private:
    std::vector<double> weights_;
    std::vector<double> cumulative_;
    std::uint64_t seed_;
};

/// "50/50"-style text of weights (percentages, up to two decimals).
std::string splitText(std::span<const double> weights);

} // namespace vitrina::abtest
