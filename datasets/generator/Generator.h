#pragma once
// Synthetic RetailRocket-format dataset with the real release's shape and learnable behaviour.
#include <cstdint>
#include <string>
#include <vector>

#include "util/Progress.h"
#include "util/Result.h"

namespace vitrina::gen {

/// The bundled demo dataset: generated at first start into the app's data folder, deterministic.
inline constexpr double kDemoScale = 0.02;
inline constexpr std::uint64_t kDemoSeed = 20150503;

struct GeneratorOptions {
    double scale = kDemoScale; ///< 1.0 = full-size release (2.76 M events, ~890 MB item_properties)
    std::uint64_t seed = kDemoSeed;
    bool writeItemProperties = true;
    bool writeNames = true;    ///< category_names.csv and item_names.csv with readable names
    int threads = 1;
};

struct GeneratedFiles {
    std::string folder;
    std::vector<std::string> files; ///< every file written, full paths
    std::uint64_t events = 0;       ///< rows of events.csv (exact duplicates included)
    std::uint64_t visitors = 0;     ///< distinct visitors in events.csv
    std::uint64_t items = 0;        ///< distinct items in events.csv
    std::uint64_t propertyRows = 0; ///< rows of both item_properties parts (headers excluded)
    std::uint64_t propertyItems = 0; ///< distinct items in item_properties
    std::uint64_t categories = 0;   ///< rows of category_tree.csv
    std::uint64_t bytes = 0;        ///< bytes of every file written
};

/// Writes events.csv, item_properties_part1.csv, item_properties_part2.csv, category_tree.csv (and
/// category_names.csv, item_names.csv) into `folder` (created if missing). Same options -> byte-identical files,
/// whatever the thread count. Scale must be in (0, 10], threads in [1, 256]. On an error or a cancel the files
/// written so far are removed. The model and its calibration: datasets/README.md.
util::Result<GeneratedFiles> generateDataset(const std::string& folder, const GeneratorOptions& options,
                                             const util::Progress& progress);

} // namespace vitrina::gen
