#include "common/TableModel.h"

#include "common/Roles.h"

namespace vitrina::ui::common {

int TableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : rows(); }

int TableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : columns(); }

QVariant TableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    switch (role) {
    case Qt::DisplayRole: return display(index.row(), index.column());
    case RawValueRole: return raw(index.row(), index.column());
    case Qt::ToolTipRole: {
        const QString tip = toolTip(index.row(), index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole: {
        const QVariant value = raw(index.row(), index.column());
        const bool numeric = value.typeId() != QMetaType::QString && value.canConvert<double>();
        return QVariant::fromValue(Qt::Alignment(numeric ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter));
    }
    default: return {};
    }
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columns()) return {};
    if (role == Qt::DisplayRole) return header(section);
    if (role == Qt::ToolTipRole) {
        const QString tip = headerToolTip(section);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    return {};
}

void TableModel::retranslate() {
    if (columns() > 0) emit headerDataChanged(Qt::Horizontal, 0, columns() - 1);
    if (rows() > 0 && columns() > 0) emit dataChanged(index(0, 0), index(rows() - 1, columns() - 1));
}

QString TableModel::headerToolTip(int) const { return {}; }

QString TableModel::display(int row, int column) const { return raw(row, column).toString(); }

QString TableModel::toolTip(int, int) const { return {}; }

} // namespace vitrina::ui::common
