#include "common/ColumnFit.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

namespace vitrina::ui::common {

ColumnFit::ColumnFit(QTableView* view, QToolButton* button) : QObject(view), view_(view), button_(button) {
    view_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view_->installEventFilter(this);
    menu_ = new QMenu(button_);
    connect(menu_, &QMenu::aboutToShow, this, &ColumnFit::fillMenu);
    button_->setMenu(menu_);
    button_->setPopupMode(QToolButton::InstantPopup);
    button_->setAutoRaise(true);
    button_->hide();
    retranslate();
}

bool ColumnFit::eventFilter(QObject* watched, QEvent* event) {
    // qobject_cast fails on a view being destroyed (its child widgets still send it events then).
    if (watched == view_ && qobject_cast<QTableView*>(watched)) {
        if (event->type() == QEvent::Resize) apply();
        else if (event->type() == QEvent::LanguageChange) retranslate();
    }
    return QObject::eventFilter(watched, event);
}

void ColumnFit::remeasure() {
    const QAbstractItemModel* model = view_->model();
    const int columns = model ? model->columnCount(view_->rootIndex()) : 0;
    if (columns != widths_.size()) unwanted_.clear(); // other columns: the user's choice no longer applies
    QHeaderView* header = view_->horizontalHeader();
    widths_.resize(columns);
    for (int c = 0; c < columns; ++c) {
        view_->setColumnHidden(c, false);
        if (header->sectionResizeMode(c) == QHeaderView::Interactive) view_->resizeColumnToContents(c);
        // Stretched sections fill whatever room there is: their natural width is their minimum.
        widths_[c] = header->sectionResizeMode(c) == QHeaderView::Stretch
                         ? std::max(header->minimumSectionSize(), header->sectionSizeHint(c))
                         : header->sectionSize(c);
    }
    apply();
}

void ColumnFit::apply() {
    if (applying_) return;
    applying_ = true;
    // Room for the vertical scroll bar whether or not it shows: hiding columns can change the rows' heights
    // (wrapped cells), and a width that depended on it could flip back and forth.
    const int available = view_->maximumViewportSize().width() -
                          view_->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, view_->verticalScrollBar());
    int used = 0;
    bool full = false;
    hiddenForWidth_ = 0;
    for (int c = 0; c < widths_.size(); ++c) {
        bool show = true;
        if (c > 0 && unwanted_.contains(c)) show = false;
        else if (c > 0) {
            show = !full && used + widths_[c] <= available;
            if (!show) {
                full = true; // keep the model's order: no later, narrower column jumps the queue
                ++hiddenForWidth_;
            }
        }
        if (show) used += widths_[c];
        if (view_->isColumnHidden(c) == show) view_->setColumnHidden(c, !show);
    }
    button_->setVisible(hiddenForWidth_ > 0 || !unwanted_.isEmpty());
    retranslate();
    applying_ = false;
    // Rows that fit their wrapped texts follow the columns' new widths (the header does not re-measure them
    // when stretched columns change width).
    QHeaderView* rows = view_->verticalHeader();
    if (view_->wordWrap() && rows->count() > 0 && rows->sectionResizeMode(0) == QHeaderView::ResizeToContents)
        QTimer::singleShot(0, view_, [rows] { rows->resizeSections(QHeaderView::ResizeToContents); });
}

QString ColumnFit::columnTitle(int column) const {
    return view_->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().replace(u'\n', u' ');
}

void ColumnFit::fillMenu() {
    menu_->clear();
    for (int c = 1; c < widths_.size(); ++c) {
        const bool wanted = !unwanted_.contains(c);
        QString text = columnTitle(c);
        if (wanted && view_->isColumnHidden(c)) text = tr("%1 (no room: uncheck another column)").arg(text);
        QAction* action = menu_->addAction(text);
        action->setCheckable(true);
        action->setChecked(wanted);
        connect(action, &QAction::toggled, this, [this, c](bool checked) {
            if (checked) unwanted_.remove(c);
            else unwanted_.insert(c);
            apply();
        });
    }
}

void ColumnFit::retranslate() {
    int shown = 0;
    for (int c = 0; c < widths_.size(); ++c) shown += view_->isColumnHidden(c) ? 0 : 1;
    button_->setText(tr("Columns: %1 of %2").arg(shown).arg(widths_.size()));
    button_->setToolTip(tr("Columns that do not fit the table's width are hidden rather than cut off. "
                           "Choose the columns to show, or widen the window."));
}

} // namespace vitrina::ui::common
