#include "data/CategoryTreeReader.h"

#include <algorithm>
#include <array>
#include <unordered_set>

#include "data/CsvValues.h"
#include "data/SmallCsv.h"

namespace vitrina::data {
using util::MessageCode;

namespace {

constexpr std::array<CsvColumn, 2> kTreeColumns{{{"categoryid"}, {"parentid"}}};
constexpr std::size_t kListedIds = 10; // ids named in one warning before "..."

std::string idListText(const std::vector<std::int64_t>& ids) {
    std::string text;
    for (std::size_t k = 0; k < ids.size() && k < kListedIds; ++k) {
        if (!text.empty()) text += ", ";
        text += std::to_string(ids[k]);
    }
    if (ids.size() > kListedIds) text += ", ...";
    return text;
}

util::Message warning(MessageCode code, std::vector<std::string> args, const std::string& file) {
    util::Message m = util::makeMessage(code, std::move(args), util::Severity::Warning);
    m.file = file;
    return m;
}

} // namespace

CategoryFile readCategoryTree(const std::string& path, bool strict, const util::Progress& progress) {
    CategoryFile out;
    out.source.role = "category_tree";
    std::unordered_set<std::int64_t> seen;
    readSmallCsv(path, kTreeColumns, strict, progress, out.source,
                 [&](std::span<const std::string_view> values, std::int64_t) {
                     const auto id = parseId(values[0]);
                     if (!id) return RowOutcome::skipped(MessageCode::CsvBadCategoryId);
                     std::int64_t parent = -1;
                     if (!trimSpaces(values[1]).empty()) {
                         const auto p = parseId(values[1]);
                         if (!p) return RowOutcome::skipped(MessageCode::CsvBadParentId);
                         parent = *p;
                     }
                     if (!seen.insert(*id).second) return RowOutcome::skipped(MessageCode::CsvDuplicateCategory);
                     out.links.push_back({*id, parent});
                     return RowOutcome::kept();
                 });
    return out;
}

CategoryTree buildCategoryTree(const std::vector<CategoryLink>& links, const std::vector<std::int64_t>& extraIds,
                               const std::string& file, std::vector<util::Message>& warnings) {
    std::vector<std::int64_t> raw;
    raw.reserve(links.size() + extraIds.size());
    for (const auto& l : links) raw.push_back(l.id);
    std::sort(raw.begin(), raw.end());
    raw.erase(std::unique(raw.begin(), raw.end()), raw.end());
    std::vector<std::int64_t> added;
    for (const std::int64_t id : extraIds)
        if (!std::binary_search(raw.begin(), raw.end(), id)) added.push_back(id);
    std::sort(added.begin(), added.end());
    added.erase(std::unique(added.begin(), added.end()), added.end());
    if (!added.empty()) {
        warnings.push_back(warning(MessageCode::DataUnknownCategories, {std::to_string(added.size()), idListText(added)}, file));
        std::vector<std::int64_t> merged;
        std::merge(raw.begin(), raw.end(), added.begin(), added.end(), std::back_inserter(merged));
        raw = std::move(merged);
    }

    CategoryTree tree;
    tree.ids = IdMap(std::move(raw));
    const std::size_t n = tree.size();
    tree.parent.assign(n, kNoCategory);
    std::vector<std::int64_t> dangling;
    for (const auto& l : links) {
        if (l.parent < 0) continue;
        const auto parent = tree.ids.find(l.parent);
        // A parent that only items mention is not part of the tree file's structure either.
        if (!parent || std::binary_search(added.begin(), added.end(), l.parent)) {
            dangling.push_back(l.id);
            continue;
        }
        tree.parent[*tree.ids.find(l.id)] = static_cast<CategoryIndex>(*parent);
    }
    if (!dangling.empty()) {
        std::sort(dangling.begin(), dangling.end());
        warnings.push_back(warning(MessageCode::DataDanglingParent, {std::to_string(dangling.size()), idListText(dangling)}, file));
    }

    // Cycles: walk up from each unvisited category; meeting a category of the current walk closes a cycle,
    // which is cut at its smallest dense index (= smallest raw id). Each category is walked once: O(n).
    enum : std::uint8_t { Unvisited, OnWalk, Done };
    std::vector<std::uint8_t> state(n, Unvisited);
    std::vector<std::size_t> walk;
    std::size_t cycles = 0;
    constexpr std::size_t kCycleWarnings = 10;
    for (std::size_t start = 0; start < n; ++start) {
        walk.clear();
        std::size_t at = start;
        while (state[at] == Unvisited) {
            state[at] = OnWalk;
            walk.push_back(at);
            if (tree.parent[at] == kNoCategory) break;
            at = static_cast<std::size_t>(tree.parent[at]);
        }
        if (state[at] == OnWalk && tree.parent[at] != kNoCategory) {
            const auto first = std::find(walk.begin(), walk.end(), at);
            const std::size_t cut = *std::min_element(first, walk.end());
            if (cycles < kCycleWarnings) {
                // Name the cycle from the category that is cut, following parents back to it.
                std::string ids = std::to_string(tree.ids.raw(static_cast<std::uint32_t>(cut)));
                for (std::size_t c = static_cast<std::size_t>(tree.parent[cut]); c != cut; c = static_cast<std::size_t>(tree.parent[c]))
                    ids += " \u2192 " + std::to_string(tree.ids.raw(static_cast<std::uint32_t>(c)));
                ids += " \u2192 " + std::to_string(tree.ids.raw(static_cast<std::uint32_t>(cut)));
                warnings.push_back(warning(MessageCode::DataCategoryCycle,
                                           {ids, std::to_string(tree.ids.raw(static_cast<std::uint32_t>(cut))),
                                            std::to_string(tree.ids.raw(static_cast<std::uint32_t>(tree.parent[cut])))},
                                           file));
            }
            ++cycles;
            tree.parent[cut] = kNoCategory;
        }
        for (const std::size_t c : walk) state[c] = Done;
    }
    if (cycles > kCycleWarnings)
        warnings.push_back(warning(MessageCode::DataMoreCategoryCycles, {std::to_string(cycles - kCycleWarnings)}, file));

    // Levels and roots, iteratively (a deep chain must not overflow the stack).
    tree.root.assign(n, kNoCategory);
    tree.level.assign(n, 0);
    std::vector<std::uint32_t> depth(n, 0);
    bool capped = false;
    for (std::size_t start = 0; start < n; ++start) {
        walk.clear();
        std::size_t at = start;
        while (depth[at] == 0 && tree.parent[at] != kNoCategory) {
            walk.push_back(at);
            at = static_cast<std::size_t>(tree.parent[at]);
        }
        if (depth[at] == 0) { // a root
            depth[at] = 1;
            tree.root[at] = static_cast<CategoryIndex>(at);
        }
        for (auto it = walk.rbegin(); it != walk.rend(); ++it) {
            const std::size_t parent = static_cast<std::size_t>(tree.parent[*it]);
            depth[*it] = depth[parent] + 1;
            tree.root[*it] = tree.root[parent];
        }
    }
    for (std::size_t c = 0; c < n; ++c) {
        capped = capped || depth[c] > 255;
        tree.level[c] = static_cast<std::uint8_t>(std::min<std::uint32_t>(depth[c], 255));
    }
    if (capped) warnings.push_back(warning(MessageCode::DataCategoryLevelCapped, {}, file));
    return tree;
}

} // namespace vitrina::data
