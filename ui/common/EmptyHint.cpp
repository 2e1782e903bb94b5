#include "common/EmptyHint.h"

#include <QEvent>

namespace vitrina::ui::common {

EmptyHint::EmptyHint(QWidget* area) : QLabel(area) {
    setObjectName(QStringLiteral("emptyHint"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setForegroundRole(QPalette::PlaceholderText);
    setMargin(12);
    setGeometry(area->rect());
    area->installEventFilter(this);
    hide();
}

void EmptyHint::setHint(const QString& text, bool empty) {
    setText(text);
    setVisible(empty && !text.isEmpty());
    if (isVisible()) raise();
}

bool EmptyHint::eventFilter(QObject* watched, QEvent* event) {
    if (watched == parent() && event->type() == QEvent::Resize) setGeometry(parentWidget()->rect());
    return QLabel::eventFilter(watched, event);
}

} // namespace vitrina::ui::common
