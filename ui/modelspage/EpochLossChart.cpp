#include "modelspage/EpochLossChart.h"

#include <QChart>
#include <QEvent>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

#include "common/ChartPanel.h"
#include "common/ChartStyle.h"
#include "common/ModelNames.h"

namespace vitrina::ui::modelspage {

EpochLossChart::EpochLossChart(QWidget* parent) : QWidget(parent) {
    panel_ = new common::ChartPanel(QStringLiteral("training-loss"), this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(panel_);
    // Tall enough for a title, a legend and a readable line; the result tabs below keep the rest.
    setMinimumHeight(220);
    setMaximumHeight(260);
    hide();
}

void EpochLossChart::reset(const std::vector<QString>& modelIds) {
    lines_.clear();
    for (const QString& id : modelIds) lines_.push_back({id, {}});
    hide();
    panel_->setChart(nullptr);
}

void EpochLossChart::addEpoch(std::size_t model, const models::EpochReport& epoch) {
    if (model >= lines_.size()) return;
    lines_[model].epochs.push_back(epoch);
    rebuild();
    show();
}

int EpochLossChart::pointCount() const {
    int points = 0;
    for (const Line& line : lines_) points += static_cast<int>(line.epochs.size());
    return points;
}

void EpochLossChart::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && isVisible()) rebuild();
}

void EpochLossChart::rebuild() {
    auto* chart = new QChart;
    chart->setTitle(tr("Training loss per epoch"));
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    int maxEpochs = 1;
    double low = std::numeric_limits<double>::infinity(), high = -low;
    const bool dark = common::isDarkPalette(palette());
    int colour = 0;
    std::vector<QLineSeries*> series;
    for (const Line& line : lines_) {
        if (line.epochs.empty()) continue;
        auto* s = new QLineSeries;
        s->setName(common::modelDisplayName(line.id));
        s->setColor(common::seriesColor(colour++, dark));
        s->setPointsVisible(true);
        for (const models::EpochReport& e : line.epochs) {
            s->append(e.epoch, e.loss);
            maxEpochs = std::max(maxEpochs, e.epochs);
            if (std::isfinite(e.loss)) {
                low = std::min(low, e.loss);
                high = std::max(high, e.loss);
            }
        }
        chart->addSeries(s);
        series.push_back(s);
    }
    auto* x = common::makeValueAxis(tr("Epoch"), true);
    x->setRange(1, std::max(maxEpochs, 2));
    x->setTickCount(std::min(std::max(maxEpochs, 2), 11));
    auto* y = common::makeValueAxis(tr("Mean training loss per example"), false);
    if (std::isfinite(low)) {
        const double pad = std::max((high - low) * 0.1, std::abs(high) * 0.02 + 1e-6);
        y->setRange(low - pad, high + pad);
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* s : series) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignRight);
    panel_->setChart(chart);
}

} // namespace vitrina::ui::modelspage
