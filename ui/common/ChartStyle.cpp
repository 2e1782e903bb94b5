#include "common/ChartStyle.h"

#include <QAbstractAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QFont>
#include <QLegend>
#include <QLocale>
#include <QLogValueAxis>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

#include "analytics/Calendar.h"

namespace vitrina::ui::common {

bool isDarkPalette(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

void styleChart(QChart* chart, const QPalette& palette) {
    if (!chart) return;
    const bool dark = isDarkPalette(palette);
    const QColor background = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(dark ? 60 : 40);
    QColor axisLine = text;
    axisLine.setAlpha(140);

    // Axis labels in the interface language ("0,25", "10 000" in Russian): Qt Charts applies the chart's locale
    // to printf-style label formats of the form "%.<precision><f|e|g|d>" only when numbers are localized.
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setBackgroundBrush(background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(std::max(10.0, QFont().pointSizeF() + 1.0));
    chart->setTitleFont(titleFont);
    chart->legend()->setLabelColor(text);
    chart->legend()->setBackgroundVisible(false);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsBrush(text);
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(axisLine);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
        axis->setShadesVisible(false);
        QFont axisTitle = axis->titleFont();
        axisTitle.setBold(false);
        axis->setTitleFont(axisTitle);
    }
}

QColor eventTypeColor(data::EventType type, bool dark) {
    // Blue / orange / green of the Tableau 10 palette, lightened for dark backgrounds.
    switch (type) {
    case data::EventType::View: return dark ? QColor(0x7f, 0xa9, 0xd6) : QColor(0x4c, 0x78, 0xa8);
    case data::EventType::AddToCart: return dark ? QColor(0xff, 0xa8, 0x4d) : QColor(0xf5, 0x85, 0x18);
    case data::EventType::Transaction: return dark ? QColor(0x7e, 0xc8, 0x74) : QColor(0x54, 0xa2, 0x4b);
    }
    return Qt::gray;
}

QColor seriesColor(int index, bool dark) {
    static constexpr std::array<QRgb, 8> kLight = {0x4c78a8, 0xf58518, 0x54a24b, 0xe45756,
                                                   0x72b7b2, 0xb279a2, 0xeeca3b, 0x9d755d};
    static constexpr std::array<QRgb, 8> kDark = {0x7fa9d6, 0xffa84d, 0x7ec874, 0xff8a89,
                                                  0x9fdcd7, 0xd9a3c9, 0xf5dc6e, 0xc9a08c};
    const auto& colours = dark ? kDark : kLight;
    return QColor::fromRgb(colours[static_cast<std::size_t>(std::abs(index)) % colours.size()]);
}

QValueAxis* makeValueAxis(const QString& title, bool integers) {
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(integers ? QStringLiteral("%.0f") : QStringLiteral("%.2f"));
    return axis;
}

QLogValueAxis* makeLogAxis(const QString& title) {
    auto* axis = new QLogValueAxis;
    axis->setBase(10.0);
    axis->setTitleText(title);
    axis->setLabelFormat(QStringLiteral("%.0f")); // "1000000", not "1e+06"
    axis->setMinorTickCount(-1); // minor ticks at 2..9 x 10^k show that the scale is logarithmic
    return axis;
}

QCategoryAxis* makeDayAxis(std::int64_t firstDay, std::int64_t lastDay, const QString& title, int maxLabels) {
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const std::int64_t span = std::max<std::int64_t>(lastDay - firstDay, 1);
    // Within one year the labels are "MM-DD" and the year goes into the title: full ISO dates do not fit
    // under a chart half a window wide and Qt Charts would cut them to "2015-0…".
    const std::string firstIso = analytics::formatDay(firstDay);
    const bool oneYear = firstIso.substr(0, 4) == analytics::formatDay(firstDay + span).substr(0, 4);
    axis->setTitleText(oneYear ? title + QStringLiteral(", ") + QString::fromStdString(firstIso.substr(0, 4)) : title);
    axis->setRange(static_cast<double>(firstDay), static_cast<double>(firstDay + span));
    // Step: whole weeks when the span is long, starting on a Monday, so the labels are ISO week starts.
    std::int64_t step = std::max<std::int64_t>(1, (span + maxLabels - 1) / std::max(1, maxLabels));
    std::int64_t start = firstDay;
    if (step >= 7) {
        step = (step + 6) / 7 * 7;
        start = analytics::isoWeekMonday(firstDay);
        if (start < firstDay) start += 7;
    }
    for (std::int64_t day = start; day <= firstDay + span; day += step)
    {
        const std::string iso = analytics::formatDay(day);
        axis->append(QString::fromStdString(oneYear ? iso.substr(5) : iso), static_cast<double>(day));
    }
    axis->setStartValue(static_cast<double>(firstDay));
    return axis;
}

double niceCeiling(double value) {
    if (!(value > 0.0)) return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (factor * magnitude >= value * (1.0 - 1e-12)) return factor * magnitude;
    return 10.0 * magnitude;
}

} // namespace vitrina::ui::common
