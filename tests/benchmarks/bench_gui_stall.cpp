// GUI responsiveness during an import: imports a folder through the Data page's job path (the same
// ProjectController job the buttons start) in a real main window, while a 16 ms timer on the GUI thread records
// the longest gap between its ticks. The measurement runs until the import has been delivered and the Funnel
// page has computed its reports, then 1 s more. Prints one JSON document (target: longest stall <= 50 ms).
//
//   bench_gui_stall <folder with events.csv ...> [--threads N]
// Runs offscreen unless QT_QPA_PLATFORM says otherwise. Also reports the process's peak memory.
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <cmath>
#include <cstdio>
#include <ctime>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/MainWindow.h"
#include "app/Services.h"
#include "datapage/DataPage.h"
#include "funnel/FunnelPage.h"
#include "util/SystemInfo.h"

using namespace vitrina;
using namespace vitrina::ui;

namespace {

constexpr int kTickMs = 16;
constexpr int kStallThresholdMs = 50;

/// Times every top-level event dispatch on the GUI thread, so that a stall names its cause (the receiver's
/// class and the event type) in the report.
class TimingApplication : public QApplication {
public:
    using QApplication::QApplication;

    struct Slow {
        qint64 ms;
        qint64 atMs; ///< start on the measurement clock; negative before the measurement began
        double cpuMs; ///< CPU time of the GUI thread in that dispatch: less than ms when the OS ran others
        std::string what;
    };
    std::vector<Slow> slowest; ///< dispatches over kReportMs, in order of occurrence
    const QElapsedTimer* clock = nullptr; ///< the measurement clock, once started

    bool notify(QObject* receiver, QEvent* event) override {
        if (depth_ > 0) return QApplication::notify(receiver, event);
        ++depth_;
        QElapsedTimer timer;
        timer.start();
        const qint64 atMs = clock && clock->isValid() ? clock->elapsed() : -1;
        const double cpuBefore = threadCpuMs();
        const int type = event->type();
        const std::string cls = receiver->metaObject()->className();
        const std::string name = receiver->objectName().toStdString();
        const bool result = QApplication::notify(receiver, event);
        const qint64 ms = timer.elapsed();
        --depth_;
        if (ms >= kReportMs)
            slowest.push_back({ms, atMs, threadCpuMs() - cpuBefore,
                               cls + (name.empty() ? "" : "#" + name) + " event " + std::to_string(type)});
        return result;
    }

private:
    static double threadCpuMs() {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
    }
    static constexpr qint64 kReportMs = 10;
    int depth_ = 0;
};

int usage() {
    std::fprintf(stderr, "usage: bench_gui_stall <folder or files> [--threads N]\n");
    return 1;
}

} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    TimingApplication application(argc, argv);
    QStringList paths;
    int threads = 0;
    const QStringList args = QApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--threads") && i + 1 < args.size()) threads = args[++i].toInt();
        else if (args[i].startsWith(QLatin1String("--"))) return usage();
        else paths << args[i];
    }
    if (paths.isEmpty()) return usage();

    // The machine's load: on a shared machine the GUI thread also waits for the CPU, which the stall includes.
    QString loadAverage;
    if (QFile file(QStringLiteral("/proc/loadavg")); file.open(QIODevice::ReadOnly))
        loadAverage = QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
    QTemporaryDir settingsDir;
    auto settings = std::make_unique<app::Settings>(settingsDir.filePath(QStringLiteral("settings.ini")));
    if (threads > 0) settings->setThreadCount(threads);
    app::Services services(std::move(settings), QStringLiteral("en"));
    app::MainWindow window(services);
    window.resize(1280, 820);
    window.show();

    // Longest gap between timer ticks on the GUI thread.
    QElapsedTimer clock;
    application.clock = &clock;
    qint64 lastTick = 0, longestGap = 0, longestGapEndMs = 0, ticks = 0, stalls = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(kTickMs);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        const qint64 gap = now - lastTick;
        if (gap > longestGap) {
            longestGap = gap;
            longestGapEndMs = now;
        }
        if (gap > kStallThresholdMs) ++stalls;
        lastTick = now;
        ++ticks;
    });

    auto* dataPage = window.page<ui::datapage::DataPage>(QStringLiteral("data"));
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
        {"longest_stall_ends_at_ms", longestGapEndMs},
        {"ticks_over_50ms", stalls},
        {"target_ms", kStallThresholdMs},
        {"events", summary ? summary->events : 0},
        {"visitors", summary ? summary->visitors : 0},
        {"peak_resident_mb", static_cast<double>(util::peakResidentBytes()) / (1024.0 * 1024.0)},
        {"version", VITRINA_VERSION},
        {"compiler", VITRINA_CXX_FLAGS},
#ifdef NDEBUG
        {"assertions", false},
#else
        {"assertions", true},
#endif
    };
    if (!error.isEmpty()) report["error"] = error.toStdString();
    double longestCpu = 0.0;
    for (const auto& s : application.slowest) longestCpu = std::max(longestCpu, s.cpuMs);
    report["longest_dispatch_cpu_ms_over_10ms_wall"] = std::round(longestCpu);
    report["load_average_at_start"] = loadAverage.toStdString();
    nlohmann::json slow = nlohmann::json::array();
    for (const auto& s : application.slowest)
        slow.push_back({{"ms", s.ms}, {"at_ms", s.atMs}, {"cpu_ms", std::round(s.cpuMs)}, {"event", s.what}});
    report["gui_events_over_10ms"] = slow;
    std::printf("%s\n", report.dump(2).c_str());
    return importOk ? 0 : 2;
}
