#include "common/VerticalScroll.h"

#include <QEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>

namespace vitrina::ui::common {
namespace {

/// Keeps a scroll area at least as wide as its content's minimum plus the vertical scroll bar, whenever the
/// content's layout changes (new texts, language, text size): the content is never squeezed below its minimum
/// width, which would cut its texts or overlap its rows.
class ContentWidthFollower : public QObject {
public:
    explicit ContentWidthFollower(QScrollArea* area) : QObject(area), area_(area) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == area_->widget() && (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show))
            fit();
        return QObject::eventFilter(watched, event);
    }

private:
    void fit() {
        const int bar = area_->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, area_->verticalScrollBar());
        const int needed = area_->widget()->minimumSizeHint().width() + bar + 2 * area_->frameWidth();
        if (area_->minimumWidth() != needed) area_->setMinimumWidth(needed);
    }

    QScrollArea* area_;
};

} // namespace

QScrollArea* verticalScroll(QWidget* content, QWidget* parent) {
    auto* area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    content->installEventFilter(new ContentWidthFollower(area));
    return area;
}

} // namespace vitrina::ui::common
