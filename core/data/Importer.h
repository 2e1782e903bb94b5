#pragma once
// Importing RetailRocket files (or the demo generator's, which share the format) into a Dataset.
#include <string>
#include <vector>

#include "data/Dataset.h"
#include "util/Progress.h"
#include "util/Result.h"

namespace vitrina::data {

/// Which file plays which role. events is required; the rest are optional.
struct ImportSources {
    std::string events;                      ///< events.csv
    std::vector<std::string> itemProperties; ///< item_properties_part1.csv, item_properties_part2.csv, ...
    std::string categoryTree;                ///< category_tree.csv
    std::string categoryNames;               ///< two-column CSV (id,name)
    std::string itemNames;                   ///< two-column CSV (id,name)
};

struct ImportOptions {
    bool strict = false;  ///< stop at the first bad row with "file:line: reason"
    int threads = 1;      ///< parser threads
    bool keepPrice = true; ///< keep property 790
};

/// Finds the release's files in a folder, or classifies a list of files by name
/// (events*.csv, item_properties*.csv, category_tree*.csv, category_names*.csv, item_names*.csv).
util::Result<ImportSources> discoverSources(const std::vector<std::string>& pathsOrFolder);

/// Parses every given file and builds the dataset. Skipped rows are counted per reason in Dataset::sources.
util::Result<Dataset> importDataset(const ImportSources& sources, const ImportOptions& options,
                                    const util::Progress& progress);

} // namespace vitrina::data
