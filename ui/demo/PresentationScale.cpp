#include "demo/PresentationScale.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QVariant>
#include <QWidget>

#include <algorithm>
#include <functional>

namespace vitrina::ui::demo {
namespace {

// Properties kept on a chart's axes and legend while they are scaled.
constexpr const char* kFactorKey = "vitrinaPresentationFactor";
constexpr const char* kLabelsKey = "vitrinaPresentationLabelsPt";
constexpr const char* kTitleKey = "vitrinaPresentationTitlePt";

QFont resized(QFont font, double points) {
    if (points > 0) font.setPointSizeF(points);
    return font;
}

/// Charts get half the enlargement: their plot areas do not grow with the text, and Qt Charts elides axis
/// labels ("...") that do not fit, which the full factor caused on the Data page at 1280 x 820.
double chartFactor(double factor) { return 1.0 + (factor - 1.0) * 0.5; }

double pointsOf(const QFont& font) { return font.pointSizeF() > 0 ? font.pointSizeF() : QFont().pointSizeF(); }

/// Scales (factor > 0) or restores (factor == 0) the fonts of one object with labels and a title, keeping the
/// originals in properties of that object. `labels`/`title` read and write the two fonts.
void scaleObject(QObject* object, double factor, const std::function<QFont()>& getLabels,
                 const std::function<void(const QFont&)>& setLabels, const std::function<QFont()>& getTitle,
                 const std::function<void(const QFont&)>& setTitle) {
    const QVariant applied = object->property(kFactorKey);
    if (factor > 0) {
        if (applied.isValid() && applied.toDouble() == factor) return;
        if (!applied.isValid()) { // first time: remember the theme's sizes
            object->setProperty(kLabelsKey, pointsOf(getLabels()));
            if (getTitle) object->setProperty(kTitleKey, pointsOf(getTitle()));
        }
        object->setProperty(kFactorKey, factor);
        setLabels(resized(getLabels(), object->property(kLabelsKey).toDouble() * factor));
        if (getTitle) setTitle(resized(getTitle(), object->property(kTitleKey).toDouble() * factor));
        return;
    }
    if (!applied.isValid()) return;
    setLabels(resized(getLabels(), object->property(kLabelsKey).toDouble()));
    if (getTitle) setTitle(resized(getTitle(), object->property(kTitleKey).toDouble()));
    object->setProperty(kFactorKey, QVariant());
    object->setProperty(kLabelsKey, QVariant());
    object->setProperty(kTitleKey, QVariant());
}

/// factor 0 = restore.
void scaleCharts(QWidget* root, double factor) {
    if (!root) return;
    for (QChartView* view : root->findChildren<QChartView*>()) {
        QChart* chart = view->chart();
        if (!chart) continue;
        // The chart title follows the application font as ChartStyle::styleChart sets it.
        QFont title = chart->titleFont();
        title.setPointSizeF(std::max(10.0, QApplication::font().pointSizeF() + 1.0));
        if (chart->titleFont() != title) chart->setTitleFont(title);
        for (QAbstractAxis* axis : chart->axes())
            scaleObject(
                axis, factor, [axis] { return axis->labelsFont(); }, [axis](const QFont& f) { axis->setLabelsFont(f); },
                [axis] { return axis->titleFont(); }, [axis](const QFont& f) { axis->setTitleFont(f); });
        QLegend* legend = chart->legend();
        scaleObject(
            legend, factor, [legend] { return legend->font(); }, [legend](const QFont& f) { legend->setFont(f); },
            {}, {});
    }
}

} // namespace

PresentationScale::~PresentationScale() {
    if (active_) QApplication::setFont(original_);
}

void PresentationScale::apply(double factor, QWidget* root) {
    if (!active_) original_ = QApplication::font();
    active_ = true;
    factor_ = std::clamp(factor, kMinFactor, kMaxFactor);
    QFont scaled = original_;
    scaled.setPointSizeF(pointsOf(original_) * factor_);
    QApplication::setFont(scaled);
    scaleCharts(root, chartFactor(factor_));
}

void PresentationScale::refreshCharts(QWidget* root) const {
    if (active_) scaleCharts(root, chartFactor(factor_));
}

void PresentationScale::restore(QWidget* root) {
    if (!active_) return;
    active_ = false;
    factor_ = 1.0;
    QApplication::setFont(original_);
    scaleCharts(root, 0.0);
}

} // namespace vitrina::ui::demo
