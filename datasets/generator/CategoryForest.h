#pragma once
// The generated category tree: several roots, up to six levels, level sizes shaped like the real tree
// (25 / 174 / 702 / 665 / 90 / 13 at scale 1.0), readable names from the taxonomy vocabulary, and the
// relations the behaviour model browses along (related leaves in the same branch, complementary leaves in
// another branch of the same department).
#include <cstdint>
#include <string>
#include <vector>

namespace vitrina::gen {

struct CategoryNode {
    std::int32_t rawId = 0;
    std::int32_t parent = -1;      ///< node index, -1 for a root
    std::uint8_t level = 1;        ///< 1 for a root
    std::uint16_t department = 0;  ///< taxonomy department of the root
    std::uint16_t subcategory = 0; ///< taxonomy subcategory of the level-2 ancestor (item nouns come from it)
    std::int32_t branch = -1;      ///< the level-2 ancestor (itself at level 2), -1 for a root
    std::string name;              ///< readable name ("Premium Smartphones")
    std::string plural;            ///< the noun children's names extend ("Smartphones")
    std::vector<std::int32_t> children;
};

struct CategoryForest {
    std::vector<CategoryNode> nodes;
    std::vector<std::int32_t> leaves;              ///< node indexes of categories without children (items live here)
    std::vector<double> leafWeight;                ///< how much traffic each leaf's items attract, per leaf
    std::vector<std::vector<std::int32_t>> related;     ///< per leaf: leaf positions in the same branch or root
    std::vector<std::vector<std::int32_t>> complements; ///< per leaf: leaf positions whose items complement it
};

/// Real level sizes are scaled by sqrt(scale) (capped at 1), with floors that keep several roots and all six
/// levels at small scales, so that a small demo still has tens of items per category.
CategoryForest buildCategoryForest(double scale, std::uint64_t seed);

} // namespace vitrina::gen
