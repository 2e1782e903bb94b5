#include "common/VerticalScroll.h"

#include <QScrollArea>

namespace vitrina::ui::common {

QScrollArea* verticalScroll(QWidget* content, QWidget* parent) {
    auto* area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}

} // namespace vitrina::ui::common
