#include "abtestpage/AbTestModels.h"

#include <cmath>

#include "abtestpage/AbTestCharts.h"
#include "common/Format.h"

namespace vitrina::ui::abtestpage {

namespace ab = vitrina::abtest;

namespace {
QVariant number(double value) { return std::isfinite(value) ? QVariant(value) : QVariant(QString()); }
QString pText(double p) { return p < 1e-4 ? QString::number(p, 'e', 1) : QString::number(p, 'f', 4); }
} // namespace

void DailySeriesModel::resetData(std::shared_ptr<const ab::ExperimentRun> run) {
    beginResetModel();
    run_ = std::move(run);
    endResetModel();
}

int DailySeriesModel::rows() const {
    return run_ ? static_cast<int>(run_->data.arms.size()) * run_->data.dayCount : 0;
}

QString DailySeriesModel::header(int column) const {
    switch (column) {
    case Day: return tr("Day");
    case Date: return tr("Date (UTC)");
    case Arm: return tr("Arm");
    case Visitors: return tr("Visitors");
    case Lists: return tr("Lists shown");
    case Converters: return tr("Converting visitors");
    case Carters: return tr("Carting visitors");
    case Clicks: return tr("Clicks (discounted)");
    case Revenue: return tr("Revenue (data unit)");
    case CumVisitors: return tr("Cumulative visitors");
    case CumConverters: return tr("Cumulative converting visitors");
    case CumConversionRate: return tr("Cumulative conversion rate");
    default: return {};
    }
}

QVariant DailySeriesModel::raw(int row, int column) const {
    const int days = run_->data.dayCount;
    const auto arm = static_cast<std::size_t>(row / days);
    const auto day = static_cast<std::size_t>(row % days);
    const ab::ArmDay& d = run_->data.arms[arm].days[day];
    switch (column) {
    case Day: return static_cast<qulonglong>(day + 1);
    case Date: return common::formatUtcDay(run_->data.startMs / 86'400'000 + static_cast<std::int64_t>(day));
    case Arm: return QString::fromStdString(run_->data.arms[arm].name);
    case Visitors: return static_cast<qulonglong>(d.visitors);
    case Lists: return static_cast<qulonglong>(d.exposures);
    case Converters: return static_cast<qulonglong>(d.converters);
    case Carters: return run_->data.hasClicks ? QVariant(static_cast<qulonglong>(d.carters)) : QVariant(QString());
    case Clicks: return run_->data.hasClicks ? QVariant(d.clicks) : QVariant(QString());
    case Revenue: return run_->data.hasRevenue ? QVariant(d.revenue) : QVariant(QString());
    case CumVisitors: return static_cast<qulonglong>(d.cumVisitors);
    case CumConverters: return static_cast<qulonglong>(d.cumConverters);
    case CumConversionRate:
        return d.cumVisitors > 0 ? QVariant(static_cast<double>(d.cumConverters) / static_cast<double>(d.cumVisitors))
                                 : QVariant(QString());
    default: return {};
    }
}

QString DailySeriesModel::display(int row, int column) const {
    const QVariant value = raw(row, column);
    if (value.typeId() == QMetaType::QString) return value.toString();
    if (column == CumConversionRate) return common::formatPercent(value.toDouble());
    if (value.typeId() == QMetaType::Double) return common::formatNumber(value.toDouble(), 4);
    return common::formatCount(value.toULongLong());
}

void MetricResultsModel::resetData(std::shared_ptr<const ab::ExperimentRun> run) {
    beginResetModel();
    run_ = std::move(run);
    rows_.clear();
    if (run_)
        for (std::size_t c = 0; c < run_->analysis.comparisons.size(); ++c)
            for (std::size_t m = 0; m < run_->analysis.comparisons[c].metrics.size(); ++m) rows_.emplace_back(c, m);
    endResetModel();
}

QString MetricResultsModel::header(int column) const {
    switch (column) {
    case Arm: return tr("Arm");
    case Metric: return tr("Metric");
    case Test: return tr("Test");
    case Control: return tr("Control");
    case Treatment: return tr("Arm value");
    case Lift: return tr("Relative lift");
    case LiftLower: return tr("Lift, lower bound");
    case LiftUpper: return tr("Lift, upper bound");
    case PValue: return tr("p-value");
    case HolmP: return tr("p, Holm (all)");
    case BhP: return tr("p, BH (all)");
    default: return {};
    }
}

QVariant MetricResultsModel::raw(int row, int column) const {
    const auto [c, m] = rows_[static_cast<std::size_t>(row)];
    const ab::Comparison& cmp = run_->analysis.comparisons[c];
    const ab::MetricResult& r = cmp.metrics[m];
    switch (column) {
    case Arm: return QString::fromStdString(run_->data.arms[cmp.arm].name);
    case Metric: return QString::fromStdString(ab::metricName(r.metric));
    case Test: return QString::fromLatin1(r.test);
    case Control: return number(r.control);
    case Treatment: return number(r.treatment);
    case Lift: return r.liftDefined ? number(r.lift.lift) : QVariant(QString());
    case LiftLower: return r.liftDefined ? number(r.lift.interval.lower) : QVariant(QString());
    case LiftUpper: return r.liftDefined ? number(r.lift.interval.upper) : QVariant(QString());
    case PValue: return number(r.pValue);
    case HolmP: return number(r.holmAll);
    case BhP: return number(r.bhAll);
    default: return {};
    }
}

QString MetricResultsModel::display(int row, int column) const {
    const QVariant value = raw(row, column);
    if (value.typeId() == QMetaType::QString) {
        if (column == Metric) return metricTitle(ab::parseMetric(value.toString().toStdString()));
        return value.toString();
    }
    const double v = value.toDouble();
    switch (column) {
    case Lift:
    case LiftLower:
    case LiftUpper: return QString::number(100.0 * v, 'f', 2) + QStringLiteral(" %");
    case PValue:
    case HolmP:
    case BhP: return pText(v);
    default: return common::formatNumber(v, 4);
    }
}

} // namespace vitrina::ui::abtestpage
