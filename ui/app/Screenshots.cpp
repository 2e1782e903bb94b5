#include "app/Screenshots.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QTabWidget>
#include <QTimer>

#include "app/MainWindow.h"
#include "app/Page.h"
#include "app/Services.h"
#include "demo/DefenceDemo.h"
#include "demo/TourScreenshots.h"

namespace vitrina::ui::app {
namespace {
constexpr int kPollMs = 100;
/// Polls with no job running before the pictures are taken: results of the last job are on screen by then.
constexpr int kQuietPolls = 5;

/// Lets queued deliveries, layouts and paints run.
void settle() {
    for (int i = 0; i < 5; ++i) QApplication::processEvents();
}
} // namespace

ScreenshotTaker::ScreenshotTaker(Services& services, MainWindow& window, const QString& folder, QObject* parent)
    : QObject(parent), services_(services), window_(window), folder_(folder), timer_(new QTimer(this)) {
    connect(timer_, &QTimer::timeout, this, &ScreenshotTaker::poll);
    timer_->start(kPollMs);
}

void ScreenshotTaker::poll() {
    const bool busy = services_.jobs().activeJobs() > 0 || services_.controller().tracker().isRunning();
    if (busy || !services_.session().hasDataset()) {
        quietPolls_ = 0;
        if (!busy && !services_.controller().lastError().isEmpty()) {
            timer_->stop();
            emit finished(false, saved_);
        }
        return;
    }
    if (++quietPolls_ < kQuietPolls) return;
    timer_->stop();
    const bool pagesOk = takeAll();
    // With the demo dataset open, the defence demo's steps follow (tour-<size>-NN-<step>-<language>.png), each taken
    // once it is ready; the tour computes in the background, so this part is asynchronous.
    const QString demoProject = session::ProjectController::demoProjectPath(session::ProjectController::defaultDemoFolder());
    if (!services_.session().isSaved() || QFileInfo(services_.session().projectPath()) != QFileInfo(demoProject)) {
        emit finished(pagesOk, saved_);
        return;
    }
    const QString language = services_.language().language();
    // The tour at the sizes a defence meets: a laptop projector (1366x768) and a small one (1024x700).
    auto* tour = new demo::TourScreenshots(*window_.defenceDemo(), window_, folder_, Settings::supportedLanguages(),
                                           [this](const QString& code) { services_.language().setLanguage(code); },
                                           {QSize(1366, 768), QSize(1024, 700)}, this);
    connect(tour, &demo::TourScreenshots::finished, this, [this, pagesOk, language](bool ok, const QStringList& saved) {
        saved_ << saved;
        services_.language().setLanguage(language);
        window_.showPage(QStringLiteral("data"));
        emit finished(pagesOk && ok, saved_);
    });
    tour->start();
}

bool ScreenshotTaker::takeAll() {
    if (!QDir().mkpath(folder_)) return false;
    const QString language = services_.language().language();
    window_.clearStatusMessage(); // a transient message would stay in the other language
    bool ok = true;
    for (const QString& code : Settings::supportedLanguages()) {
        services_.language().setLanguage(code);
        settle();
        for (const QString& id : window_.visiblePageIds()) {
            window_.showPage(id);
            settle();
            QTabWidget* tabs = window_.page(id)->findChild<QTabWidget*>();
            const int count = tabs ? tabs->count() : 1;
            for (int tab = 0; tab < count; ++tab) {
                if (tabs) tabs->setCurrentIndex(tab);
                settle();
                const QString path =
                    QDir(folder_).filePath(QStringLiteral("%1-%2-%3.png").arg(id).arg(tab + 1).arg(code));
                if (window_.grab().save(path)) saved_ << path;
                else ok = false;
            }
            if (tabs) tabs->setCurrentIndex(0);
        }
    }
    services_.language().setLanguage(language);
    window_.showPage(QStringLiteral("data"));
    return ok;
}

} // namespace vitrina::ui::app
