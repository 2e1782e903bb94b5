// The shell: registered pages appear in order (Data first, dataset pages hidden until data is open), the
// language switches at run time (every page retranslates), and charts follow a dark palette.
#include <QApplication>
#include <QChart>
#include <QListWidget>
#include <QPalette>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "app/MainWindow.h"
#include "app/Page.h"
#include "app/Services.h"
#include "common/ChartPanel.h"
#include "common/ChartStyle.h"
#include "GuiTestWindow.h"

using namespace vitrina;
using namespace vitrina::ui;

class TestShell : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::unique_ptr<app::Services> services_;
    std::unique_ptr<app::MainWindow> window_;

    QString navText(int row) const { return window_->findChild<QListWidget*>(QStringLiteral("navigation"))->item(row)->text(); }

private slots:
    void initTestCase() {
        auto gui = test::openWindow(dir_, QSize());
        services_ = std::move(gui.services);
        window_ = std::move(gui.window);
    }

    void cleanupTestCase() {
        window_.reset();
        services_.reset();
    }

    void pagesRegisterThemselves() {
        QStringList ids;
        for (const app::PageInfo& info : app::PageRegistry::all()) ids << info.id;
        QVERIFY(ids.size() >= 2);
        QCOMPARE(ids.at(0), QStringLiteral("data"));
        QCOMPARE(ids.at(1), QStringLiteral("funnel"));
        QVERIFY(window_->page(QStringLiteral("funnel")));
        QCOMPARE(window_->visiblePageIds(), QStringList{QStringLiteral("data")});
        window_->showPage(QStringLiteral("funnel")); // hidden: ignored
        QCOMPARE(window_->currentPageId(), QStringLiteral("data"));
    }

    void languageSwitchesAtRunTime() {
        QCOMPARE(navText(0), QStringLiteral("Data"));
        services_->settings().setLanguage(QStringLiteral("ru"));
        QCOMPARE(services_->language().language(), QStringLiteral("ru"));
        QCOMPARE(navText(0), QStringLiteral("Данные"));
        QCOMPARE(navText(1), QStringLiteral("Воронка"));
        // A page's own widgets retranslate too.
        bool russianButton = false;
        for (auto* button : window_->page(QStringLiteral("data"))->findChildren<QPushButton*>())
            russianButton = russianButton || button->text() == QStringLiteral("Открыть демо-набор");
        QVERIFY(russianButton);
        QCOMPARE(QLocale().language(), QLocale::Russian); // numbers follow the language
        services_->settings().setLanguage(QStringLiteral("en"));
        QCOMPARE(navText(0), QStringLiteral("Data"));
        QCOMPARE(QLocale().language(), QLocale::English);
    }

    void chartsFollowADarkPalette() {
        common::ChartPanel panel(QStringLiteral("x"));
        panel.setChart(new QChart);
        const QPalette light = QApplication::palette();
        QVERIFY(!common::isDarkPalette(light));
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        QApplication::setPalette(dark);
        QCoreApplication::processEvents();
        QVERIFY(common::isDarkPalette(panel.palette()));
        QCOMPARE(panel.chart()->backgroundBrush().color(), QColor(0x18, 0x18, 0x18));
        QCOMPARE(panel.chart()->titleBrush().color(), QColor(0xee, 0xee, 0xee));
        QApplication::setPalette(light);
        QCoreApplication::processEvents();
        QCOMPARE(panel.chart()->backgroundBrush().color(), light.color(QPalette::Base));
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
