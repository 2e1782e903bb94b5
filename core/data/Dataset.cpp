#include "data/Dataset.h"

#include <algorithm>

namespace vitrina::data {

std::vector<CategoryIndex> CategoryTree::path(CategoryIndex c) const {
    std::vector<CategoryIndex> out;
    if (c < 0 || static_cast<std::size_t>(c) >= size()) return out;
    // Bounded by the tree size: a parent array that still had a cycle could not loop forever here.
    for (CategoryIndex at = c; at != kNoCategory && out.size() <= size(); at = parent[static_cast<std::size_t>(at)])
        out.push_back(at);
    std::reverse(out.begin(), out.end());
    return out;
}

std::string CategoryTree::displayName(CategoryIndex c) const {
    if (c < 0 || static_cast<std::size_t>(c) >= size()) return {};
    const auto i = static_cast<std::size_t>(c);
    if (i < names.size() && !names[i].empty()) return names[i];
    return std::to_string(ids.raw(static_cast<std::uint32_t>(c)));
}

std::string CategoryTree::pathText(CategoryIndex c, const std::string& separator) const {
    std::string text;
    for (const CategoryIndex at : path(c)) {
        if (!text.empty()) text += separator;
        text += displayName(at);
    }
    return text;
}

std::string ItemCatalog::displayName(ItemIndex i) const {
    if (i >= size()) return {};
    if (i < names.size() && !names[i].empty()) return names[i];
    return std::to_string(ids.raw(i));
}

const SourceFile* Dataset::source(const std::string& role) const {
    const auto it = std::find_if(sources.begin(), sources.end(), [&](const SourceFile& s) { return s.role == role; });
    return it == sources.end() ? nullptr : &*it;
}

} // namespace vitrina::data
