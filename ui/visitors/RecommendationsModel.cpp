#include "visitors/RecommendationsModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

#include "common/Format.h"
#include "common/ModelNames.h"
#include "visitors/VisitorTexts.h"

namespace vitrina::ui::visitors {

bool RecommendationsSnapshot::isLater(data::ItemIndex item) const {
    return std::binary_search(later.begin(), later.end(), item);
}

void RecommendationsModel::resetData(std::shared_ptr<const RecommendationsSnapshot> snapshot) {
    beginResetModel();
    snapshot_ = std::move(snapshot);
    endResetModel();
}

void RecommendationsModel::retranslate() {
    if (!snapshot_) return;
    emit headerDataChanged(Qt::Horizontal, 0, std::max(0, columnCount() - 1));
    if (rowCount() > 0 && columnCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int RecommendationsModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || !snapshot_) return 0;
    std::size_t rows = 0;
    for (const auto& c : snapshot_->columns) rows = std::max(rows, c.list.items.size());
    return static_cast<int>(rows);
}

int RecommendationsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || !snapshot_ ? 0 : static_cast<int>(snapshot_->columns.size());
}

std::optional<data::ItemIndex> RecommendationsModel::itemAt(int row, int column) const {
    if (!snapshot_ || row < 0 || column < 0 || column >= columnCount()) return std::nullopt;
    const auto& items = snapshot_->columns[static_cast<std::size_t>(column)].list.items;
    if (static_cast<std::size_t>(row) >= items.size()) return std::nullopt;
    return items[static_cast<std::size_t>(row)];
}

int RecommendationsModel::markedCells() const {
    int marked = 0;
    for (int c = 0; c < columnCount(); ++c)
        for (int r = 0; r < rowCount(); ++r)
            if (const auto item = itemAt(r, c); item && snapshot_->isLater(*item)) ++marked;
    return marked;
}

QVariant RecommendationsModel::data(const QModelIndex& index, int role) const {
    const auto item = itemAt(index.row(), index.column());
    if (!item) return {};
    const auto& column = snapshot_->columns[static_cast<std::size_t>(index.column())];
    const auto row = static_cast<std::size_t>(index.row());
    const data::Dataset& dataset = *snapshot_->dataset;
    const bool later = snapshot_->isLater(*item);
    const bool fallback = row >= column.list.modelItems;
    switch (role) {
    case Qt::DisplayRole: {
        // Two short lines (the column may be narrow): the name, then the raw id and the score.
        const QString mark = later ? QStringLiteral("✓ ") : QString();
        const QString id = QStringLiteral("#%1").arg(dataset.items.ids.raw(*item));
        const bool named = *item < dataset.items.names.size() && !dataset.items.names[*item].empty();
        const QString name = named ? QString::fromStdString(dataset.items.names[*item]) : id;
        return QString(mark + name + QLatin1Char('\n') + (named ? id + QStringLiteral(" · ") : QString()) +
                       common::formatNumber(column.list.scores[row], 3));
    }
    case Qt::ToolTipRole: {
        QString tip = VisitorTexts::item(dataset, *item) + QLatin1Char('\n') + VisitorTexts::categoryPath(dataset, *item) +
                      QLatin1Char('\n') + tr("Score %1 (in the model's own units)").arg(common::formatNumber(column.list.scores[row], 4));
        if (later) tip += QLatin1Char('\n') + tr("The visitor really interacted with this item later");
        if (fallback) tip += QLatin1Char('\n') + tr("Filled in from the popularity order: the model had no signal");
        return tip;
    }
    case Qt::BackgroundRole:
        if (later) return QBrush(QColor(46, 125, 50, 70));
        return {};
    case Qt::FontRole: // later items bold; popularity fill-ins in italics
        if (later || fallback) {
            QFont font;
            font.setBold(later);
            font.setItalic(fallback);
            return font;
        }
        return {};
    case Qt::UserRole: return static_cast<qulonglong>(*item);
    default: return {};
    }
}

QVariant RecommendationsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if ((role != Qt::DisplayRole && role != Qt::ToolTipRole) || !snapshot_) return {};
    if (orientation == Qt::Vertical) return section + 1;
    if (section < 0 || section >= columnCount()) return {};
    const auto& column = snapshot_->columns[static_cast<std::size_t>(section)];
    if (role == Qt::ToolTipRole) return column.error.isEmpty() ? column.model : column.error;
    // The model's display name ("ALS"); its parameters ("als (factors=32, …)") only in the tooltip. Two columns
    // of the same model (trained with other parameters) are numbered in column order: "ALS #1", "ALS #2".
    const QString base = common::trainedModelDisplayName(column.model);
    QString name = base;
    int sameBefore = 0, same = 0;
    for (std::size_t c = 0; c < snapshot_->columns.size(); ++c)
        if (common::trainedModelDisplayName(snapshot_->columns[c].model) == base) {
            ++same;
            if (static_cast<int>(c) < section) ++sameBefore;
        }
    if (same > 1) name = common::numberedModelName(base, sameBefore + 1);
    // Long names in two lines: "Гибрид с учётом" over "воронки" fits a column of the minimum width.
    return common::twoLineTitle(column.error.isEmpty() ? name : tr("%1 (failed)").arg(name));
}

} // namespace vitrina::ui::visitors
