#pragma once
// events.csv: simulates every visitor (in parallel, each on its own random stream, so the output does not
// depend on the thread count), gives visitors and orders raw ids like the release's, adds the release's share
// of exact duplicate rows, shuffles the rows and writes them.
#include <cstdint>
#include <string>
#include <vector>

#include "generator/Catalog.h"
#include "util/Progress.h"

namespace vitrina::gen {

struct EventFileStats {
    std::uint64_t rows = 0;
    std::uint64_t visitors = 0;
    std::uint64_t bytes = 0;
    std::vector<bool> itemUsed; ///< per catalogue item: appears in events.csv
    std::uint64_t distinctItems = 0;
};

EventFileStats writeEvents(const Catalog& catalog, const std::string& path, double scale, std::uint64_t seed,
                           int threads, const util::Progress& progress);

} // namespace vitrina::gen
