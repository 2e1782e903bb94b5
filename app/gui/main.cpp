// vitrina: the desktop application. Thin on purpose: everything lives in vitrina_ui.
//   vitrina                      reopen the last project (the first start offers the demo dataset)
//   vitrina --demo               open the bundled demo dataset (generated into the app data folder once)
//   vitrina <project.vitrina>    open a project; a folder or CSV files are imported instead
//   vitrina --lang ru|en         override the language setting for this run
//   vitrina --demo --screenshots DIR   save PNGs of every page and of every step of the defence demo
//                                      (tour-NN-<step>-<lang>.png) in both languages into DIR, then quit
//   vitrina --demo --tour        start the defence demo (guided tour, presentation text size)
#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>
#include <memory>

#include "app/MainWindow.h"
#include "app/ProjectDialogs.h"
#include "app/Screenshots.h"
#include "app/Services.h"

using namespace vitrina::ui;

int main(int argc, char* argv[]) {
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Vitrina"));
    QApplication::setApplicationName(QStringLiteral("Vitrina"));
    QApplication::setApplicationVersion(QStringLiteral(VITRINA_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/vitrina.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Vitrina: e-commerce behaviour analytics and recommender lab"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Open the bundled demo dataset."));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Interface language for this run: ru or en."),
                                  QStringLiteral("code"));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                         QStringLiteral("Save screenshots of every page into <folder>, then quit."),
                                         QStringLiteral("folder"));
    const QCommandLineOption tour(QStringLiteral("tour"),
                                  QStringLiteral("Start the defence demo: a guided tour on the demo dataset."));
    parser.addOption(demo);
    parser.addOption(tour);
    parser.addOption(lang);
    parser.addOption(screenshots);
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QStringLiteral("A project (.vitrina) to open, or a folder / CSV files to import."),
                                 QStringLiteral("[paths...]"));
    parser.process(application);

    QString language = parser.value(lang).trimmed().toLower();
    if (!language.isEmpty() && !app::Settings::supportedLanguages().contains(language)) {
        fprintf(stderr, "vitrina: --lang must be ru or en, got '%s'\n", qPrintable(language));
        return 1;
    }
    app::Services services(std::make_unique<app::Settings>(), language);
    app::MainWindow window(services);
    if (parser.isSet(screenshots)) window.resize(1280, 820); // the same size on every machine
    window.show();

    const QStringList paths = parser.positionalArguments();
    auto& controller = services.controller();
    if (parser.isSet(demo) || parser.isSet(tour)) { // the tour runs on the demo dataset
        window.openDemo();
    } else if (paths.size() == 1 && app::ProjectDialogs::isProjectFile(paths.front())) {
        controller.openProject(paths.front());
    } else if (!paths.isEmpty()) {
        controller.importPaths(paths);
    } else if (const QString last = services.settings().lastProject(); !last.isEmpty() && QFileInfo::exists(last)) {
        controller.openProject(last);
    } else if (!services.settings().demoOffered()) {
        QTimer::singleShot(0, &window, &app::MainWindow::offerDemoOnFirstStart);
    }
    if (parser.isSet(tour) && !parser.isSet(screenshots)) window.startDefenceDemo(); // opens the demo if needed
    if (parser.isSet(screenshots)) {
        auto* taker = new app::ScreenshotTaker(services, window, parser.value(screenshots), &window);
        QObject::connect(taker, &app::ScreenshotTaker::finished, &application, [&](bool ok, const QStringList& saved) {
            for (const QString& path : saved) fprintf(stderr, "saved %s\n", qPrintable(path));
            if (!ok) fprintf(stderr, "vitrina: screenshots failed: %s\n", qPrintable(controller.lastError()));
            QCoreApplication::exit(ok ? 0 : 2);
        });
    }
    return application.exec();
}
