#pragma once
// The daily series of an A/B run as a table (one row per arm and day; CSV export through TablePanel) and the
// per-metric results of every comparison (control, treatment, lift with interval, p-values). Rates are in
// percent, as on the charts.
#include <memory>

#ifndef Q_MOC_RUN // moc cannot parse the X-macro enum in util/Message.h
#include "abtest/Run.h"
#endif
#include "common/TableModel.h"

namespace vitrina::ui::abtestpage {

class DailySeriesModel : public common::TableModel {
    Q_OBJECT
public:
    enum Column { Day, Date, Arm, Visitors, Lists, Converters, Carters, Clicks, Revenue, CumVisitors,
                  CumConverters, CumConversionRate, ColumnCount };
    using common::TableModel::TableModel;
    void resetData(std::shared_ptr<const abtest::ExperimentRun> run);

protected:
    int rows() const override;
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant raw(int row, int column) const override;
    QString display(int row, int column) const override;

private:
    std::shared_ptr<const abtest::ExperimentRun> run_;
};

class MetricResultsModel : public common::TableModel {
    Q_OBJECT
public:
    enum Column { Arm, Metric, Test, Control, Treatment, Lift, LiftLower, LiftUpper, PValue, HolmP, BhP, ColumnCount };
    using common::TableModel::TableModel;
    void resetData(std::shared_ptr<const abtest::ExperimentRun> run);

protected:
    int rows() const override { return static_cast<int>(rows_.size()); }
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QString headerToolTip(int column) const override;
    QVariant raw(int row, int column) const override;
    QString display(int row, int column) const override;
    QString toolTip(int row, int column) const override;

private:
    const abtest::MetricResult& result(int row) const;
    /// The test's name in words ("score (pooled z)") for its core id.
    static QString testName(const char* test);

    std::shared_ptr<const abtest::ExperimentRun> run_;
    std::vector<std::pair<std::size_t, std::size_t>> rows_; ///< (comparison, metric)
};

} // namespace vitrina::ui::abtestpage
