#include "abtestpage/AbTestModels.h"

#include <cmath>

#include "abtestpage/AbTestCharts.h"
#include "common/ModelNames.h"
#include "common/Format.h"

namespace vitrina::ui::abtestpage {

namespace ab = vitrina::abtest;

namespace {
QVariant number(double value) { return std::isfinite(value) ? QVariant(value) : QVariant(QString()); }
/// Rates are shown, sorted and exported in percent (as on the charts), other metrics as they are.
double shown(ab::Metric metric, double value) { return ab::isRate(metric) ? 100.0 * value : value; }
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
    case CumConversionRate: return tr("Cumulative conversion rate, %");
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
    case Arm: return common::armDisplayName(QString::fromStdString(run_->data.arms[arm].name));
    case Visitors: return static_cast<qulonglong>(d.visitors);
    case Lists: return static_cast<qulonglong>(d.exposures);
    case Converters: return static_cast<qulonglong>(d.converters);
    case Carters: return run_->data.hasClicks ? QVariant(static_cast<qulonglong>(d.carters)) : QVariant(QString());
    case Clicks: return run_->data.hasClicks ? QVariant(d.clicks) : QVariant(QString());
    case Revenue: return run_->data.hasRevenue ? QVariant(d.revenue) : QVariant(QString());
    case CumVisitors: return static_cast<qulonglong>(d.cumVisitors);
    case CumConverters: return static_cast<qulonglong>(d.cumConverters);
    case CumConversionRate:
        return d.cumVisitors > 0 ? QVariant(100.0 * static_cast<double>(d.cumConverters) / static_cast<double>(d.cumVisitors))
                                 : QVariant(QString());
    default: return {};
    }
}

QString DailySeriesModel::display(int row, int column) const {
    const QVariant value = raw(row, column);
    if (value.typeId() == QMetaType::QString) return value.toString();
    if (column == CumConversionRate) return common::formatPercent(value.toDouble() / 100.0);
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
    const QString level = run_ ? common::formatLevel(1.0 - run_->analysis.options.alpha) : QString();
    switch (column) {
    case Arm: return tr("Arm");
    case Metric: return tr("Metric");
    case Test: return tr("Test");
    case Control: return tr("Control");
    case Treatment: return tr("Arm value");
    case Lift: return tr("Relative lift");
    case LiftLower: return tr("Lift, lower bound (%1)").arg(level);
    case LiftUpper: return tr("Lift, upper bound (%1)").arg(level);
    case PValue: return tr("p-value");
    case HolmP: return tr("p, Holm (all)");
    case BhP: return tr("p, BH (all)");
    default: return {};
    }
}

QString MetricResultsModel::headerToolTip(int column) const {
    if (column >= Lift && column <= PValue)
        return tr("The p-value and the lift's interval come from the same test (rates: score test; CTR: Wald z; "
                  "revenue: Welch t, with Fieller's interval for the ratio): the interval excludes 0 exactly when "
                  "p is at most alpha.");
    return {};
}

const ab::MetricResult& MetricResultsModel::result(int row) const {
    const auto [c, m] = rows_[static_cast<std::size_t>(row)];
    return run_->analysis.comparisons[c].metrics[m];
}

QVariant MetricResultsModel::raw(int row, int column) const {
    const ab::Comparison& cmp = run_->analysis.comparisons[rows_[static_cast<std::size_t>(row)].first];
    const ab::MetricResult& r = result(row);
    const ab::Effect& e = r.effect;
    switch (column) {
    case Arm: return common::armDisplayName(QString::fromStdString(run_->data.arms[cmp.arm].name));
    case Metric: return metricTitle(r.metric);
    case Test: return testName(r.test);
    case Control: return number(shown(r.metric, r.control));
    case Treatment: return number(shown(r.metric, r.treatment));
    case Lift: return e.liftDefined ? number(100.0 * e.lift) : QVariant(QString());
    case LiftLower: return e.liftDefined ? number(100.0 * e.liftInterval.lower) : QVariant(QString());
    case LiftUpper: return e.liftDefined ? number(100.0 * e.liftInterval.upper) : QVariant(QString());
    case PValue: return number(r.pValue);
    case HolmP: return number(r.holmAll);
    case BhP: return number(r.bhAll);
    default: return {};
    }
}

QString MetricResultsModel::display(int row, int column) const {
    const ab::MetricResult& r = result(row);
    const double alpha = run_->analysis.options.alpha;
    switch (column) {
    case Control:
    case Treatment: {
        const double v = column == Control ? r.control : r.treatment;
        return ab::isRate(r.metric) ? common::formatPercent(v) : common::formatNumber(v, 4);
    }
    case Lift:
    case LiftLower:
    case LiftUpper: {
        if (!r.effect.liftDefined) return column == Lift ? tr("undefined") : QString();
        const auto t = common::formatEstimate(r.effect.lift, r.effect.liftInterval, common::EstimateUnit::Percent);
        return column == Lift ? t.value : column == LiftLower ? t.lower : t.upper;
    }
    case PValue: return common::formatPValue(r.pValue, alpha);
    case HolmP: return common::formatPValue(r.holmAll, alpha);
    case BhP: return common::formatPValue(r.bhAll, alpha);
    default: return raw(row, column).toString();
    }
}

QString MetricResultsModel::toolTip(int row, int column) const {
    const ab::MetricResult& r = result(row);
    if (column == Lift && !r.effect.liftDefined)
        return tr("The control's value is not distinguishable from zero (for a rate: no converting visitor), so a "
                  "relative lift has no bounded interval.");
    return {};
}

QString MetricResultsModel::testName(const char* test) {
    const QString id = QString::fromLatin1(test);
    if (id == QLatin1String("score")) return tr("score (pooled z)");
    if (id == QLatin1String("delta")) return tr("Wald z (delta method)");
    if (id == QLatin1String("welch")) return tr("Welch t");
    return id;
}

} // namespace vitrina::ui::abtestpage
