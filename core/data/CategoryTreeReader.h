#pragma once
// category_tree.csv (categoryid,parentid; parentid empty for a root) -> the category forest with each
// category's parent, root and level. Dangling parents and cycles become warnings, never a hang.
#include <cstdint>
#include <string>
#include <vector>

#include "data/Dataset.h"
#include "util/Progress.h"

namespace vitrina::data {

struct CategoryLink {
    std::int64_t id = 0;
    std::int64_t parent = -1; ///< -1 for a root
};

struct CategoryFile {
    std::vector<CategoryLink> links; ///< file order, one per category (a repeated categoryid is skipped)
    SourceFile source;
};

CategoryFile readCategoryTree(const std::string& path, bool strict, const util::Progress& progress);

/// The forest over `links` plus `extraIds` (categories that items use; those absent from `links` become
/// roots, with one warning). A parent that is not a category makes its child a root (one warning listing
/// them); each cycle is broken at its smallest id, which becomes a root (a warning per cycle). `file` names
/// the tree file in the warnings. Dense indexes follow ascending raw ids.
CategoryTree buildCategoryTree(const std::vector<CategoryLink>& links, const std::vector<std::int64_t>& extraIds,
                               const std::string& file, std::vector<util::Message>& warnings);

} // namespace vitrina::data
