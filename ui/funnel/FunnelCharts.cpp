#include "funnel/FunnelCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <optional>

#include "analytics/Calendar.h"
#include "common/ChartStyle.h"
#include "common/Format.h"
#include "funnel/FunnelModels.h"

namespace vitrina::ui::funnel {
namespace {

using analytics::FunnelCounts;
using analytics::FunnelRow;
using analytics::FunnelUnit;
using data::EventType;

constexpr EventType kStageTypes[3] = {EventType::View, EventType::AddToCart, EventType::Transaction};

/// First UTC day of a day key ("2015-06-01") or an ISO week key ("2015-W23").
std::optional<std::int64_t> dayOfKey(const std::string& key, bool weekly) {
    try {
        if (weekly) {
            const std::size_t w = key.find("-W");
            if (w == std::string::npos) return std::nullopt;
            const std::int64_t year = std::stoll(key.substr(0, w));
            const int week = std::stoi(key.substr(w + 2));
            // 4 January always lies in ISO week 1.
            return analytics::isoWeekMonday(analytics::daysFromCivil(year, 1, 4)) + 7 * (week - 1);
        }
        if (key.size() != 10) return std::nullopt;
        return analytics::daysFromCivil(std::stoll(key.substr(0, 4)), std::stoi(key.substr(5, 2)),
                                        std::stoi(key.substr(8, 2)));
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

QValueAxis* percentAxis(const QString& title, double maxPercent) {
    QValueAxis* axis = common::makeValueAxis(title, false);
    axis->setRange(0.0, common::niceCeiling(std::max(maxPercent, 0.1)));
    // Localized chart labels copy the text after the conversion as is (ChartStyle's styleChart): "%", not "%%".
    axis->setLabelFormat(maxPercent >= 10.0 ? QStringLiteral("%.0f %") : QStringLiteral("%.1f %"));
    axis->setTickCount(6);
    return axis;
}

} // namespace

QChart* makeFunnelChart(const FunnelRow& row, FunnelUnit unit, bool dark) {
    auto* chart = new QChart;
    chart->setTitle(QCoreApplication::translate("FunnelCharts", "Funnel: %1").arg(unitName(unit)));
    const FunnelCounts& counts = row[unit];
    const double widest = static_cast<double>(std::max<std::uint64_t>(counts.stage[0], 1));

    auto* offset = new QBarSet(QString());
    offset->setColor(Qt::transparent);
    offset->setBorderColor(Qt::transparent);
    // One set per stage, non-zero only in its own row, so that each stage takes its event type's colour.
    QBarSet* stageSets[3];
    for (int k = 0; k < 3; ++k) {
        stageSets[k] = new QBarSet(stageName(k));
        stageSets[k]->setColor(common::eventTypeColor(kStageTypes[k], dark));
        stageSets[k]->setBorderColor(Qt::transparent);
    }
    QStringList labels;
    // A horizontal bar axis runs bottom-up: add the last stage first so that "viewed" is on top.
    for (int k = 2; k >= 0; --k) {
        const double v = static_cast<double>(counts.stage[static_cast<std::size_t>(k)]);
        offset->append((widest - v) / 2.0);
        for (int s = 0; s < 3; ++s) stageSets[s]->append(s == k ? v : 0.0);
        labels << QCoreApplication::translate("FunnelCharts", "%1: %2 (%3)")
                      .arg(stageName(k), common::formatCount(counts.stage[static_cast<std::size_t>(k)]),
                           common::formatPercent(v / widest));
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append(offset);
    for (QBarSet* set : stageSets) series->append(set);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    chart->legend()->setVisible(false);

    auto* y = new QBarCategoryAxis;
    y->append(labels);
    auto* x = new QValueAxis;
    x->setRange(0.0, widest);
    x->setVisible(false);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    y->setGridLineVisible(false);
    return chart;
}

QChart* makeCategoryChart(const std::vector<FunnelRow>& slices, FunnelUnit unit, bool dark, int maxSlices) {
    auto* chart = new QChart;
    chart->setTitle(QCoreApplication::translate("FunnelCharts", "Conversion by top-level category"));
    std::vector<const FunnelRow*> rows;
    for (const FunnelRow& r : slices) rows.push_back(&r);
    // Largest first by the stage-1 count of this unit; the category report already orders by events.
    std::stable_sort(rows.begin(), rows.end(), [unit](const FunnelRow* a, const FunnelRow* b) {
        return (*a)[unit].stage[0] > (*b)[unit].stage[0];
    });
    if (rows.size() > static_cast<std::size_t>(maxSlices)) rows.resize(static_cast<std::size_t>(maxSlices));

    auto* toCart = new QBarSet(QCoreApplication::translate("FunnelCharts", "View → cart"));
    auto* toPurchase = new QBarSet(QCoreApplication::translate("FunnelCharts", "View → purchase"));
    toCart->setColor(common::eventTypeColor(EventType::AddToCart, dark));
    toPurchase->setColor(common::eventTypeColor(EventType::Transaction, dark));
    toCart->setBorderColor(Qt::transparent);
    toPurchase->setBorderColor(Qt::transparent);
    QStringList labels;
    double maxPercent = 0.0;
    // Bottom-up axis: reverse so that the largest category is on top.
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
        const FunnelCounts& c = (**it)[unit];
        QString label = FunnelSliceModel::sliceLabel(**it);
        if (label.size() > 40) label = label.left(38) + QStringLiteral("…");
        labels << label;
        toCart->append(100.0 * c.stepConversion(1));
        toPurchase->append(100.0 * c.overallConversion());
        maxPercent = std::max({maxPercent, 100.0 * c.stepConversion(1), 100.0 * c.overallConversion()});
    }
    auto* series = new QHorizontalBarSeries;
    series->append(toCart);
    series->append(toPurchase);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(labels);
    QValueAxis* x = percentAxis(QCoreApplication::translate("FunnelCharts", "Conversion, % (%1)").arg(unitName(unit)), maxPercent);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    y->setGridLineVisible(false);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart* makeOverTimeChart(const std::vector<FunnelRow>& slices, FunnelUnit unit, bool weekly, bool dark) {
    auto* chart = new QChart;
    chart->setTitle(weekly ? QCoreApplication::translate("FunnelCharts", "Conversion by ISO week (%1)").arg(unitName(unit))
                           : QCoreApplication::translate("FunnelCharts", "Conversion by day, UTC (%1)").arg(unitName(unit)));
    if (slices.empty()) return chart;
    auto* toCart = new QLineSeries;
    auto* toPurchase = new QLineSeries;
    auto* cartToPurchase = new QLineSeries;
    toCart->setName(QCoreApplication::translate("FunnelCharts", "View → cart"));
    toPurchase->setName(QCoreApplication::translate("FunnelCharts", "View → purchase"));
    cartToPurchase->setName(QCoreApplication::translate("FunnelCharts", "Cart → purchase"));
    toCart->setPen(QPen(common::eventTypeColor(EventType::AddToCart, dark), 2.0));
    toPurchase->setPen(QPen(common::eventTypeColor(EventType::Transaction, dark), 2.0));
    cartToPurchase->setPen(QPen(common::seriesColor(3, dark), 1.6, Qt::DashLine));
    double leftMax = 0.0, rightMax = 0.0;
    std::int64_t firstDay = 0, lastDay = 0;
    bool any = false;
    for (const FunnelRow& row : slices) {
        const std::optional<std::int64_t> day = dayOfKey(row.key, weekly);
        if (!day) continue;
        // A week is drawn at its middle (Thursday), so its point sits under its label span.
        const double x = static_cast<double>(*day) + (weekly ? 3.0 : 0.0);
        if (!any) firstDay = *day;
        lastDay = *day + (weekly ? 6 : 0);
        any = true;
        const FunnelCounts& c = row[unit];
        if (c.stage[0] > 0) {
            toCart->append(x, 100.0 * c.stepConversion(1));
            toPurchase->append(x, 100.0 * c.overallConversion());
            leftMax = std::max({leftMax, 100.0 * c.stepConversion(1), 100.0 * c.overallConversion()});
        }
        if (c.stage[1] > 0) {
            cartToPurchase->append(x, 100.0 * c.stepConversion(2));
            rightMax = std::max(rightMax, 100.0 * c.stepConversion(2));
        }
    }
    for (QLineSeries* s : {toCart, toPurchase, cartToPurchase}) chart->addSeries(s);
    QCategoryAxis* x = common::makeDayAxis(firstDay, lastDay,
                                           weekly ? QCoreApplication::translate("FunnelCharts", "ISO week (UTC)")
                                                  : QCoreApplication::translate("FunnelCharts", "Day (UTC)"));
    QValueAxis* left = percentAxis(QCoreApplication::translate("FunnelCharts", "From view, %"), leftMax);
    QValueAxis* right = percentAxis(QCoreApplication::translate("FunnelCharts", "Cart → purchase, %"), rightMax);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(left, Qt::AlignLeft);
    chart->addAxis(right, Qt::AlignRight);
    for (QLineSeries* s : {toCart, toPurchase, cartToPurchase}) {
        s->attachAxis(x);
        s->attachAxis(s == cartToPurchase ? right : left);
        s->setPointsVisible(weekly); // few weekly points: show them
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace vitrina::ui::funnel
