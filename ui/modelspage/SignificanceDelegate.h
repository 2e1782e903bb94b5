#pragma once
// Colours the significance matrix (Qt Charts has no heat-map series, ui/README.md): a cell whose row model
// is significantly better than its column model (Holm-corrected Wilcoxon p <= 0.05) is green, significantly
// worse is red, the stronger the larger the difference relative to the matrix's largest; not significant
// cells stay neutral. Colours follow the palette (light or dark).
#include <QStyledItemDelegate>

namespace vitrina::ui::modelspage {

class SignificanceDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    /// The fill of a cell (transparent when neutral), for tests and the legend.
    static QColor cellColor(double difference, bool significant, double largest, bool dark);
};

} // namespace vitrina::ui::modelspage
