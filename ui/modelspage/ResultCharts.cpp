#include "modelspage/ResultCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

#include "common/ModelNames.h"
#include "common/ChartStyle.h"
#include "modelspage/ResultModels.h"

namespace vitrina::ui::modelspage {
namespace {

QValueAxis* metricAxis(const QString& title, double maxValue) {
    QValueAxis* axis = common::makeValueAxis(title, false);
    axis->setRange(0.0, common::niceCeiling(std::max(maxValue, 1e-3)));
    axis->setLabelFormat(maxValue >= 0.1 ? QStringLiteral("%.2f") : QStringLiteral("%.3f"));
    axis->setTickCount(6);
    return axis;
}

/// Adds `series` to `chart` with a category axis of `labels` on `categorySide` and `valueAxis` across it.
QBarCategoryAxis* addWithAxes(QChart* chart, QAbstractBarSeries* series, const QStringList& labels, QValueAxis* valueAxis,
                              Qt::Alignment categorySide) {
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    chart->addAxis(categories, categorySide);
    chart->addAxis(valueAxis, categorySide == Qt::AlignLeft ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(valueAxis);
    return categories;
}

QString shortSegmentName(const std::string& name) {
    static const QHash<QString, const char*> names = {
        {QStringLiteral("cold"), QT_TRANSLATE_NOOP("ModelsCharts", "cold (0)")},
        {QStringLiteral("light"), QT_TRANSLATE_NOOP("ModelsCharts", "light (1–2)")},
        {QStringLiteral("medium"), QT_TRANSLATE_NOOP("ModelsCharts", "medium (3–9)")},
        {QStringLiteral("heavy"), QT_TRANSLATE_NOOP("ModelsCharts", "heavy (10+)")},
        {QStringLiteral("new"), QT_TRANSLATE_NOOP("ModelsCharts", "new")},
        {QStringLiteral("browsing"), QT_TRANSLATE_NOOP("ModelsCharts", "browsing")},
        {QStringLiteral("intent"), QT_TRANSLATE_NOOP("ModelsCharts", "intent")},
        {QStringLiteral("converted"), QT_TRANSLATE_NOOP("ModelsCharts", "converted")},
    };
    const char* text = names.value(QString::fromStdString(name), nullptr);
    return text ? QCoreApplication::translate("ModelsCharts", text) : QString::fromStdString(name);
}

} // namespace

QChart* makeMetricChart(const eval::EvaluationReport& report, bool sessionProtocol, eval::Metric metric,
                        std::size_t kIndex, bool dark) {
    // Horizontal bars: the model names sit on the left at full length at any window size (under vertical bars
    // "Гибрид с учётом воронки" was cut to "Гибр..." at 1024 px), the first model of the table on top.
    auto* chart = new QChart;
    const int k = kIndex < report.cutoffs.size() ? report.cutoffs[kIndex] : 0;
    const QString name = metricDisplayName(metric, k);
    chart->setTitle(QCoreApplication::translate("ModelsCharts", "%1 per model, with 95 % intervals").arg(name));
    auto* set = new QBarSet(name);
    set->setColor(common::seriesColor(0, dark));
    set->setBorderColor(Qt::transparent);
    QStringList labels;
    double top = 0.0;
    std::vector<QLineSeries*> whiskers;
    const QColor whiskerColor = dark ? QColor(235, 235, 235) : QColor(40, 40, 40);
    const std::size_t count = report.models.size();
    std::vector<double> values(count, 0.0);
    for (std::size_t m = 0; m < count; ++m) {
        const eval::ModelResult& r = report.models[m];
        double value = std::numeric_limits<double>::quiet_NaN();
        if (sessionProtocol) {
            const auto& v = metric == eval::Metric::ReciprocalRank ? r.nextItem.mrr : r.nextItem.hitRate;
            if (kIndex < v.size()) value = v[kIndex];
        } else if (kIndex < r.summary.mean[static_cast<std::size_t>(metric)].size()) {
            value = r.summary.at(metric, kIndex);
        }
        values[m] = std::isfinite(value) ? value : 0.0;
        if (std::isfinite(value)) top = std::max(top, value);
        if (sessionProtocol || !eval::isAccuracyMetric(metric)) continue;
        const auto& intervals = r.intervals[static_cast<std::size_t>(metric)];
        if (kIndex >= intervals.size()) continue;
        const stats::ConfidenceInterval ci = intervals[kIndex];
        if (!std::isfinite(ci.lower) || !std::isfinite(ci.upper)) continue;
        // One polyline: lower cap, stem, upper cap (the bar of model m sits at category count - 1 - m).
        const double y = static_cast<double>(count - 1 - m), cap = 0.08;
        auto* whisker = new QLineSeries;
        for (const auto& [px, py] : {std::pair{std::max(ci.lower, 0.0), y - cap}, {std::max(ci.lower, 0.0), y + cap},
                                     {std::max(ci.lower, 0.0), y}, {std::max(ci.upper, 0.0), y},
                                     {std::max(ci.upper, 0.0), y - cap}, {std::max(ci.upper, 0.0), y + cap}})
            whisker->append(px, py);
        QPen pen(whiskerColor);
        pen.setWidthF(1.5);
        whisker->setPen(pen);
        whiskers.push_back(whisker);
        top = std::max(top, ci.upper);
    }
    for (std::size_t i = 0; i < count; ++i) { // bottom to top
        const std::size_t m = count - 1 - i;
        labels << common::modelDisplayName(QString::fromStdString(report.models[m].id));
        set->append(values[m]);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.6);
    QValueAxis* valueAxis = metricAxis(name, top);
    QBarCategoryAxis* names = addWithAxes(chart, series, labels, valueAxis, Qt::AlignLeft);
    for (QLineSeries* w : whiskers) {
        chart->addSeries(w);
        w->attachAxis(valueAxis);
        w->attachAxis(names);
    }
    names->setGridLineVisible(false);
    chart->legend()->setVisible(false);
    return chart;
}

QChart* makeSegmentChart(const eval::EvaluationReport& report, const std::string& kind, bool dark) {
    auto* chart = new QChart;
    const QString metric = QString::fromStdString(report.comparisonMetric).toUpper();
    chart->setTitle(kind == "activity"
                        ? QCoreApplication::translate("ModelsCharts", "%1 by activity segment").arg(metric)
                        : QCoreApplication::translate("ModelsCharts", "%1 by funnel stage").arg(metric));
    // Horizontal bars: the segment names sit beside the groups in full, however many models share a group.
    // Qt lays the first category at the bottom; prepending keeps the first segment at the top.
    auto* series = new QHorizontalBarSeries;
    QStringList labels;
    double top = 0.0;
    if (!report.models.empty()) {
        for (const auto& s : report.models.front().segments)
            if (s.kind == kind) labels.prepend(shortSegmentName(s.name)); // list counts: in the table beside it
    }
    for (std::size_t m = 0; m < report.models.size(); ++m) {
        auto* set = new QBarSet(common::modelDisplayName(QString::fromStdString(report.models[m].id)));
        set->setColor(common::seriesColor(static_cast<int>(m), dark));
        set->setBorderColor(Qt::transparent);
        QList<qreal> values;
        for (const auto& s : report.models[m].segments) {
            if (s.kind != kind) continue;
            const double v = std::isfinite(s.focus.mean) ? s.focus.mean : 0.0;
            values.prepend(v);
            top = std::max(top, v);
        }
        set->append(values);
        series->append(set);
    }
    QBarCategoryAxis* names = addWithAxes(chart, series, labels, metricAxis(metric, top), Qt::AlignLeft);
    names->setGridLineVisible(false);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace vitrina::ui::modelspage
