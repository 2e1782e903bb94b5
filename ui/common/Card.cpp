#include "common/Card.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace vitrina::ui::common {

Card::Card(QWidget* parent) : QFrame(parent) {
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    caption_ = new QLabel(this);
    value_ = new QLabel(this);
    detail_ = new QLabel(this);
    QFont big = value_->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    value_->setFont(big);
    value_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value_->setWordWrap(true); // "active (10+ events)" on two lines rather than a window wider than the screen
    detail_->setWordWrap(true);
    caption_->setWordWrap(true);
    applyMutedColours();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(caption_);
    layout->addWidget(value_);
    layout->addWidget(detail_);
    layout->addStretch(1);
}

void Card::changeEvent(QEvent* event) {
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyMutedColours();
}

void Card::applyMutedColours() {
    // Caption and detail in the palette's placeholder colour, recomputed when the theme changes. The
    // constructor's setBackgroundRole() sends a PaletteChange before the labels exist.
    if (!caption_ || !detail_) return;
    QPalette muted = palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    caption_->setPalette(muted);
    detail_->setPalette(muted);
}

void Card::setCaption(const QString& caption) { caption_->setText(caption); }

void Card::setValue(const QString& value) { value_->setText(value); }

void Card::setDetail(const QString& detail) {
    detail_->setText(detail);
    detail_->setVisible(!detail.isEmpty());
}

QString Card::value() const { return value_->text(); }

} // namespace vitrina::ui::common
