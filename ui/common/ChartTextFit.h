#pragma once
// Fits a chart's texts to the room its view has. Qt Charts never wraps: a title, legend label, axis title or
// category label that is too long is cut to "Popul..." (and a committee reads "Попул..." on the projector).
// A text too long for its room gets a smaller font (down to 70 %), then line breaks at spaces (all of them
// accept rich text); a horizontal legend with more entries than fit side by side moves to the right of the
// plot, one entry per line; date axes and value axes keep every n-th label so that none overlap. The texts as set are kept in the objects' properties, so fitting again at another size (or in another
// language, after the chart was rebuilt) starts from them.
#include <QSize>
#include <QString>

class QChart;
class QFont;

namespace vitrina::ui::common {

/// `text` with `<br>` between words wherever the next word would not fit into `width` pixels in `font`; the
/// text itself when it fits or is rich text already. Words longer than `width` stay whole.
QString wrapToWidth(const QString& text, const QFont& font, int width);

/// Fits the title, legend labels, axis titles and bar-category labels of `chart` to a view of `viewSize`.
void fitChartTexts(QChart* chart, QSize viewSize);

} // namespace vitrina::ui::common
