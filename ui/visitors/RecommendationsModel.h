#pragma once
// The recommendations of every trained model side by side: one column per model, one row per rank, each cell
// the item (readable name and raw id) and its score. Items the visitor really interacted with later (in the
// test period, after the moment shown) are marked with a tick and a green background.
#include <QAbstractTableModel>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

#ifndef Q_MOC_RUN
#include "data/Dataset.h"
#include "models/Query.h"
#endif

namespace vitrina::ui::visitors {

/// One update of the recommendations (made on a worker, then shown whole).
struct RecommendationsSnapshot {
    struct Column {
        QString model;                      ///< display name
        models::RecommendationList list;    ///< top K; scores as the model gives them
        QString error;                      ///< when the model failed (the column then stays empty)
    };
    std::shared_ptr<const data::Dataset> dataset;
    std::vector<Column> columns;
    std::vector<data::ItemIndex> later;     ///< items interacted with later, ascending (empty: not a test visitor)
    double milliseconds = 0.0;              ///< wall time of the update, every model
    int k = 10;

    bool isLater(data::ItemIndex item) const;
};

class RecommendationsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void resetData(std::shared_ptr<const RecommendationsSnapshot> snapshot);
    const RecommendationsSnapshot* snapshot() const { return snapshot_.get(); }
    /// The item at a cell, if the model listed one there.
    std::optional<data::ItemIndex> itemAt(int row, int column) const;
    /// Cells (over every model) that hold a later item.
    int markedCells() const;
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const RecommendationsSnapshot> snapshot_;
};

} // namespace vitrina::ui::visitors
