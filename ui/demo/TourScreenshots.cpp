#include "demo/TourScreenshots.h"

#include <QApplication>
#include <QDir>
#include <QTimer>

#include "app/MainWindow.h"
#include "demo/DefenceDemo.h"
#include "demo/DefenceTour.h"

namespace vitrina::ui::demo {

namespace {
constexpr int kTickMs = 100;
/// Ticks after a step is ready before the picture: queued chart rebuilds and paints run first.
constexpr int kQuietTicks = 3;
} // namespace

TourScreenshots::TourScreenshots(DefenceDemo& demo, app::MainWindow& window, const QString& folder,
                                 const QStringList& languages, std::function<void(const QString&)> setLanguage,
                                 QObject* parent)
    : QObject(parent), demo_(demo), window_(window), folder_(folder), languages_(languages),
      setLanguage_(std::move(setLanguage)), timer_(new QTimer(this)) {
    timer_->setInterval(kTickMs);
    connect(timer_, &QTimer::timeout, this, &TourScreenshots::tick);
}

QString TourScreenshots::fileName(int step, const QString& stepId, const QString& language) {
    return QStringLiteral("tour-%1-%2-%3.png").arg(step + 1, 2, 10, QLatin1Char('0')).arg(stepId, language);
}

void TourScreenshots::start() {
    if (languages_.isEmpty() || !QDir().mkpath(folder_)) return finish(false);
    language_ = 0;
    beginLanguage();
}

void TourScreenshots::beginLanguage() {
    setLanguage_(languages_.at(language_));
    demo_.start(0);
    quietTicks_ = waitedTicks_ = 0;
    timer_->start();
}

void TourScreenshots::tick() {
    if (!demo_.isActive()) return finish(false); // left by someone else
    if (!demo_.isCurrentReady()) {
        quietTicks_ = 0;
        if (++waitedTicks_ * kTickMs > kStepTimeoutSeconds * 1000) finish(false);
        return;
    }
    if (++quietTicks_ < kQuietTicks) return;
    const int step = demo_.currentStep();
    const QString path =
        QDir(folder_).filePath(fileName(step, demo_.tour()->id(step), languages_.at(language_)));
    if (!window_.grab().save(path)) return finish(false);
    saved_ << path;
    quietTicks_ = waitedTicks_ = 0;
    if (step + 1 < demo_.stepCount()) return demo_.next();
    demo_.leave();
    if (++language_ < languages_.size()) return beginLanguage();
    finish(true);
}

void TourScreenshots::finish(bool ok) {
    timer_->stop();
    if (demo_.isActive()) demo_.leave();
    emit finished(ok, saved_);
}

} // namespace vitrina::ui::demo
