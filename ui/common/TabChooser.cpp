#include "common/TabChooser.h"

#include <QComboBox>
#include <QEvent>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>

namespace vitrina::ui::common {

TabChooser::TabChooser(QTabWidget* tabs, QComboBox* chooser) : QObject(tabs), tabs_(tabs), chooser_(chooser) {
    chooser_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    chooser_->hide();
    tabs_->installEventFilter(this);
    connect(tabs_, &QTabWidget::currentChanged, chooser_, &QComboBox::setCurrentIndex);
    connect(chooser_, &QComboBox::activated, tabs_, &QTabWidget::setCurrentIndex);
    sync();
}

bool TabChooser::eventFilter(QObject* watched, QEvent* event) {
    // qobject_cast fails on a tab widget being destroyed (its pages still send it events then).
    if (watched == tabs_ && qobject_cast<QTabWidget*>(watched)) {
        if (event->type() == QEvent::Resize) chooseBarOrList();
        // The page sets the new titles first (its change event runs before its children's); the font decides
        // the tabs' widths.
        else if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
            QTimer::singleShot(0, this, &TabChooser::sync);
    }
    return QObject::eventFilter(watched, event);
}

void TabChooser::sync() {
    const QSignalBlocker block(chooser_);
    chooser_->clear();
    for (int i = 0; i < tabs_->count(); ++i) chooser_->addItem(tabs_->tabIcon(i), tabs_->tabText(i).remove(u'&'));
    chooser_->setCurrentIndex(tabs_->currentIndex());
    chooseBarOrList();
}

void TabChooser::chooseBarOrList() {
    QTabBar* bar = tabs_->tabBar();
    // The bar's size hint is every tab at its full width, whether the bar shows now or not.
    const bool fits = bar->sizeHint().width() <= tabs_->width();
    bar->setVisible(fits);
    chooser_->setVisible(!fits);
}

} // namespace vitrina::ui::common
