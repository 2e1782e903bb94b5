#include "generator/Generator.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <numeric>
#include <system_error>

#include "generator/Catalog.h"
#include "generator/CategoryForest.h"
#include "generator/CsvOut.h"
#include "generator/EventFile.h"
#include "generator/PropertyWriter.h"
#include "generator/Taxonomy.h"

namespace vitrina::gen {
namespace {

namespace fs = std::filesystem;
constexpr double kMaxScale = 10.0;
constexpr int kMaxThreads = 256;
constexpr std::uint64_t kCategoryOrderStream = 0x636174ULL; // "cat"
constexpr std::uint64_t kItemNameStream = 0x6e616d65ULL;    // "name"

void validate(const GeneratorOptions& options) {
    if (!std::isfinite(options.scale) || options.scale <= 0.0 || options.scale > kMaxScale) {
        char value[64];
        std::snprintf(value, sizeof value, "%g", options.scale);
        util::failParameter("scale", util::MessageCode::ParameterOutOfRange, {"scale", value, "(0, 10]"});
    }
    if (options.threads < 1 || options.threads > kMaxThreads)
        util::failParameter("threads", util::MessageCode::ParameterOutOfRange,
                            {"threads", std::to_string(options.threads), "[1, 256]"});
}

void prepareFolder(const std::string& folder) {
    std::error_code ec;
    if (fs::exists(folder, ec) && !fs::is_directory(folder, ec)) {
        util::Message m = util::makeMessage(util::MessageCode::GenOutputNotFolder);
        m.file = folder;
        throw util::Error(m);
    }
    fs::create_directories(folder, ec);
    if (ec) {
        util::Message m = util::makeMessage(util::MessageCode::GenCannotCreateFolder, {ec.message()});
        m.file = folder;
        throw util::Error(m);
    }
}

/// category_tree.csv in a shuffled order (the release's is not sorted either); roots have an empty parentid.
std::uint64_t writeCategoryTree(const CategoryForest& forest, const std::string& path, std::uint64_t seed) {
    std::vector<std::size_t> order(forest.nodes.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    util::Rng rng = util::Rng::forStream(seed, kCategoryOrderStream);
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng.below(i)]);
    std::string text = "categoryid,parentid\n";
    for (std::size_t i : order) {
        const CategoryNode& node = forest.nodes[i];
        appendInt(text, node.rawId);
        text.push_back(',');
        if (node.parent >= 0) appendInt(text, forest.nodes[static_cast<std::size_t>(node.parent)].rawId);
        text.push_back('\n');
    }
    CsvOut out(path);
    out.write(text);
    out.close();
    return out.bytesWritten();
}

std::uint64_t writeCategoryNames(const CategoryForest& forest, const std::string& path) {
    std::vector<std::size_t> order(forest.nodes.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return forest.nodes[a].rawId < forest.nodes[b].rawId; });
    std::string text = "categoryid,name\n";
    for (std::size_t i : order) {
        appendInt(text, forest.nodes[i].rawId);
        text.push_back(',');
        text += taxonomy::csvField(forest.nodes[i].name);
        text.push_back('\n');
    }
    CsvOut out(path);
    out.write(text);
    out.close();
    return out.bytesWritten();
}

/// Names for every item the shop shows anywhere (in events or in item_properties), sorted by item id.
std::uint64_t writeItemNames(const Catalog& catalog, const CategoryForest& forest, const std::vector<bool>& used,
                             const std::string& path, std::uint64_t seed) {
    std::vector<std::uint32_t> order;
    for (std::uint32_t i = 0; i < catalog.size(); ++i)
        if (used[i] || (catalog.flags[i] & Catalog::HasProperties)) order.push_back(i);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return catalog.rawId[a] < catalog.rawId[b]; });
    CsvOut out(path);
    std::string text = "itemid,name\n";
    for (std::uint32_t i : order) {
        const CategoryNode& leaf = forest.nodes[static_cast<std::size_t>(forest.leaves[static_cast<std::size_t>(catalog.leaf[i])])];
        appendInt(text, catalog.rawId[i]);
        text.push_back(',');
        text += taxonomy::csvField(taxonomy::itemName(
            leaf.department, leaf.subcategory, util::hash64(static_cast<std::uint64_t>(catalog.rawId[i]), seed ^ kItemNameStream)));
        text.push_back('\n');
        if (text.size() > (1 << 20)) {
            out.write(text);
            text.clear();
        }
    }
    out.write(text);
    out.close();
    return out.bytesWritten();
}

GeneratedFiles generate(const std::string& folder, const GeneratorOptions& options, const util::Progress& progress,
                        std::vector<std::string>& created) {
    validate(options);
    prepareFolder(folder);
    GeneratedFiles result;
    result.folder = folder;
    auto path = [&](const char* name) {
        std::string p = (fs::path(folder) / name).string();
        created.push_back(p);
        return p;
    };
    // Progress shares, roughly by the time each step takes at full scale.
    const double eventsEnd = options.writeItemProperties ? 0.25 : 0.9;
    const double propertiesEnd = options.writeNames ? 0.97 : 1.0;

    const CategoryForest forest = buildCategoryForest(options.scale, options.seed);
    const Catalog catalog = Catalog::build(forest, options.scale, options.seed, options.threads, progress.sub(0.0, 0.05));

    const EventFileStats events =
        writeEvents(catalog, path("events.csv"), options.scale, options.seed, options.threads, progress.sub(0.05, eventsEnd));
    result.events = events.rows;
    result.visitors = events.visitors;
    result.items = events.distinctItems;
    result.bytes += events.bytes;
    result.bytes += writeCategoryTree(forest, path("category_tree.csv"), options.seed);
    result.categories = forest.nodes.size();

    if (options.writeItemProperties) {
        const std::string part1 = path("item_properties_part1.csv");
        const std::string part2 = path("item_properties_part2.csv");
        const PropertyFilesStats properties = writeItemProperties(catalog, forest, part1, part2, options.seed,
                                                                  options.threads, progress.sub(eventsEnd, propertiesEnd));
        result.propertyRows = properties.rows;
        result.propertyItems = properties.items;
        result.bytes += properties.bytes;
    }
    if (options.writeNames) {
        progress.check();
        result.bytes += writeCategoryNames(forest, path("category_names.csv"));
        result.bytes += writeItemNames(catalog, forest, events.itemUsed, path("item_names.csv"), options.seed);
    }
    progress.set(1.0);
    result.files = created;
    return result;
}

} // namespace

util::Result<GeneratedFiles> generateDataset(const std::string& folder, const GeneratorOptions& options,
                                             const util::Progress& progress) {
    std::vector<std::string> created;
    util::Result<GeneratedFiles> result =
        util::capture<GeneratedFiles>([&](std::vector<util::Message>&) { return generate(folder, options, progress, created); });
    if (!result.ok()) { // leave no half-written dataset behind
        std::error_code ec;
        for (const std::string& file : created) fs::remove(file, ec);
    }
    return result;
}

} // namespace vitrina::gen
