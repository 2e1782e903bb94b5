#pragma once
// Wall-clock timing and process memory, for benchmarks and the results tables.
#include <chrono>
#include <cstdint>

namespace vitrina::util {

class Stopwatch {
public:
    Stopwatch() : start_(std::chrono::steady_clock::now()) {}
    void restart() { start_ = std::chrono::steady_clock::now(); }
    double seconds() const {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    }

private:
    std::chrono::steady_clock::time_point start_;
};

/// Peak resident set size of this process in bytes (0 where the platform does not tell).
std::uint64_t peakResidentBytes();
/// Current resident set size in bytes (0 where the platform does not tell).
std::uint64_t currentResidentBytes();

} // namespace vitrina::util
