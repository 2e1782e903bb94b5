#include "common/ElidedLabel.h"

#include <QPainter>
#include <QStyle>

namespace vitrina::ui::common {

namespace {
constexpr int kMinimumChars = 6; // "Imp…" still hints at what the text is
}

ElidedLabel::ElidedLabel(Qt::TextElideMode mode, QWidget* parent) : QFrame(parent), mode_(mode) {
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void ElidedLabel::setText(const QString& text) {
    if (text == text_) return;
    text_ = text;
    if (reservedWidth_ <= 0) updateGeometry();
    updateToolTip();
    update();
}

QString ElidedLabel::shownText() const {
    return fontMetrics().elidedText(text_, mode_, contentsRect().width());
}

void ElidedLabel::setReservedWidth(int width) {
    reservedWidth_ = width;
    updateGeometry();
}

QSize ElidedLabel::sizeHint() const {
    const QMargins m = contentsMargins();
    const int width = reservedWidth_ > 0 ? reservedWidth_ : fontMetrics().horizontalAdvance(text_) + m.left() + m.right();
    return {width, fontMetrics().height() + m.top() + m.bottom()};
}

QSize ElidedLabel::minimumSizeHint() const {
    const QMargins m = contentsMargins();
    return {fontMetrics().averageCharWidth() * kMinimumChars + m.left() + m.right(),
            fontMetrics().height() + m.top() + m.bottom()};
}

void ElidedLabel::paintEvent(QPaintEvent* event) {
    QFrame::paintEvent(event);
    QPainter painter(this);
    style()->drawItemText(&painter, contentsRect(), Qt::AlignLeft | Qt::AlignVCenter, palette(), isEnabled(),
                          shownText(), foregroundRole());
}

void ElidedLabel::resizeEvent(QResizeEvent* event) {
    QFrame::resizeEvent(event);
    updateToolTip();
}

void ElidedLabel::updateToolTip() { setToolTip(shownText() == text_ ? QString() : text_); }

} // namespace vitrina::ui::common
