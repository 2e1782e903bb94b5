#pragma once
// Base of Vitrina's read-only table models: a subclass says how many rows and columns it has, a column's
// header, and a cell's raw value (RawValueRole: sorting and CSV export) and display text. Numbers are right-
// aligned. Data arrives as an immutable snapshot through the subclass's reset function (heaptrack's
// resetData pattern), which wraps the change in beginResetModel()/endResetModel().
#include <QAbstractTableModel>
#include <QString>
#include <QVariant>

namespace vitrina::ui::common {

class TableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const final;
    int columnCount(const QModelIndex& parent = {}) const final;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// After a language change: headers and formatted cells are re-read.
    void retranslate();

protected:
    virtual int rows() const = 0;
    virtual int columns() const = 0;
    virtual QString header(int column) const = 0;
    virtual QString headerToolTip(int column) const;
    /// The unformatted value: a number (qulonglong or double) or a QString.
    virtual QVariant raw(int row, int column) const = 0;
    /// The text shown; default: the raw value as text.
    virtual QString display(int row, int column) const;
    virtual QString toolTip(int row, int column) const;
};

} // namespace vitrina::ui::common
