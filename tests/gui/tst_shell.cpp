// The shell: registered pages appear in order (Data first, dataset pages hidden until data is open), the
// language switches at run time (every page retranslates), every page has its own icon, a status-bar error
// keeps apart from the project path, the presenter bar's status is readable, and charts follow a dark palette.
#include <QApplication>
#include <QChart>
#include <QLabel>
#include <QListWidget>
#include <QPalette>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

#include "app/MainWindow.h"
#include "app/Page.h"
#include "app/Services.h"
#include "common/ChartPanel.h"
#include "common/ChartStyle.h"
#include "common/ElidedLabel.h"
#include "demo/PresenterBar.h"
#include "session/ProjectController.h"
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

    void pagesHaveDistinctIcons() {
        QList<QImage> icons;
        for (const app::PageInfo& info : app::PageRegistry::all()) {
            const QIcon icon = window_->page(info.id)->icon();
            QVERIFY2(!icon.isNull(), qPrintable(info.id));
            const QImage image = icon.pixmap(QSize(20, 20)).toImage();
            QVERIFY2(!image.isNull(), qPrintable(info.id));
            QVERIFY2(!icons.contains(image), qPrintable(info.id + QStringLiteral(" looks like another page's icon")));
            icons << image;
        }
    }

    // A long error and the project path are two widgets with room between them; the error is elided (whole in
    // its tooltip) and the window keeps its width.
    void statusErrorStaysApartFromTheProjectPath() {
        const QSize size = window_->size();
        const QString missing = dir_.filePath(QString(240, u'x') + QStringLiteral(".vitrina"));
        services_->controller().openProject(missing);
        QTRY_VERIFY_WITH_TIMEOUT(!window_->statusMessage().isEmpty(), 30000);
        QVERIFY2(window_->statusMessage().contains(QStringLiteral("xxxx")), qPrintable(window_->statusMessage()));
        QCoreApplication::processEvents();
        const auto* message = window_->findChild<common::ElidedLabel*>(QStringLiteral("statusMessage"));
        const auto* path = window_->findChild<common::ElidedLabel*>(QStringLiteral("projectPath"));
        QVERIFY(message && path);
        QVERIFY(message->isVisible() && path->isVisible());
        QCOMPARE(path->text(), QStringLiteral("No dataset open"));
        const QRect messageBox(message->mapTo(window_.get(), QPoint()), message->size());
        const QRect pathBox(path->mapTo(window_.get(), QPoint()), path->size());
        QVERIFY2(messageBox.right() + 4 < pathBox.left(),
                 qPrintable(QStringLiteral("message ends at %1, path starts at %2").arg(messageBox.right()).arg(pathBox.left())));
        QVERIFY(message->fontMetrics().horizontalAdvance(message->shownText()) <= message->contentsRect().width());
        QVERIFY(message->fontMetrics().horizontalAdvance(path->shownText()) <= path->contentsRect().width());
        QVERIFY(message->shownText() != message->text()); // elided
        QCOMPARE(message->toolTip(), message->text());
        QCOMPARE(window_->size(), size);
        window_->clearStatusMessage();
    }

    // The presenter bar's "ready in" line is read on a projector: the bar's own text colour, not greyed out
    // (contrast ratio of WCAG 2, at least 4.5:1), and not smaller than the step's text.
    void presenterStatusIsReadable() {
        demo::PresenterBar bar;
        bar.setStep(0, 5, QStringLiteral("Title"), QStringLiteral("Notes"));
        bar.setReady(0.4);
        bar.show();
        const auto* status = bar.findChild<QLabel*>(QStringLiteral("tourStatus"));
        const auto* step = bar.findChild<QLabel*>(QStringLiteral("tourStep"));
        QVERIFY(status && step);
        QCOMPARE(status->text(), QStringLiteral("ready in 0.4 s"));
        const QPalette::ColorGroup group = status->isEnabled() ? QPalette::Active : QPalette::Disabled;
        const QColor text = status->palette().color(group, status->foregroundRole());
        const QColor background = bar.palette().color(QPalette::Active, bar.backgroundRole());
        const auto luminance = [](const QColor& c) {
            const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        const double lighter = std::max(luminance(text), luminance(background));
        const double darker = std::min(luminance(text), luminance(background));
        const double contrast = (lighter + 0.05) / (darker + 0.05);
        QVERIFY2(contrast >= 4.5, qPrintable(QStringLiteral("contrast %1:1").arg(contrast)));
        QVERIFY(QFontInfo(status->font()).pointSizeF() >= QFontInfo(step->font()).pointSizeF());
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
