// The first start without a project asks once whether to open the demo dataset: "No" leaves the window
// empty and never asks again; "Yes" generates, imports and saves the demo project in the background.
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

#include "app/MainWindow.h"
#include "app/Services.h"

using namespace vitrina;
using namespace vitrina::ui;

class TestFirstStart : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;

    std::unique_ptr<app::Services> makeServices() const {
        return std::make_unique<app::Services>(
            std::make_unique<app::Settings>(dir_.filePath(QStringLiteral("settings.ini"))), QStringLiteral("en"));
    }

    /// Answers the welcome question as soon as it is shown; returns whether a question was seen.
    static void answerWelcome(QMessageBox::StandardButton answer, bool* seen) {
        QTimer::singleShot(50, [answer, seen] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box) return;
            *seen = box->windowTitle() == QStringLiteral("Welcome to Vitrina");
            box->button(answer)->click();
        });
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // the demo goes to a test data folder, never the user's
        QVERIFY(dir_.isValid());
    }

    void declineLeavesTheWindowEmptyAndIsRemembered() {
        auto services = makeServices();
        QVERIFY(!services->settings().demoOffered());
        app::MainWindow window(*services);
        window.show();
        bool seen = false;
        answerWelcome(QMessageBox::No, &seen);
        window.offerDemoOnFirstStart();
        QVERIFY(seen);
        QVERIFY(services->settings().demoOffered());
        QVERIFY(!services->controller().tracker().isRunning());
        QVERIFY(!services->session().hasDataset());
    }

    void acceptOpensTheDemoInTheBackground() {
        auto services = makeServices();
        app::MainWindow window(*services);
        window.show();
        QSignalSpy succeeded(&services->controller(), &session::ProjectController::succeeded);
        bool seen = false;
        answerWelcome(QMessageBox::Yes, &seen);
        window.offerDemoOnFirstStart();
        QVERIFY(seen);
        QVERIFY(services->controller().tracker().isRunning()); // a worker job, the window keeps running
        QVERIFY(succeeded.wait(120000));
        QVERIFY(services->session().hasDataset());
        QVERIFY(services->session().isSaved());
        QVERIFY(services->session().dataset()->events.size() > 10000);
    }
};

QTEST_MAIN(TestFirstStart)
#include "tst_first_start.moc"
