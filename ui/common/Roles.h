#pragma once
// Item-data roles shared by Vitrina's models.
#include <Qt>

namespace vitrina::ui::common {

/// The unformatted value of a cell (a number as double or qulonglong, text as QString): proxies sort by it
/// (QSortFilterProxyModel::setSortRole) and CSV export writes it, so "2 756 101" sorts and exports as a number.
inline constexpr int RawValueRole = Qt::UserRole + 1;

} // namespace vitrina::ui::common
