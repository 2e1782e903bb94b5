#pragma once
// item_properties_part*.csv (timestamp,itemid,property,value), streamed: ~890 MB in the release, so files are
// read in large blocks by several threads (each its own byte range) and only the rows of event items with
// property categoryid, available or 790 are kept. Every other row is dropped after its third field.
#include <cstdint>
#include <string>
#include <vector>

#include "data/Dataset.h"
#include "data/Importer.h"
#include "util/Progress.h"

namespace vitrina::data {

struct PropertyHistories {
    TimedValues<std::int64_t> rawCategory; ///< raw category ids (mapped to dense once the tree is built)
    TimedValues<std::uint8_t> available;
    TimedValues<float> price; ///< empty unless ImportOptions::keepPrice
    std::vector<SourceFile> sources;
};

/// Read sizes; tests shrink them to exercise lines that cross blocks and ranges.
struct PropertyReadTuning {
    std::size_t blockBytes = std::size_t{16} << 20;   ///< per read, per thread
    std::uint64_t minRangeBytes = std::uint64_t{4} << 20; ///< below this per thread, fewer threads are used
};

/// `items` = the event items (rows of other items are not kept). Files are read in the given order; entries
/// of one item at the same time keep file order. The result does not depend on the thread count.
PropertyHistories readItemProperties(const std::vector<std::string>& paths, const IdMap& items,
                                     const ImportOptions& options, const util::Progress& progress,
                                     const PropertyReadTuning& tuning = {});

} // namespace vitrina::data
