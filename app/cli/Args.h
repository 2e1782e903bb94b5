#pragma once
// Minimal command-line parsing for vitrina-cli: positionals, --flag, --key value, --key=value, repeatable keys.
#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace vitrina::cli {

/// A usage error (exit code 1).
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// [lo, hi], or open at either end: "(0, 1)", "[0, 1e+06]".
struct RealRange {
    double lo = 0.0, hi = 0.0;
    bool lowOpen = false, highOpen = false;
    bool contains(double v) const { return (lowOpen ? v > lo : v >= lo) && (highOpen ? v < hi : v <= hi); }
    std::string text() const;
};

/// How a message names option `name`: "--visitors", or "-k" for a one-letter option.
std::string optionText(const std::string& name);

class Args {
public:
    /// `valued` lists the options that take a value; every other --option is a boolean flag.
    Args(const std::vector<std::string>& argv, const std::vector<std::string>& valued,
         const std::vector<std::string>& flags);

    const std::vector<std::string>& positionals() const { return positionals_; }
    bool flag(const std::string& name) const;
    std::optional<std::string> value(const std::string& name) const;
    std::vector<std::string> values(const std::string& name) const;
    std::string valueOr(const std::string& name, const std::string& fallback) const;

    // Every numeric option goes through these: one parser, and every option states its range. A malformed
    // value or one outside the range is bad input (exit code 2) naming the option as typed ("--visitors") and
    // the range; the README's command table documents the same ranges.

    /// An integer option in [lo, hi].
    long long intInRange(const std::string& name, long long fallback, long long lo, long long hi) const;
    /// A comma-separated list of integers, each in [lo, hi] ("5,10,20"); empty parts are skipped.
    std::vector<long long> intListInRange(const std::string& name, const std::string& fallback, long long lo,
                                          long long hi) const;
    /// A seed: a whole number in [0, 2^63 - 1] (a negative one is bad input, never wrapped around).
    std::uint64_t seed(const std::string& name, std::uint64_t fallback = 42) const;
    /// A finite number in `range`.
    double realInRange(const std::string& name, double fallback, const RealRange& range) const;
    /// Requires exactly `count` positionals (after the command), else UsageError with `usage`.
    void requirePositionals(std::size_t count, const std::string& usage) const;

private:
    double doubleOr(const std::string& name, double fallback) const;

    std::vector<std::string> positionals_;
    std::map<std::string, std::vector<std::string>> values_;
    std::map<std::string, bool> flags_;
};

} // namespace vitrina::cli
