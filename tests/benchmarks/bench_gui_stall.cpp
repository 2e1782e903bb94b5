// GUI responsiveness during an import: imports a folder through the Data page's job path (the same
// ProjectController job the buttons start) in a real main window, while a 16 ms timer on the GUI thread records
// the longest gap between its ticks. The measurement runs until the import has been delivered and the Funnel
// page has computed its reports, then 1 s more. Prints one JSON document (target: longest stall <= 50 ms).
//
//   bench_gui_stall <folder with events.csv ...> [--threads N]
// Runs offscreen unless QT_QPA_PLATFORM says otherwise. Also reports the process's peak memory.
#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "app/MainWindow.h"
#include "app/Services.h"
#include "data/DataPage.h"
#include "funnel/FunnelPage.h"
#include "util/SystemInfo.h"

using namespace vitrina;
using namespace vitrina::ui;

namespace {

constexpr int kTickMs = 16;
constexpr int kStallThresholdMs = 50;

int usage() {
    std::fprintf(stderr, "usage: bench_gui_stall <folder or files> [--threads N]\n");
    return 1;
}

} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QStringList paths;
    int threads = 0;
    const QStringList args = QApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--threads") && i + 1 < args.size()) threads = args[++i].toInt();
        else if (args[i].startsWith(QLatin1String("--"))) return usage();
        else paths << args[i];
    }
    if (paths.isEmpty()) return usage();

    QTemporaryDir settingsDir;
    auto settings = std::make_unique<app::Settings>(settingsDir.filePath(QStringLiteral("settings.ini")));
    if (threads > 0) settings->setThreadCount(threads);
    app::Services services(std::move(settings), QStringLiteral("en"));
    app::MainWindow window(services);
    window.resize(1280, 820);
    window.show();

    // Longest gap between timer ticks on the GUI thread.
    QElapsedTimer clock;
    qint64 lastTick = 0, longestGap = 0, ticks = 0, stalls = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(kTickMs);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        const qint64 gap = now - lastTick;
        longestGap = std::max(longestGap, gap);
        if (gap > kStallThresholdMs) ++stalls;
        lastTick = now;
        ++ticks;
    });

    auto* dataPage = window.page<ui::data::DataPage>(QStringLiteral("data"));
    auto* funnelPage = window.page<funnel::FunnelPage>(QStringLiteral("funnel"));
    bool importDone = false, importOk = false;
    double importSeconds = 0.0;
    QString error;
    QObject::connect(&services.controller(), &session::ProjectController::succeeded, [&] {
        importDone = importOk = true;
        importSeconds = static_cast<double>(clock.elapsed()) / 1000.0;
    });
    QObject::connect(&services.controller(), &session::ProjectController::failed, [&](const QString& message) {
        importDone = true;
        error = message;
    });

    // Let the window settle, then start the import and the measurement together.
    QTimer::singleShot(500, [&] {
        clock.start();
        lastTick = 0;
        ticker.start();
        dataPage->openPaths(paths);
    });
    // Stop 1 s after the import was delivered and the funnel job (started by the new dataset) finished.
    QTimer watcher;
    qint64 quietSince = -1;
    QObject::connect(&watcher, &QTimer::timeout, [&] {
        if (!clock.isValid() || !importDone) return;
        const bool busy = funnelPage->tracker().isRunning() || services.jobs().activeJobs() > 0;
        if (busy) quietSince = -1;
        else if (quietSince < 0) quietSince = clock.elapsed();
        else if (clock.elapsed() - quietSince >= 1000 || !importOk) application.quit();
    });
    watcher.start(50);
    application.exec();
    ticker.stop();

    const auto summary = services.session().summary();
    nlohmann::json report = {
        {"benchmark", "gui_stall"},
        {"paths", args.mid(1).join(QLatin1Char(' ')).toStdString()},
        {"ok", importOk},
        {"threads", services.jobs().threadCount()},
        {"tick_ms", kTickMs},
        {"import_seconds", importSeconds},
        {"measured_seconds", static_cast<double>(clock.elapsed()) / 1000.0},
        {"ticks", ticks},
        {"longest_stall_ms", longestGap},
        {"ticks_over_50ms", stalls},
        {"target_ms", kStallThresholdMs},
        {"events", summary ? summary->events : 0},
        {"visitors", summary ? summary->visitors : 0},
        {"peak_resident_mb", static_cast<double>(util::peakResidentBytes()) / (1024.0 * 1024.0)},
        {"version", VITRINA_VERSION},
        {"compiler", std::string("GCC ") + __VERSION__},
#ifdef NDEBUG
        {"assertions", false},
#else
        {"assertions", true},
#endif
    };
    if (!error.isEmpty()) report["error"] = error.toStdString();
    std::printf("%s\n", report.dump(2).c_str());
    return importOk ? 0 : 2;
}
