// importDataset: the readers in order (events, item_properties, category tree, names), then the category ids
// of items mapped onto the final tree.
#include "data/Importer.h"

#include <algorithm>
#include <filesystem>

#include "data/CategoryTreeReader.h"
#include "data/EventsReader.h"
#include "data/ItemPropertiesReader.h"
#include "data/NamesReader.h"
#include "data/TextFile.h"

namespace vitrina::data {
using util::MessageCode;

namespace {

// Relative cost per byte, for progress: item_properties rows are mostly rejected after three fields.
constexpr double kEventsCost = 1.0;
constexpr double kPropertiesCost = 0.35;
constexpr double kSmallFileCost = 1.0;

std::string datasetName(const std::string& eventsPath) {
    const std::filesystem::path p = std::filesystem::absolute(eventsPath).lexically_normal();
    const std::string folder = p.parent_path().filename().string();
    return folder.empty() ? p.stem().string() : folder;
}

TimedValues<CategoryIndex> mapCategories(TimedValues<std::int64_t>&& raw, const IdMap& categories) {
    TimedValues<CategoryIndex> out;
    out.offsets = std::move(raw.offsets);
    out.time = std::move(raw.time);
    out.value.resize(raw.value.size());
    for (std::size_t k = 0; k < raw.value.size(); ++k) {
        const auto c = categories.find(raw.value[k]);
        out.value[k] = c ? static_cast<CategoryIndex>(*c) : kNoCategory; // every value is in the tree by now
    }
    return out;
}

} // namespace

util::Result<Dataset> importDataset(const ImportSources& sources, const ImportOptions& options,
                                    const util::Progress& progress) {
    return util::capture<Dataset>([&](std::vector<util::Message>& resultWarnings) {
        if (sources.events.empty()) util::fail(MessageCode::DataNoEventsFile);
        if (options.threads < 1 || options.threads > 256)
            util::failParameter("threads", MessageCode::ParameterOutOfRange, {"threads", std::to_string(options.threads), "[1, 256]"});

        // Every file is checked before the long parse starts, so a typo fails at once; sizes weight progress.
        double eventsWeight = kEventsCost * static_cast<double>(statRegularFile(sources.events).bytes);
        double propertiesWeight = 0.0, smallWeight = 0.0;
        for (const auto& p : sources.itemProperties) propertiesWeight += kPropertiesCost * static_cast<double>(statRegularFile(p).bytes);
        for (const auto* p : {&sources.categoryTree, &sources.categoryNames, &sources.itemNames})
            if (!p->empty()) smallWeight += kSmallFileCost * static_cast<double>(statRegularFile(*p).bytes);
        const double total = std::max(eventsWeight + propertiesWeight + smallWeight, 1.0);
        const double eventsEnd = eventsWeight / total;
        const double propertiesEnd = (eventsWeight + propertiesWeight) / total;

        Dataset dataset;
        dataset.name = datasetName(sources.events);
        std::vector<util::Message>& warnings = dataset.warnings;

        EventsTable events = readEvents(sources.events, options, progress.sub(0.0, eventsEnd, "parse.events"));
        dataset.events = std::move(events.log);
        dataset.visitors = std::move(events.visitors);
        dataset.items.ids = std::move(events.items);
        dataset.duplicateRows = events.duplicateRows;
        dataset.sources.push_back(std::move(events.source));
        warnings.insert(warnings.end(), events.warnings.begin(), events.warnings.end());

        PropertyHistories properties;
        if (!sources.itemProperties.empty()) {
            properties = readItemProperties(sources.itemProperties, dataset.items.ids, options,
                                            progress.sub(eventsEnd, propertiesEnd, "parse.item_properties"));
            for (auto& s : properties.sources) dataset.sources.push_back(std::move(s));
        }

        const util::Progress smallFiles = progress.sub(propertiesEnd, 1.0, "parse.category_tree");
        CategoryFile treeFile;
        if (!sources.categoryTree.empty()) {
            treeFile = readCategoryTree(sources.categoryTree, options.strict, smallFiles.sub(0.0, 0.4));
            dataset.sources.push_back(treeFile.source);
        }
        std::vector<std::int64_t> usedByItems = properties.rawCategory.value;
        std::sort(usedByItems.begin(), usedByItems.end());
        usedByItems.erase(std::unique(usedByItems.begin(), usedByItems.end()), usedByItems.end());
        const std::string& treeName = !sources.categoryTree.empty() ? sources.categoryTree
                                      : !sources.itemProperties.empty() ? sources.itemProperties.front()
                                                                        : sources.events;
        dataset.categories = buildCategoryTree(treeFile.links, usedByItems, treeName, warnings);
        if (properties.rawCategory.loaded())
            dataset.items.category = mapCategories(std::move(properties.rawCategory), dataset.categories.ids);
        dataset.items.available = std::move(properties.available);
        dataset.items.price = std::move(properties.price);

        if (!sources.categoryNames.empty()) {
            NamesFile names = readNames(sources.categoryNames, NameKind::Category, dataset.categories.ids, options.strict,
                                        smallFiles.sub(0.4, 0.6, "parse.names"));
            dataset.categories.names = std::move(names.names);
            dataset.sources.push_back(std::move(names.source));
        }
        if (!sources.itemNames.empty()) {
            NamesFile names = readNames(sources.itemNames, NameKind::Item, dataset.items.ids, options.strict,
                                        smallFiles.sub(0.6, 1.0, "parse.names"));
            dataset.items.names = std::move(names.names);
            dataset.sources.push_back(std::move(names.source));
        }
        progress.set(1.0, "done");
        resultWarnings = warnings;
        return dataset;
    });
}

} // namespace vitrina::data
