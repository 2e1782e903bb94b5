#pragma once
// Item models of the Funnel page.
//   FunnelTableModel  the conversion table: one row per unit (events, visitors reached, visitors ordered
//                     same-item, sessions) with stage counts, step and overall conversion, and drop-off.
//   FunnelSliceModel  one row per slice (top category, day, ISO week, segment) for one unit.
#include <QString>

#include <vector>

#include "common/TableModel.h"
#ifndef Q_MOC_RUN // moc cannot parse the X-macro enum in util/Message.h
#include "analytics/Funnel.h"
#endif

namespace vitrina::ui::funnel {

/// Translated name of a funnel unit ("Visitors (reached)", ...).
QString unitName(analytics::FunnelUnit unit);
/// Translated name of a stage (0 view, 1 addtocart, 2 transaction).
QString stageName(int stage);

class FunnelTableModel : public common::TableModel {
    Q_OBJECT
public:
    enum Column { Unit, Viewed, AddedToCart, Purchased, ViewToCart, CartToPurchase, ViewToPurchase, DropAfterView,
                  DropAfterCart, ColumnCount };

    using TableModel::TableModel;
    void resetData(const analytics::FunnelRow& row);
    const analytics::FunnelRow& row() const { return row_; }

protected:
    int rows() const override;
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QString headerToolTip(int column) const override;
    QVariant raw(int row, int column) const override;
    QString display(int row, int column) const override;

private:
    analytics::FunnelRow row_;
    bool hasData_ = false;
};

class FunnelSliceModel : public common::TableModel {
    Q_OBJECT
public:
    enum Column { Slice, Viewed, AddedToCart, Purchased, ViewToCart, CartToPurchase, ViewToPurchase, ColumnCount };

    using TableModel::TableModel;
    /// `sliceHeader` names the first column ("Top category", "Day", ...).
    void resetData(std::vector<analytics::FunnelRow> slices, analytics::FunnelUnit unit, const QString& sliceHeader);
    void setUnit(analytics::FunnelUnit unit);
    analytics::FunnelUnit unit() const { return unit_; }
    const std::vector<analytics::FunnelRow>& slices() const { return slices_; }
    /// The slice's display label (translated for segment and new/returning keys).
    static QString sliceLabel(const analytics::FunnelRow& row);

protected:
    int rows() const override { return static_cast<int>(slices_.size()); }
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant raw(int row, int column) const override;
    QString display(int row, int column) const override;
    QString toolTip(int row, int column) const override;

private:
    std::vector<analytics::FunnelRow> slices_;
    analytics::FunnelUnit unit_ = analytics::FunnelUnit::Visitors;
    QString sliceHeader_;
};

} // namespace vitrina::ui::funnel
