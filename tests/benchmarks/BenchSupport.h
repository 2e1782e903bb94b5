#pragma once
// What the benchmark programs share: the flags they were built with (from CMake, as vitrina-cli bench reports
// them), wall + CPU timers, best/median of repeated runs, and exiting on a failed step.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "util/Result.h"
#include "util/SystemInfo.h"

#ifndef VITRINA_CXX_FLAGS
#define VITRINA_CXX_FLAGS "unknown"
#endif

namespace vitrina::bench {

/// "GNU 12.2.0: -O3 -DNDEBUG ... -march=x86-64-v2": compiler and every flag of this build.
inline std::string compilerFlags() { return VITRINA_CXX_FLAGS; }

/// CPU seconds of the whole process (every thread) so far, and since an earlier std::clock().
inline double cpuSeconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }
inline double cpuSeconds(std::clock_t since) { return static_cast<double>(std::clock() - since) / CLOCKS_PER_SEC; }

/// Wall and process CPU time since construction.
struct Timer {
    util::Stopwatch wall;
    std::clock_t cpu = std::clock();
    nlohmann::json json() const { return {{"wall_seconds", wall.seconds()}, {"cpu_seconds", cpuSeconds(cpu)}}; }
};

/// Seconds of repeated runs: best, median and every run.
struct Timing {
    std::vector<double> runs;
    nlohmann::json json() const {
        std::vector<double> sorted = runs;
        std::sort(sorted.begin(), sorted.end());
        return {{"best_s", sorted.front()}, {"median_s", sorted[sorted.size() / 2]}, {"runs_s", runs}};
    }
};

/// The value, or a message on stderr and exit code 2.
template <class T> T orDie(util::Result<T> r, const char* what) {
    if (!r) {
        std::fprintf(stderr, "%s failed: %s\n", what, r.error ? r.error->text().c_str() : "cancelled");
        std::exit(2);
    }
    return std::move(*r.value);
}

/// "a,b,,c" -> {"a", "b", "c"}.
inline std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream in(text);
    for (std::string part; std::getline(in, part, ',');)
        if (!part.empty()) out.push_back(part);
    return out;
}

} // namespace vitrina::bench
