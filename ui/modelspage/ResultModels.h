#pragma once
// Item models of the Models page's results, each over an immutable evaluation report (resetData pattern):
//   MetricsTableModel       one row per model: accuracy means at the chosen K with their Student-t 95 % interval
//                           (display "mean ± half-width", raw = mean), beyond-accuracy metrics, timings, memory;
//   SegmentTableModel       one row per activity segment or funnel stage: lists and, per model, the compared
//                           metric's mean with its interval;
//   SignificanceTableModel  model x model: cell (r, c) = mean(row - column) with the paired bootstrap interval
//                           and the Holm-corrected Wilcoxon p; the diagonal holds each model's mean.
#include <memory>

#include "common/TableModel.h"
#ifndef Q_MOC_RUN // moc cannot parse the X-macro enum in util/Message.h
#include "eval/Evaluator.h"
#endif

namespace vitrina::ui::modelspage {

/// Roles of the significance matrix for its colouring delegate.
inline constexpr int DifferenceRole = Qt::UserRole + 10;   ///< double: mean(row - column); invalid on the diagonal
inline constexpr int SignificantRole = Qt::UserRole + 11;  ///< bool: Holm-corrected Wilcoxon p <= 0.05

/// "NDCG@10", "HR@20", ... for a core metric and K.
QString metricDisplayName(eval::Metric metric, int k);

class MetricsTableModel : public common::TableModel {
    Q_OBJECT
public:
    using common::TableModel::TableModel;
    enum FixedColumn { Model = 0 };

    void resetData(std::shared_ptr<const eval::EvaluationReport> report, bool sessionProtocol, int kIndex);
    int kIndex() const { return kIndex_; }
    /// Column of an accuracy metric (list protocols) or of HR / MRR (session presets); -1 if not shown.
    int columnOf(eval::Metric metric) const;

protected:
    int rows() const override;
    int columns() const override;
    QString header(int column) const override;
    QString headerToolTip(int column) const override;
    QVariant raw(int row, int column) const override;
    QString display(int row, int column) const override;
    QString toolTip(int row, int column) const override;

private:
    enum class Kind { Model, Accuracy, NextItem, Coverage, Gini, Beyond, Fit, Eval, Memory };
    struct Column {
        Kind kind;
        eval::Metric metric = eval::Metric::Ndcg;
    };
    void buildColumns();
    const eval::ModelResult& model(int row) const { return report_->models[static_cast<std::size_t>(row)]; }

    std::shared_ptr<const eval::EvaluationReport> report_;
    bool session_ = false;
    int kIndex_ = 0;
    std::vector<Column> columns_;
};

class SegmentTableModel : public common::TableModel {
    Q_OBJECT
public:
    using common::TableModel::TableModel;
    /// `kind`: "activity" or "stage".
    void resetData(std::shared_ptr<const eval::EvaluationReport> report, const std::string& kind);
    /// Indexes into ModelResult::segments of the shown rows.
    const std::vector<std::size_t>& segmentIndexes() const { return rows_; }

protected:
    int rows() const override;
    int columns() const override;
    QString header(int column) const override;
    QVariant raw(int row, int column) const override;
    QString display(int row, int column) const override;
    QString toolTip(int row, int column) const override;

private:
    std::shared_ptr<const eval::EvaluationReport> report_;
    std::vector<std::size_t> rows_;
};

class SignificanceTableModel : public common::TableModel {
    Q_OBJECT
public:
    using common::TableModel::TableModel;
    void resetData(std::shared_ptr<const eval::EvaluationReport> report, int comparisonIndex);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    const eval::ComparisonResult* comparison() const;

protected:
    int rows() const override;
    int columns() const override;
    QString header(int column) const override;
    QVariant raw(int row, int column) const override;
    QString display(int row, int column) const override;
    QString toolTip(int row, int column) const override;

private:
    std::shared_ptr<const eval::EvaluationReport> report_;
    int comparison_ = -1;
};

/// Formats a metric value with four decimals (three from 1 on) in the current locale; NaN as "–".
QString formatMetric(double value);

} // namespace vitrina::ui::modelspage
