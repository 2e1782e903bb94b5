// libFuzzer target: category_tree.csv through readCategoryTree and buildCategoryTree (dangling parents,
// cycles, deep chains: warnings, never a hang). Options byte: bit 0 strict; bits 1-3 how many extra category
// ids items use (they join the forest as roots).
#include <cstdint>
#include <vector>

#include "FuzzSupport.h"
#include "data/CategoryTreeReader.h"

using namespace vitrina;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    const fuzz::Split in = fuzz::splitOptions(bytes, size);
    const std::string path = fuzz::writeScratch("category_tree.csv", in.data, in.size);
    try {
        const data::CategoryFile file = data::readCategoryTree(path, (in.options & 1) != 0, {});
        std::vector<std::int64_t> extra;
        for (int k = 0; k < ((in.options >> 1) & 7); ++k) extra.push_back(k * 3);
        std::vector<util::Message> warnings;
        const data::CategoryTree tree = data::buildCategoryTree(file.links, extra, path, warnings);
        // A forest: every parent chain reaches a root within the tree's size.
        const std::size_t n = tree.size();
        if (tree.parent.size() != n || tree.root.size() != n || tree.level.size() != n) std::abort();
        for (std::size_t c = 0; c < n; ++c) {
            std::size_t at = c, steps = 0;
            while (tree.parent[at] != data::kNoCategory) {
                at = static_cast<std::size_t>(tree.parent[at]);
                if (at >= n || ++steps > n) std::abort();
            }
            if (tree.root[c] != static_cast<data::CategoryIndex>(at)) std::abort();
        }
    } catch (const util::Error&) {
    }
    return 0;
}
