#pragma once
// item_properties_part1.csv + item_properties_part2.csv: weekly snapshots of every catalogue item that has
// properties, one row when a property first appears and one more each time its value changes, so a property
// that never changed appears once. `categoryid`, `available` and `790` (price proxy, "n<price>.000") describe
// the catalogue's true state; the other properties have hashed-looking ids and values like the release's.
// Rows are produced batch by batch (a batch = a few thousand items in random order, rows shuffled within it)
// and streamed to disk: nothing close to the ~20 M rows is ever held in memory.
#include <cstdint>
#include <string>

#include "generator/Catalog.h"
#include "generator/CategoryForest.h"
#include "util/Progress.h"

namespace vitrina::gen {

struct PropertyFilesStats {
    std::uint64_t rows = 0;
    std::uint64_t items = 0;
    std::uint64_t bytes = 0;
};

PropertyFilesStats writeItemProperties(const Catalog& catalog, const CategoryForest& forest,
                                       const std::string& part1Path, const std::string& part2Path,
                                       std::uint64_t seed, int threads, const util::Progress& progress);

} // namespace vitrina::gen
