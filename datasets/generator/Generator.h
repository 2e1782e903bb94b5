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
    std::uint64_t events = 0;
    std::uint64_t visitors = 0;
    std::uint64_t items = 0;
    std::uint64_t propertyRows = 0;
};

/// Writes events.csv, item_properties_part1.csv, item_properties_part2.csv, category_tree.csv (and names) into
/// `folder` (created if missing). Same options -> byte-identical files.
util::Result<GeneratedFiles> generateDataset(const std::string& folder, const GeneratorOptions& options,
                                             const util::Progress& progress);

} // namespace vitrina::gen
