#include "common/ChartTextFit.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetrics>
#include <QLegend>
#include <QLegendMarker>
#include <QSet>
#include <QTextDocument>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace vitrina::ui::common {
namespace {

constexpr char kPlain[] = "vitrinaPlainText";   ///< the text as its owner set it
constexpr char kFitted[] = "vitrinaFittedText"; ///< the text as last fitted (to notice a later change by the owner)
constexpr char kPlainCategories[] = "vitrinaPlainCategories";
constexpr char kFittedCategories[] = "vitrinaFittedCategories";
constexpr char kLegendAlignment[] = "vitrinaLegendAlignment";
constexpr char kPlainEnds[] = "vitrinaPlainEnds";     ///< end values of a date axis' labels as set
constexpr char kPlainTicks[] = "vitrinaPlainTicks";   ///< a value axis' tick count as set
constexpr char kFittedTicks[] = "vitrinaFittedTicks";
constexpr char kTitleFont[] = "vitrinaTitleFont";   ///< an axis title's font as set (shrunk to fit when needed)
constexpr char kLabelsFont[] = "vitrinaLabelsFont"; ///< a category axis' label font as set
constexpr char kLegendFont[] = "vitrinaLegendFont"; ///< a legend's font as set
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

/// The text of `texts` that is widest in `metrics` (empty for none).
QString widestText(const QStringList& texts, const QFontMetrics& metrics) {
    QString widest;
    int width = -1;
    for (const QString& text : texts)
        if (const int w = metrics.horizontalAdvance(text); w > width) {
            width = w;
            widest = text;
        }
    return widest;
}

/// `base` made smaller, down to kMinFontScale of its size, so that `text` fits `width` on one line. (Qt Charts
/// cuts a multi-line axis title or category label by its one-line width, so a smaller font is the first
/// resort there; a line break only the last.)
constexpr double kMinFontScale = 0.7;
QFont shrunkToFit(const QFont& base, const QString& text, int width) {
    const int needed = QFontMetrics(base).horizontalAdvance(text);
    if (needed <= width || base.pointSizeF() <= 0) return base;
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * std::max(kMinFontScale, 0.97 * width / needed));
    return font;
}

/// The font `object` had as its owner set it (stored under `key`), unless the owner set another since the
/// last fit (then that one).
QFont plainFont(QObject* object, const char* key, const QFont& shown) {
    const QByteArray fittedKey = QByteArray(key) + "Fitted";
    if (object->property(fittedKey.constData()).value<QFont>() != shown || !object->property(key).isValid())
        object->setProperty(key, shown);
    return object->property(key).value<QFont>();
}

void setFittedFont(QObject* object, const char* key, const QFont& font) {
    const QByteArray fittedKey = QByteArray(key) + "Fitted";
    object->setProperty(fittedKey.constData(), font);
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
    const QFont base = plainFont(legend, kLegendFont, legend->font());
    const QFontMetrics metrics(base);
    // Marker square, its gaps and the space to the next entry; generous, since Qt Charts cuts a label that
    // gets a pixel less than it needs.
    const int perEntry = metrics.height() + 44;
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
    // Entries that do not fit side by side become a column beside the plot. (Wrapping them in place does not
    // work: Qt Charts cuts a bottom legend's label by the width of its text as one line, line breaks or not.)
    if (horizontal && total > available) alignment = Qt::AlignRight;
    if (!horizontal || alignment != wanted) lineWidth = std::max(longestWord, available * 30 / 100 - perEntry);
    if (legend->alignment() != alignment) legend->setAlignment(alignment);
    // In a column, a slightly smaller font first; line breaks only for what still does not fit.
    const QFont font = lineWidth > 0 ? shrunkToFit(base, widestText(plain, metrics), lineWidth) : base;
    setFittedFont(legend, kLegendFont, font);
    if (legend->font() != font) legend->setFont(font);
    for (qsizetype i = 0; i < markers.size(); ++i) {
        const QString text = lineWidth > 0 ? wrapToWidth(plain[i], font, lineWidth) : plain[i];
        if (markers[i]->label() != fitted(markers[i], text)) markers[i]->setLabel(text);
    }
}

/// Keeps every n-th label of a date axis (QCategoryAxis with labels on values) so that the labels do not
/// overlap or get cut ("05-...") in a narrow plot; all of them again when there is room.
void thinCategoryLabels(QCategoryAxis* axis, int plotWidth) {
    const QStringList shown = axis->categoriesLabels();
    if (axis->property(kFittedCategories).toStringList() != shown) {
        QVariantList ends;
        for (const QString& label : shown) ends << axis->endValue(label);
        axis->setProperty(kPlainCategories, shown);
        axis->setProperty(kPlainEnds, ends);
    }
    const QStringList plain = axis->property(kPlainCategories).toStringList();
    const QVariantList ends = axis->property(kPlainEnds).toList();
    if (plain.size() < 2 || plain.size() != ends.size()) return;
    const QFontMetrics metrics(axis->labelsFont());
    int widest = 0;
    for (const QString& label : plain) widest = std::max(widest, metrics.horizontalAdvance(label));
    const int fit = std::max(2, plotWidth / (widest + metrics.horizontalAdvance(QStringLiteral("00"))));
    const qsizetype every = (plain.size() + fit - 1) / fit;
    QStringList wanted;
    for (qsizetype i = 0; i < plain.size(); i += every) wanted << plain[i];
    if (wanted != shown) {
        for (const QString& label : shown) axis->remove(label);
        for (qsizetype i = 0; i < plain.size(); i += every) axis->append(plain[i], ends[i].toDouble());
    }
    axis->setProperty(kFittedCategories, axis->categoriesLabels());
}

/// Fewer ticks on a horizontal value axis whose labels would overlap in a narrow plot (as set again when wide).
void thinValueTicks(QValueAxis* axis, int plotWidth) {
    if (!axis->property(kPlainTicks).isValid() || axis->property(kFittedTicks).toInt() != axis->tickCount())
        axis->setProperty(kPlainTicks, axis->tickCount());
    const int plain = axis->property(kPlainTicks).toInt();
    const QFontMetrics metrics(axis->labelsFont());
    const int label = metrics.horizontalAdvance(QString::number(std::max(std::abs(axis->min()), std::abs(axis->max())), 'f', 3)) +
                      metrics.horizontalAdvance(QStringLiteral("00"));
    int ticks = std::clamp(plotWidth / std::max(1, label) + 1, 2, std::max(2, plain));
    // Only as many ticks as keep round steps (0, 0.25, 0.5 rather than 0, 0.167, ...).
    auto roundStep = [&](int count) {
        const double step = (axis->max() - axis->min()) / (count - 1);
        if (!(step > 0.0)) return true;
        const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
        for (const double nice : {1.0, 2.0, 2.5, 5.0, 10.0})
            if (std::abs(mantissa - nice) < 1e-6) return true;
        return false;
    };
    while (ticks > 2 && ticks < plain && !roundStep(ticks)) --ticks;
    if (axis->tickCount() != ticks) axis->setTickCount(ticks);
    axis->setProperty(kFittedTicks, ticks);
}

void fitAxes(QChart* chart, QSize viewSize) {
    // Horizontal bars put their category labels beside the plot: up to a third of the width.
    bool labelsBeside = false;
    for (QAbstractAxis* axis : chart->axes(Qt::Vertical)) labelsBeside = labelsBeside || qobject_cast<QBarCategoryAxis*>(axis);
    const int plotWidth = std::max(80, viewSize.width() - kChartMargins - kAxisLabelRoom -
                                           (chart->legend()->isVisible() && chart->legend()->alignment() == Qt::AlignRight
                                                ? viewSize.width() * 35 / 100 : 0) -
                                           (labelsBeside ? viewSize.width() * 30 / 100 : 0));
    // A rotated title of a vertical axis gets about the plot's height: the view less the title, the legend and
    // the horizontal axis' labels and title (a bottom legend of wrapped labels can take several lines).
    const int plotHeight = std::max(80, viewSize.height() * 50 / 100 - kChartMargins);
    for (QAbstractAxis* axis : chart->axes()) {
        if (axis->orientation() == Qt::Horizontal) {
            if (auto* dates = qobject_cast<QCategoryAxis*>(axis);
                dates && dates->labelsPosition() == QCategoryAxis::AxisLabelsPositionOnValue)
                thinCategoryLabels(dates, plotWidth);
            else if (auto* values = qobject_cast<QValueAxis*>(axis))
                thinValueTicks(values, plotWidth);
        }
        const bool horizontal = axis->orientation() == Qt::Horizontal;
        if (!axis->titleText().isEmpty() && axis->isTitleVisible()) {
            const QString plain = plainText(axis, axis->titleText());
            const int room = horizontal ? plotWidth : plotHeight;
            // A smaller font first; line breaks only for a title that still does not fit (Qt Charts cuts a
            // short wrapped title by its one-line width, a long one it lays out on its lines).
            const QFont font = shrunkToFit(plainFont(axis, kTitleFont, axis->titleFont()), plain, room);
            setFittedFont(axis, kTitleFont, font);
            if (axis->titleFont() != font) axis->setTitleFont(font);
            const QString text = wrapToWidth(plain, font, room);
            if (axis->titleText() != fitted(axis, text)) axis->setTitleText(text);
        }
        auto* categories = qobject_cast<QBarCategoryAxis*>(axis);
        if (!categories || categories->count() == 0 || categories->labelsAngle() != 0) continue;
        const QStringList shown = categories->categories();
        if (categories->property(kFittedCategories).toStringList() != shown) categories->setProperty(kPlainCategories, shown);
        const QStringList plain = categories->property(kPlainCategories).toStringList();
        if (plain.size() != shown.size()) continue;
        // Under the plot each label has its share of the width; beside it (horizontal bars) about a fifth of
        // the view (Qt Charts cuts longer labels there, whatever room the plot leaves).
        const int share = horizontal ? plotWidth / static_cast<int>(plain.size()) - 6 : viewSize.width() * 22 / 100;
        const QFont base = plainFont(categories, kLabelsFont, categories->labelsFont());
        const QFont font = shrunkToFit(base, widestText(plain, QFontMetrics(base)), share);
        setFittedFont(categories, kLabelsFont, font);
        if (categories->labelsFont() != font) categories->setLabelsFont(font);
        QStringList wanted;
        for (const QString& label : plain) wanted << wrapToWidth(label, font, share);
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
        // The title's room is the chart's background less its margins and rounded corners.
        const QString text = wrapToWidth(title, chart->titleFont(), std::max(100, viewSize.width() - 90));
        if (chart->title() != fitted(chart, text)) chart->setTitle(text);
    }
    fitLegend(chart, viewSize);
    fitAxes(chart, viewSize);
}

} // namespace vitrina::ui::common
