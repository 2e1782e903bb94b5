#include "funnel/FunnelModels.h"

#include "common/Format.h"

namespace vitrina::ui::funnel {

using analytics::FunnelCounts;
using analytics::FunnelUnit;

QString unitName(FunnelUnit unit) {
    switch (unit) {
    case FunnelUnit::Events: return FunnelTableModel::tr("Events");
    case FunnelUnit::Visitors: return FunnelTableModel::tr("Visitors (reached)");
    case FunnelUnit::OrderedVisitors: return FunnelTableModel::tr("Visitors (ordered)");
    case FunnelUnit::Sessions: return FunnelTableModel::tr("Sessions");
    }
    return {};
}

QString stageName(int stage) {
    switch (stage) {
    case 0: return FunnelTableModel::tr("Viewed");
    case 1: return FunnelTableModel::tr("Added to cart");
    case 2: return FunnelTableModel::tr("Purchased");
    default: return {};
    }
}

namespace {

/// Raw and display values of the stage and conversion columns shared by both models; `first` is the index of
/// the "Viewed" column.
QVariant countsRaw(const FunnelCounts& c, int column, int first, bool withDropOff) {
    const int k = column - first;
    if (k >= 0 && k < 3) return QVariant::fromValue(static_cast<qulonglong>(c.stage[static_cast<std::size_t>(k)]));
    switch (k) {
    case 3: return c.stepConversion(1);
    case 4: return c.stepConversion(2);
    case 5: return c.overallConversion();
    case 6: return withDropOff ? QVariant(c.dropOff(1)) : QVariant();
    case 7: return withDropOff ? QVariant(c.dropOff(2)) : QVariant();
    default: return {};
    }
}

QString countsDisplay(const FunnelCounts& c, int column, int first) {
    const int k = column - first;
    if (k >= 0 && k < 3) return common::formatCount(c.stage[static_cast<std::size_t>(k)]);
    switch (k) {
    case 3: return c.stage[0] ? common::formatPercent(c.stepConversion(1)) : QStringLiteral("—");
    case 4: return c.stage[1] ? common::formatPercent(c.stepConversion(2)) : QStringLiteral("—");
    case 5: return c.stage[0] ? common::formatPercent(c.overallConversion()) : QStringLiteral("—");
    case 6: return c.stage[0] ? common::formatPercent(c.dropOff(1)) : QStringLiteral("—");
    case 7: return c.stage[1] ? common::formatPercent(c.dropOff(2)) : QStringLiteral("—");
    default: return {};
    }
}

QString conversionHeader(int k) {
    switch (k) {
    case 0: return stageName(0);
    case 1: return stageName(1);
    case 2: return stageName(2);
    case 3: return FunnelTableModel::tr("View → cart");
    case 4: return FunnelTableModel::tr("Cart → purchase");
    case 5: return FunnelTableModel::tr("View → purchase");
    case 6: return FunnelTableModel::tr("Drop-off after view");
    case 7: return FunnelTableModel::tr("Drop-off after cart");
    default: return {};
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
void FunnelTableModel::resetData(const analytics::FunnelRow& row) {
    beginResetModel();
    row_ = row;
    hasData_ = true;
    endResetModel();
}

int FunnelTableModel::rows() const { return hasData_ ? analytics::kFunnelUnitCount : 0; }

QString FunnelTableModel::header(int column) const {
    if (column == Unit) return tr("Counted by");
    return conversionHeader(column - Viewed);
}

QString FunnelTableModel::headerToolTip(int column) const {
    switch (column) {
    case ViewToCart: return tr("Step conversion: added to cart / viewed");
    case CartToPurchase: return tr("Step conversion: purchased / added to cart");
    case ViewToPurchase: return tr("Overall conversion: purchased / viewed");
    case DropAfterView: return tr("Share of the viewing units that did not add to the cart");
    case DropAfterCart: return tr("Share of the units with an add-to-cart that did not purchase");
    default: return {};
    }
}

QVariant FunnelTableModel::raw(int row, int column) const {
    const auto unit = static_cast<FunnelUnit>(row);
    if (column == Unit) return unitName(unit);
    return countsRaw(row_[unit], column, Viewed, true);
}

QString FunnelTableModel::display(int row, int column) const {
    const auto unit = static_cast<FunnelUnit>(row);
    if (column == Unit) return unitName(unit);
    return countsDisplay(row_[unit], column, Viewed);
}

// ---------------------------------------------------------------------------------------------------------
void FunnelSliceModel::resetData(std::vector<analytics::FunnelRow> slices, FunnelUnit unit, const QString& sliceHeader) {
    beginResetModel();
    slices_ = std::move(slices);
    unit_ = unit;
    sliceHeader_ = sliceHeader;
    endResetModel();
}

void FunnelSliceModel::setUnit(FunnelUnit unit) {
    if (unit == unit_) return;
    unit_ = unit;
    if (!slices_.empty()) emit dataChanged(index(0, 0), index(rows() - 1, columns() - 1));
}

QString FunnelSliceModel::sliceLabel(const analytics::FunnelRow& row) {
    const std::string& key = row.key;
    if (key == "unknown") return tr("Unknown category");
    if (key == "all") return tr("All");
    if (key == "cold") return tr("Cold (no earlier events)");
    if (key == "light") return tr("Light (1–2 events)");
    if (key == "medium") return tr("Medium (3–9 events)");
    if (key == "heavy") return tr("Heavy (10+ events)");
    if (key == "new") return tr("New");
    if (key == "returning") return tr("Returning");
    // An ISO week as "2015-W18 (04-27)", the week and its Monday: the full range "2015-W18: 2015-04-27..2015-05-03"
    // would take the narrow table's whole width (it is in the tooltip).
    if (key.size() == 8 && key.compare(4, 2, "-W") == 0 && row.label.size() >= key.size() + 12)
        return QStringLiteral("%1 (%2)").arg(QString::fromStdString(key), QString::fromStdString(row.label.substr(key.size() + 7, 5)));
    return QString::fromStdString(row.label);
}

QString FunnelSliceModel::toolTip(int row, int column) const {
    const analytics::FunnelRow& slice = slices_[static_cast<std::size_t>(row)];
    if (column == Slice) return QString::fromStdString(slice.label);
    return common::TableModel::toolTip(row, column);
}

QString FunnelSliceModel::header(int column) const {
    if (column == Slice) return sliceHeader_;
    return conversionHeader(column - Viewed);
}

QVariant FunnelSliceModel::raw(int row, int column) const {
    const analytics::FunnelRow& slice = slices_[static_cast<std::size_t>(row)];
    if (column == Slice) return sliceLabel(slice);
    return countsRaw(slice[unit_], column, Viewed, false);
}

QString FunnelSliceModel::display(int row, int column) const {
    const analytics::FunnelRow& slice = slices_[static_cast<std::size_t>(row)];
    if (column == Slice) return sliceLabel(slice);
    return countsDisplay(slice[unit_], column, Viewed);
}

} // namespace vitrina::ui::funnel
