#include "data/NamesReader.h"

#include <array>

#include "data/CsvLine.h"
#include "data/CsvValues.h"
#include "data/SmallCsv.h"

namespace vitrina::data {
using util::MessageCode;

NamesFile readNames(const std::string& path, NameKind kind, const IdMap& ids, bool strict, const util::Progress& progress) {
    static constexpr std::array<CsvColumn, 2> kCategoryColumns{{{"categoryid", "id"}, {"name"}}};
    static constexpr std::array<CsvColumn, 2> kItemColumns{{{"itemid", "id"}, {"name"}}};
    NamesFile out;
    out.source.role = kind == NameKind::Category ? "category_names" : "item_names";
    out.names.assign(ids.size(), std::string());
    std::vector<bool> named(ids.size(), false);
    readSmallCsv(path, kind == NameKind::Category ? std::span<const CsvColumn>(kCategoryColumns) : kItemColumns,
                 strict, progress, out.source, [&](std::span<const std::string_view> values, std::int64_t) {
                     const auto id = parseId(values[0]);
                     if (!id) return RowOutcome::skipped(MessageCode::CsvBadNameId);
                     const std::string_view name = trimSpaces(values[1]);
                     if (!isValidUtf8(name)) return RowOutcome::skipped(MessageCode::CsvInvalidUtf8);
                     const auto dense = ids.find(*id);
                     if (!dense) return RowOutcome::ignored();
                     if (named[*dense]) return RowOutcome::skipped(MessageCode::CsvDuplicateName);
                     named[*dense] = true;
                     out.names[*dense] = std::string(name);
                     return RowOutcome::kept();
                 });
    return out;
}

} // namespace vitrina::data
