// The helpers that keep a narrow window from cutting text: ColumnFit (whole columns or none, a chooser for the
// rest), TabChooser (a drop-down instead of a tab bar that does not fit) and verticalScroll (scrolls down, never
// sideways, and is never narrower than its content's minimum).
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

#include "common/ColumnFit.h"
#include "common/TabChooser.h"
#include "common/VerticalScroll.h"

using namespace vitrina::ui;

namespace {

int shownColumns(const QTableView& view) {
    int shown = 0;
    for (int c = 0; c < view.model()->columnCount(); ++c) shown += view.isColumnHidden(c) ? 0 : 1;
    return shown;
}

} // namespace

class TestFitting : public QObject {
    Q_OBJECT

private slots:
    void columnsThatDoNotFitAreHiddenNotCut() {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* button = new QToolButton(&window);
        auto* view = new QTableView(&window);
        QStandardItemModel model(3, 10);
        for (int c = 0; c < 10; ++c) {
            model.setHeaderData(c, Qt::Horizontal, QStringLiteral("Column number %1").arg(c));
            for (int r = 0; r < 3; ++r) model.setItem(r, c, new QStandardItem(QStringLiteral("value %1.%2").arg(r).arg(c)));
        }
        view->setModel(&model);
        layout->addWidget(button);
        layout->addWidget(view);
        auto* fit = new common::ColumnFit(view, button);
        window.resize(400, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        fit->remeasure();
        QApplication::processEvents();

        // Narrow: a prefix of whole columns, the name column always, nothing to scroll, the chooser says so.
        const int narrow = shownColumns(*view);
        QVERIFY2(narrow >= 1 && narrow < 10, qPrintable(QString::number(narrow)));
        QVERIFY(!view->isColumnHidden(0));
        for (int c = 1; c < narrow; ++c) QVERIFY(!view->isColumnHidden(c));
        QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
        QVERIFY(button->isVisible());
        QCOMPARE(fit->hiddenForWidth(), 10 - narrow);
        QCOMPARE(button->text(), QStringLiteral("Columns: %1 of 10").arg(narrow));
        int used = 0;
        for (int c = 0; c < 10; ++c) used += view->isColumnHidden(c) ? 0 : view->columnWidth(c);
        QVERIFY(used <= view->viewport()->width());

        // Unchecking a shown column makes room for the next one; the model keeps every column.
        QMenu* menu = button->menu();
        QVERIFY(menu);
        QMetaObject::invokeMethod(menu, "aboutToShow");
        const QList<QAction*> actions = menu->actions();
        QCOMPARE(actions.size(), 9); // every column but the first
        actions[0]->setChecked(false); // column 1
        QVERIFY(view->isColumnHidden(1));
        QVERIFY(!view->isColumnHidden(narrow));
        QCOMPARE(model.columnCount(), 10);

        // Wide enough: every wanted column, the unchecked one still hidden; checked again, the chooser goes.
        window.resize(2400, 300);
        QApplication::processEvents();
        QCOMPARE(shownColumns(*view), 9);
        QCOMPARE(fit->hiddenForWidth(), 0);
        QMetaObject::invokeMethod(menu, "aboutToShow");
        menu->actions()[0]->setChecked(true);
        QCOMPARE(shownColumns(*view), 10);
        QVERIFY(!button->isVisible());
    }

    void tabsThatDoNotFitBecomeADropDown() {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* list = new QComboBox(&window);
        auto* tabs = new QTabWidget(&window);
        for (int t = 0; t < 8; ++t) tabs->addTab(new QLabel(QStringLiteral("page %1").arg(t)), QStringLiteral("A long tab title %1").arg(t));
        layout->addWidget(list);
        layout->addWidget(tabs);
        auto* chooser = new common::TabChooser(tabs, list);
        window.resize(300, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::processEvents();

        QVERIFY(!tabs->tabBar()->isVisible());
        QVERIFY(list->isVisible());
        QCOMPARE(list->count(), 8);
        QCOMPARE(list->itemText(3), QStringLiteral("A long tab title 3"));
        list->setCurrentIndex(3);
        emit list->activated(3);
        QCOMPARE(tabs->currentIndex(), 3);
        tabs->setCurrentIndex(5);
        QCOMPARE(list->currentIndex(), 5);

        // New titles reach the list; a wide window brings the tab bar back.
        tabs->setTabText(5, QStringLiteral("Renamed"));
        chooser->sync();
        QCOMPARE(list->itemText(5), QStringLiteral("Renamed"));
        window.resize(2400, 200);
        QApplication::processEvents();
        QVERIFY(tabs->tabBar()->isVisible());
        QVERIFY(!list->isVisible());
    }

    void scrollPaneNeverNarrowerThanItsContent() {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* content = new QWidget;
        auto* contentLayout = new QVBoxLayout(content);
        auto* wide = new QLabel(QStringLiteral("A label that cannot wrap and needs its whole width on one line"), content);
        contentLayout->addWidget(wide);
        for (int i = 0; i < 30; ++i) contentLayout->addWidget(new QLabel(QStringLiteral("line %1").arg(i), content));
        QScrollArea* area = common::verticalScroll(content, &window);
        layout->addWidget(area);
        window.resize(200, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::processEvents();

        QVERIFY(area->minimumWidth() >= content->minimumSizeHint().width());
        QCOMPARE(area->horizontalScrollBar()->maximum(), 0);
        QVERIFY(area->verticalScrollBar()->maximum() > 0); // too short: it scrolls down
        // A longer text: the pane follows.
        wide->setText(wide->text() + QStringLiteral(", and now even a little longer than before"));
        QApplication::processEvents();
        QVERIFY(area->minimumWidth() >= content->minimumSizeHint().width());
    }
};

QTEST_MAIN(TestFitting)
#include "tst_fitting.moc"
