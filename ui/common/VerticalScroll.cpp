#include "common/VerticalScroll.h"

#include <QEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>

namespace vitrina::ui::common {
namespace {

/// Keeps a scroll area at least as wide as its content's minimum plus the vertical scroll bar, whenever the
/// content's layout changes (new texts, language, text size): the content is never squeezed below its minimum
/// width, which would cut its texts or overlap its rows. It belongs to the content and finds the area through
/// the content's parents, so that nothing reaches an area that is being destroyed (its child widgets still get
/// events then).
class ContentWidthFollower : public QObject {
public:
    explicit ContentWidthFollower(QWidget* content) : QObject(content), content_(content) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == content_ && (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show)) fit();
        return QObject::eventFilter(watched, event);
    }

private:
    void fit() {
        QWidget* viewport = content_->parentWidget();
        auto* area = viewport ? qobject_cast<QScrollArea*>(viewport->parentWidget()) : nullptr;
        if (!area || area->widget() != content_) return;
        const int bar = area->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, area->verticalScrollBar());
        const int needed = content_->minimumSizeHint().width() + bar + 2 * area->frameWidth();
        if (area->minimumWidth() != needed) area->setMinimumWidth(needed);
    }

    QWidget* content_;
};

} // namespace

QScrollArea* verticalScroll(QWidget* content, QWidget* parent) {
    auto* area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    content->installEventFilter(new ContentWidthFollower(content));
    return area;
}

} // namespace vitrina::ui::common
