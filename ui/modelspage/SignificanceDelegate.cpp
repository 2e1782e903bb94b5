#include "modelspage/SignificanceDelegate.h"

#include <QAbstractItemModel>
#include <QPainter>

#include <algorithm>
#include <cmath>

#include "common/ChartStyle.h"
#include "modelspage/ResultModels.h"

namespace vitrina::ui::modelspage {

QColor SignificanceDelegate::cellColor(double difference, bool significant, double largest, bool dark) {
    if (!significant || !std::isfinite(difference) || difference == 0.0) return Qt::transparent;
    const double strength = largest > 0.0 ? std::clamp(std::abs(difference) / largest, 0.0, 1.0) : 1.0;
    QColor base = difference > 0 ? (dark ? QColor(76, 175, 80) : QColor(46, 125, 50))
                                 : (dark ? QColor(239, 83, 80) : QColor(198, 40, 40));
    base.setAlphaF(static_cast<float>(0.25 + 0.45 * strength));
    return base;
}

void SignificanceDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const QVariant difference = index.data(DifferenceRole);
    if (difference.isValid()) {
        // The largest absolute difference of the matrix scales the colour.
        double largest = 0.0;
        const QAbstractItemModel* model = index.model();
        for (int r = 0; r < model->rowCount(); ++r)
            for (int c = 1; c < model->columnCount(); ++c) {
                const QVariant d = model->index(r, c).data(DifferenceRole);
                if (d.isValid() && std::isfinite(d.toDouble())) largest = std::max(largest, std::abs(d.toDouble()));
            }
        const QColor fill = cellColor(difference.toDouble(), index.data(SignificantRole).toBool(), largest,
                                      common::isDarkPalette(option.palette));
        if (fill.alpha() > 0) painter->fillRect(option.rect, fill);
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace vitrina::ui::modelspage
