#include "common/ChartTextFit.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QChart>
#include <QFontMetrics>
#include <QLegend>
#include <QLegendMarker>
#include <QSet>
#include <QTextDocument>

#include <algorithm>

namespace vitrina::ui::common {
namespace {

constexpr char kPlain[] = "vitrinaPlainText";   ///< the text as its owner set it
constexpr char kFitted[] = "vitrinaFittedText"; ///< the text as last fitted (to notice a later change by the owner)
constexpr char kPlainCategories[] = "vitrinaPlainCategories";
constexpr char kFittedCategories[] = "vitrinaFittedCategories";
constexpr char kLegendAlignment[] = "vitrinaLegendAlignment";
/// What Qt Charts adds around the plot: axis labels, margins (pixels, approximately; the wrap has slack).
constexpr int kChartMargins = 48;
constexpr int kAxisLabelRoom = 70;

/// The text `object` shows as its owner set it: the stored one, unless the owner set another since the last fit.
QString plainText(QObject* object, const QString& shown) {
    const QVariant fitted = object->property(kFitted);
    if (!fitted.isValid() || fitted.toString() != shown) object->setProperty(kPlain, shown);
    return object->property(kPlain).toString();
}

/// Records `text` as the fitted text of `object` and returns it.
QString fitted(QObject* object, const QString& text) {
    object->setProperty(kFitted, text);
    return text;
}

int widestWord(const QString& text, const QFontMetrics& metrics) {
    int widest = 0;
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts)) widest = std::max(widest, metrics.horizontalAdvance(word));
    return widest;
}

void fitLegend(QChart* chart, QSize viewSize) {
    QLegend* legend = chart->legend();
    if (!legend || !legend->isVisible()) return;
    if (!legend->property(kLegendAlignment).isValid())
        legend->setProperty(kLegendAlignment, static_cast<int>(legend->alignment()));
    const auto wanted = static_cast<Qt::Alignment>(legend->property(kLegendAlignment).toInt());
    QList<QLegendMarker*> markers;
    for (QLegendMarker* marker : legend->markers())
        if (marker->isVisible()) markers << marker;
    if (markers.isEmpty()) return;
    const QFontMetrics metrics(legend->font());
    const int perEntry = metrics.height() + 28; // marker square, its gap and the space to the next entry
    const int available = std::max(100, viewSize.width() - kChartMargins);
    QStringList plain;
    int total = 0, longestWord = 0;
    for (QLegendMarker* marker : markers) {
        plain << plainText(marker, marker->label());
        total += metrics.horizontalAdvance(plain.back()) + perEntry;
        longestWord = std::max(longestWord, widestWord(plain.back(), metrics));
    }
    const bool horizontal = wanted & (Qt::AlignTop | Qt::AlignBottom);
    int lineWidth = 0; // 0: labels as they are
    Qt::Alignment alignment = wanted;
    if (horizontal && total > available) {
        const int share = available / static_cast<int>(markers.size()) - perEntry;
        if (share >= longestWord) lineWidth = share;
        else alignment = Qt::AlignRight; // too many entries side by side: a column beside the plot
    }
    if (!horizontal || alignment != wanted) lineWidth = std::max(longestWord, available * 35 / 100 - perEntry);
    if (legend->alignment() != alignment) legend->setAlignment(alignment);
    for (qsizetype i = 0; i < markers.size(); ++i) {
        const QString text = lineWidth > 0 ? wrapToWidth(plain[i], legend->font(), lineWidth) : plain[i];
        if (markers[i]->label() != fitted(markers[i], text)) markers[i]->setLabel(text);
    }
}

void fitAxes(QChart* chart, QSize viewSize) {
    const int plotWidth = std::max(80, viewSize.width() - kChartMargins - kAxisLabelRoom -
                                           (chart->legend()->isVisible() && chart->legend()->alignment() == Qt::AlignRight
                                                ? viewSize.width() * 35 / 100 : 0));
    // A rotated title of a vertical axis gets about the plot's height: the view less the title, the legend and
    // the horizontal axis' labels and title.
    const int plotHeight = std::max(80, viewSize.height() - kChartMargins - 3 * kAxisLabelRoom);
    for (QAbstractAxis* axis : chart->axes()) {
        const bool horizontal = axis->orientation() == Qt::Horizontal;
        if (!axis->titleText().isEmpty() && axis->isTitleVisible()) {
            const QString plain = plainText(axis, axis->titleText());
            const QString text = wrapToWidth(plain, axis->titleFont(), horizontal ? plotWidth : plotHeight);
            if (axis->titleText() != fitted(axis, text)) axis->setTitleText(text);
        }
        auto* categories = qobject_cast<QBarCategoryAxis*>(axis);
        if (!categories || categories->count() == 0 || categories->labelsAngle() != 0) continue;
        const QStringList shown = categories->categories();
        if (categories->property(kFittedCategories).toStringList() != shown) categories->setProperty(kPlainCategories, shown);
        const QStringList plain = categories->property(kPlainCategories).toStringList();
        if (plain.size() != shown.size()) continue;
        // Under the plot each label has its share of the width; beside it (horizontal bars) at most a third of it.
        const int share = horizontal ? plotWidth / static_cast<int>(plain.size()) - 6 : viewSize.width() * 30 / 100;
        QStringList wanted;
        for (const QString& label : plain) wanted << wrapToWidth(label, categories->labelsFont(), share);
        if (wanted.size() != QSet<QString>(wanted.begin(), wanted.end()).size()) continue; // categories must stay distinct
        for (qsizetype i = 0; i < shown.size(); ++i)
            if (shown[i] != wanted[i]) categories->replace(shown[i], wanted[i]);
        categories->setProperty(kFittedCategories, categories->categories());
    }
}

} // namespace

QString wrapToWidth(const QString& text, const QFont& font, int width) {
    if (text.isEmpty() || Qt::mightBeRichText(text)) return text;
    const QFontMetrics metrics(font);
    if (metrics.horizontalAdvance(text) <= width) return text;
    QStringList lines;
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && metrics.horizontalAdvance(lines.back() + u' ' + word) <= width)
            lines.back() += u' ' + word;
        else
            lines << word;
    }
    if (lines.size() < 2) return text;
    for (QString& line : lines) line = line.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

void fitChartTexts(QChart* chart, QSize viewSize) {
    if (!chart || viewSize.isEmpty()) return;
    const QString title = plainText(chart, chart->title());
    if (!title.isEmpty()) {
        const QString text = wrapToWidth(title, chart->titleFont(), std::max(100, viewSize.width() - 40));
        if (chart->title() != fitted(chart, text)) chart->setTitle(text);
    }
    fitLegend(chart, viewSize);
    fitAxes(chart, viewSize);
}

} // namespace vitrina::ui::common
