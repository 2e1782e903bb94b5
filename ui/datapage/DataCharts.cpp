#include "datapage/DataCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QHorizontalBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

#include "analytics/Summary.h"
#include "common/ChartStyle.h"
#include "common/Format.h"

namespace vitrina::ui::datapage {
namespace {

using data::EventType;

struct Bin {
    std::uint64_t from = 0;
    std::uint64_t to = 0; ///< inclusive
    std::uint64_t visitors = 0;
};

/// 1, 2, 3, 4–5, 6–10, 11–20, 21–50, 51–100, 101–200, ... up to the largest count.
std::vector<Bin> logBins(const std::vector<std::uint64_t>& histogram) {
    std::vector<Bin> bins = {{1, 1}, {2, 2}, {3, 3}, {4, 5}};
    std::uint64_t upper = 5;
    const std::uint64_t max = histogram.empty() ? 1 : histogram.size() - 1;
    for (std::uint64_t decade = 1; upper < max; decade *= 10) {
        for (const std::uint64_t step : {10ULL, 20ULL, 50ULL}) {
            const std::uint64_t to = step * decade;
            if (to <= upper) continue;
            bins.push_back({upper + 1, to});
            upper = to;
            if (upper >= max) break;
        }
    }
    while (bins.size() > 1 && bins.back().from > max) bins.pop_back();
    for (Bin& bin : bins)
        for (std::uint64_t k = bin.from; k <= std::min(bin.to, max); ++k)
            if (k < histogram.size()) bin.visitors += histogram[k];
    return bins;
}

} // namespace

QChart* makeEventsPerDayChart(const analytics::DatasetSummary& summary, bool dark) {
    auto* chart = new QChart;
    chart->setTitle(QCoreApplication::translate("DataCharts", "Events per day (UTC)"));
    const auto& days = summary.eventsPerDay;
    if (days.empty()) return chart;

    struct Line {
        EventType type;
        const char* name;
        bool rightAxis;
    };
    const Line lines[] = {{EventType::View, QT_TRANSLATE_NOOP("DataCharts", "Views"), false},
                          {EventType::AddToCart, QT_TRANSLATE_NOOP("DataCharts", "Add-to-carts"), true},
                          {EventType::Transaction, QT_TRANSLATE_NOOP("DataCharts", "Purchases"), true}};
    std::uint64_t leftMax = 0, rightMax = 0;
    std::vector<QLineSeries*> series;
    for (const Line& line : lines) {
        auto* s = new QLineSeries;
        s->setName(QCoreApplication::translate("DataCharts", line.name));
        QPen pen(common::eventTypeColor(line.type, dark));
        pen.setWidthF(line.type == EventType::View ? 2.0 : 1.6);
        s->setPen(pen);
        for (const analytics::DayCount& day : days) {
            const std::uint64_t count = day.byType[static_cast<std::size_t>(line.type)];
            s->append(static_cast<double>(day.day), static_cast<double>(count));
            (line.rightAxis ? rightMax : leftMax) = std::max(line.rightAxis ? rightMax : leftMax, count);
        }
        chart->addSeries(s);
        series.push_back(s);
    }
    QCategoryAxis* x = common::makeDayAxis(days.front().day, days.back().day, QCoreApplication::translate("DataCharts", "Day (UTC)"));
    QValueAxis* left = common::makeValueAxis(QCoreApplication::translate("DataCharts", "Views per day"), true);
    QValueAxis* right = common::makeValueAxis(QCoreApplication::translate("DataCharts", "Add-to-carts and purchases per day"), true);
    left->setRange(0, common::niceCeiling(static_cast<double>(std::max<std::uint64_t>(leftMax, 1))));
    right->setRange(0, common::niceCeiling(static_cast<double>(std::max<std::uint64_t>(rightMax, 1))));
    left->setTickCount(6);
    right->setTickCount(6);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(left, Qt::AlignLeft);
    chart->addAxis(right, Qt::AlignRight);
    for (std::size_t i = 0; i < series.size(); ++i) {
        series[i]->attachAxis(x);
        series[i]->attachAxis(lines[i].rightAxis ? right : left);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart* makeEventsPerVisitorChart(const analytics::DatasetSummary& summary, bool dark, QString* note) {
    auto* chart = new QChart;
    chart->setTitle(QCoreApplication::translate("DataCharts", "Visitors by number of events"));
    const analytics::CountDistribution& d = summary.eventsPerVisitor;
    const std::vector<Bin> bins = logBins(d.histogram);

    auto* set = new QBarSet(QCoreApplication::translate("DataCharts", "Visitors"));
    set->setColor(common::eventTypeColor(EventType::View, dark));
    set->setBorderColor(Qt::transparent);
    QStringList categories;
    std::uint64_t maxVisitors = 1;
    bool anyEmpty = false;
    constexpr double kAxisMin = 0.5; // below one visitor, so a bin of one visitor still shows a bar
    // Horizontal bars, the fewest events at the top: the bin labels ("51–100") sit beside the bars in full
    // however narrow the chart is. Qt lays the first category at the bottom, so the bins go in reversed.
    for (auto it = bins.rbegin(); it != bins.rend(); ++it) {
        const Bin& bin = *it;
        categories << (bin.from == bin.to ? QString::number(bin.from)
                                          : QStringLiteral("%1–%2").arg(bin.from).arg(bin.to));
        // An empty bin sits at the axis minimum: no bar, instead of log(0).
        set->append(bin.visitors ? static_cast<double>(bin.visitors) : kAxisMin);
        anyEmpty = anyEmpty || bin.visitors == 0;
        maxVisitors = std::max(maxVisitors, bin.visitors);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.85);
    chart->addSeries(series);
    chart->legend()->setVisible(false);

    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(QCoreApplication::translate("DataCharts", "Events per visitor"));
    QLogValueAxis* y = common::makeLogAxis(QCoreApplication::translate("DataCharts", "Visitors (log scale)"));
    y->setRange(kAxisMin, std::pow(10.0, std::ceil(std::log10(static_cast<double>(maxVisitors) * 1.5))));
    y->setLabelsAngle(-90); // "100 000" side by side would overlap in a narrow chart
    chart->addAxis(x, Qt::AlignLeft);
    chart->addAxis(y, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);

    const std::vector<Bin> binsCopy = bins;
    QObject::connect(series, &QHorizontalBarSeries::hovered, chart, [binsCopy](bool status, int index, QBarSet*) {
        if (!status || index < 0 || static_cast<std::size_t>(index) >= binsCopy.size()) return QToolTip::hideText();
        const Bin& bin = binsCopy[binsCopy.size() - 1 - static_cast<std::size_t>(index)]; // reversed, as drawn
        QToolTip::showText(QCursor::pos(), QCoreApplication::translate("DataCharts", "%1 visitors").arg(common::formatCount(bin.visitors)));
    });

    if (note) {
        *note = QCoreApplication::translate("DataCharts", "Mean %1 events per visitor, median %2, 90th percentile %3, 99th percentile %4, maximum %5; "
                   "%6 of visitors have exactly one event.")
                    .arg(common::formatNumber(d.mean, 3), common::formatNumber(d.median, 3),
                         common::formatNumber(d.p90, 3), common::formatNumber(d.p99, 3), common::formatCount(d.max),
                         common::formatPercent(d.shareExactlyOne));
        if (anyEmpty) *note += u' ' + QCoreApplication::translate("DataCharts", "Bins without visitors have no bar (a log scale cannot show zero).");
    }
    return chart;
}

} // namespace vitrina::ui::datapage
