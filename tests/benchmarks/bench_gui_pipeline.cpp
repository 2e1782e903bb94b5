// The headline pipeline in the GUI, as a user runs it: a real main window imports a folder through the Data
// page (the job its Open button starts), then the Models page trains and evaluates the chosen models with its
// default protocol (the CLI's: temporal, rolling, 7 days, carts and purchases, seed 42) through its Run path.
// Times each stage from the click to the result shown, for comparison with `vitrina-cli bench --pipeline`
// (the same work as two processes). Prints one JSON document.
//
//   bench_gui_pipeline <folder> [--threads N] [--models popular,recent,itemknn,als,bpr,hybrid]
// Runs offscreen unless QT_QPA_PLATFORM says otherwise.
#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

#include <nlohmann/json.hpp>

#include "app/MainWindow.h"
#include "app/Services.h"
#include "datapage/DataPage.h"
#include "modelspage/ModelPicker.h"
#include "modelspage/ModelsPage.h"
#include "util/SystemInfo.h"

using namespace vitrina;
using namespace vitrina::ui;

namespace {

int usage() {
    std::fprintf(stderr, "usage: bench_gui_pipeline <folder> [--threads N] [--models a,b,...]\n");
    return 1;
}

} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QStringList paths;
    int threads = 2;
    QString models = QStringLiteral("popular,recent,itemknn,als,bpr,hybrid");
    const QStringList args = QApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--threads") && i + 1 < args.size()) threads = args[++i].toInt();
        else if (args[i] == QLatin1String("--models") && i + 1 < args.size()) models = args[++i];
        else if (args[i].startsWith(QLatin1String("--"))) return usage();
        else paths << args[i];
    }
    if (paths.isEmpty() || threads < 1) return usage();

    QTemporaryDir settingsDir;
    auto settings = std::make_unique<app::Settings>(settingsDir.filePath(QStringLiteral("settings.ini")));
    settings->setThreadCount(threads);
    app::Services services(std::move(settings), QStringLiteral("en"));
    app::MainWindow window(services);
    window.resize(1366, 768);
    window.show();

    auto* dataPage = window.page<datapage::DataPage>(QStringLiteral("data"));
    auto* modelsPage = window.page<modelspage::ModelsPage>(QStringLiteral("models"));
    QElapsedTimer clock;
    double importSeconds = -1.0, modelsStartedAt = -1.0, modelsSeconds = -1.0;
    QString error;
    bool modelsOk = false;
    QObject::connect(&services.controller(), &session::ProjectController::failed, [&](const QString& message) {
        error = message;
        application.quit();
    });
    QObject::connect(&services.controller(), &session::ProjectController::succeeded, [&] {
        if (importSeconds >= 0.0) return;
        importSeconds = static_cast<double>(clock.elapsed()) / 1000.0;
        // What the user does next: the Models page, the models checked, Run.
        window.showPage(QStringLiteral("models"));
        modelsPage->picker()->setChecked(models.split(u','));
        modelsStartedAt = static_cast<double>(clock.elapsed()) / 1000.0;
        if (!modelsPage->trainAndEvaluate()) {
            error = modelsPage->errorText();
            application.quit();
        }
    });
    QObject::connect(&modelsPage->tracker(), &jobs::JobTracker::finished, [&](bool succeeded, bool) {
        modelsSeconds = static_cast<double>(clock.elapsed()) / 1000.0 - modelsStartedAt;
        modelsOk = succeeded && modelsPage->run();
        if (!modelsOk) error = modelsPage->errorText();
        application.quit();
    });
    QTimer::singleShot(500, [&] {
        clock.start();
        dataPage->openPaths(paths);
    });
    application.exec();

    nlohmann::json perModel = nlohmann::json::array();
    if (modelsOk && modelsPage->run() && modelsPage->run()->report)
        for (const auto& m : modelsPage->run()->report->models)
            perModel.push_back({{"id", m.id}, {"fit_s", m.fitSeconds}, {"evaluate_s", m.evalSeconds}, {"shared", m.shared}});
    nlohmann::json report = {
        {"benchmark", "gui_pipeline"},
        {"ok", modelsOk},
        {"paths", paths.join(u' ').toStdString()},
        {"models", models.toStdString()},
        {"threads", services.jobs().threadCount()},
        {"import_s", importSeconds},
        {"models_s", modelsSeconds},
        {"total_s", importSeconds + modelsSeconds},
        {"per_model", perModel},
        {"peak_resident_mb", static_cast<double>(util::peakResidentBytes()) / (1024.0 * 1024.0)},
        {"compiler", VITRINA_CXX_FLAGS},
    };
    if (!error.isEmpty()) report["error"] = error.toStdString();
    std::printf("%s\n", report.dump(2).c_str());
    return modelsOk ? 0 : 2;
}
