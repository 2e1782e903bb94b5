#pragma once
// The readable vocabulary of the demo shop: top-level departments, their subcategories (with the singular
// noun an item of that subcategory is called by), and the words deeper levels and item names are built from.
// RetailRocket's own ids are hashed and have no names; these names exist only so that a defence audience
// reads "Phones & Tablets › Smartphones" and "Smartphone Nova X2 128 GB" instead of bare numbers.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace vitrina::gen::taxonomy {

/// Number of departments (top-level categories) in the vocabulary; the real tree has 25 roots.
std::size_t departmentCount();
std::string_view departmentName(std::size_t department);
/// Subcategories of a department that level-2 categories are named after.
std::size_t subcategoryCount(std::size_t department);
std::string_view subcategoryPlural(std::size_t department, std::size_t sub);
std::string_view subcategorySingular(std::size_t department, std::size_t sub);

/// Words for level 3 ("Premium Smartphones"), level 4 ("Black"), level 5 ("Series C") and level 6 ("Gen 2").
/// Each level offers at least `maxChildren(level)` distinct words so that siblings never share a name.
std::size_t maxChildren(int childLevel);
std::string childName(int childLevel, std::size_t wordIndex, std::string_view parentPlural);

/// "Smartphone Nova X2 128 GB": noun, brand, model code and a variant typical of the department,
/// all chosen by `key` (a hash of the item), so every item keeps its name across runs.
std::string itemName(std::size_t department, std::size_t sub, std::uint64_t key);

/// A CSV field: written as is, or quoted (with inner quotes doubled) when it holds a comma, a quote or a
/// line break.
std::string csvField(std::string_view text);

} // namespace vitrina::gen::taxonomy
