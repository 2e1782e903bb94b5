// The first start without a project asks once whether to open the demo dataset: "No" leaves the window
// empty and never asks again; "Yes" generates, imports and saves the demo project in the background. The demo's
// folder is <data>/Vitrina/demo (not Vitrina/Vitrina/demo). Opening the demo over an imported dataset that is not
// saved asks first (Save, Discard, Cancel).
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

#include "app/MainWindow.h"
#include "app/ProjectDialogs.h"
#include "app/Services.h"
#include "GuiTestWindow.h"
#include "session/ProjectController.h"

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

    // The app's organisation and application are both "Vitrina": the demo folder names it once.
    void demoFolderNamesTheApplicationOnce() {
        const QString organisation = QCoreApplication::organizationName(), application = QCoreApplication::applicationName();
        QCoreApplication::setOrganizationName(QStringLiteral("Vitrina"));
        QCoreApplication::setApplicationName(QStringLiteral("Vitrina"));
        const QString folder = QDir::fromNativeSeparators(session::ProjectController::defaultDemoFolder());
        QCoreApplication::setOrganizationName(organisation);
        QCoreApplication::setApplicationName(application);
        const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        QCOMPARE(folder, QDir(data).filePath(QStringLiteral("Vitrina/demo")));
        QVERIFY2(!folder.contains(QStringLiteral("Vitrina/Vitrina")), qPrintable(folder));
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

    // An imported dataset not saved in a project is not dropped silently: the question's answers are given
    // through ProjectDialogs' test hook. Cancel keeps it; Save stores it, then opens the demo; Discard opens the
    // demo at once. A saved project is replaced without a question. (Runs after the demo was generated above.)
    void openingTheDemoAsksAboutAnUnsavedImport() {
        auto services = makeServices();
        app::MainWindow window(*services);
        window.show();
        const QString generated = dir_.filePath(QStringLiteral("small"));
        const QString generationError = test::generateFolder(generated, 0.002);
        QVERIFY2(generationError.isEmpty(), qPrintable(generationError));
        const auto importSmall = [&] {
            services->controller().importPaths({generated});
            QTRY_VERIFY_WITH_TIMEOUT(!services->controller().tracker().isRunning(), 120000);
            QVERIFY(services->session().hasDataset());
            QVERIFY(!services->session().isSaved());
        };
        importSmall();
        if (QTest::currentTestFailed()) return;
        const auto imported = services->session().dataset();
        const QString demoProject = session::ProjectController::demoProjectPath(session::ProjectController::defaultDemoFolder());
        app::ProjectDialogs::TestAnswers answers;
        app::ProjectDialogs::setTestAnswers(&answers);
        const auto restoreDialogs = qScopeGuard([] { app::ProjectDialogs::setTestAnswers(nullptr); });

        answers.unsaved = app::ProjectDialogs::UnsavedAnswer::Cancel;
        window.openDemo();
        QCOMPARE(answers.unsavedAsked, 1);
        QVERIFY(!services->controller().tracker().isRunning());
        QCOMPARE(services->session().dataset(), imported);

        answers.unsaved = app::ProjectDialogs::UnsavedAnswer::Save;
        answers.projectToSave = dir_.filePath(QStringLiteral("imported.vitrina"));
        window.openDemo();
        QCOMPARE(answers.unsavedAsked, 2);
        QTRY_VERIFY_WITH_TIMEOUT(services->session().projectPath() == demoProject, 120000);
        QVERIFY(QFileInfo(answers.projectToSave).size() > 0);
        QVERIFY(services->settings().recentProjects().contains(QFileInfo(answers.projectToSave).absoluteFilePath()));

        window.openDemo(); // the demo is a saved project: no question
        QCOMPARE(answers.unsavedAsked, 2);
        QTRY_VERIFY_WITH_TIMEOUT(!services->controller().tracker().isRunning(), 120000);

        importSmall();
        if (QTest::currentTestFailed()) return;
        answers.unsaved = app::ProjectDialogs::UnsavedAnswer::Discard;
        window.openDemo();
        QCOMPARE(answers.unsavedAsked, 3);
        QVERIFY(services->controller().tracker().isRunning()); // the demo opens at once
        QTRY_VERIFY_WITH_TIMEOUT(services->session().projectPath() == demoProject, 120000);
    }
};

QTEST_MAIN(TestFirstStart)
#include "tst_first_start.moc"
