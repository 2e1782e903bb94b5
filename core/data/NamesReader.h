#pragma once
// Optional display names: a two-column CSV `id,name` (header categoryid,name or itemid,name; `id` works for
// both). Names may be quoted and contain commas; they must be UTF-8.
#include <string>
#include <vector>

#include "data/Dataset.h"
#include "util/Progress.h"

namespace vitrina::data {

enum class NameKind { Category, Item };

struct NamesFile {
    std::vector<std::string> names; ///< one per id of `ids` (empty string = no name)
    SourceFile source;
};

/// Names for the ids of `ids`; rows for other ids are read but not kept. A repeated id keeps its first name.
NamesFile readNames(const std::string& path, NameKind kind, const IdMap& ids, bool strict, const util::Progress& progress);

} // namespace vitrina::data
