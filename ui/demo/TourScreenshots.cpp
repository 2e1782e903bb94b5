#include "demo/TourScreenshots.h"

#include <QApplication>
#include <QDir>
#include <QTimer>

#include <algorithm>

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
                                 QList<QSize> sizes, QObject* parent)
    : QObject(parent), demo_(demo), window_(window), folder_(folder), languages_(languages), sizes_(std::move(sizes)),
      setLanguage_(std::move(setLanguage)), timer_(new QTimer(this)) {
    timer_->setInterval(kTickMs);
    connect(timer_, &QTimer::timeout, this, &TourScreenshots::tick);
}

QString TourScreenshots::fileName(int step, const QString& stepId, const QString& language, QSize size) {
    const QString sized = size.isValid() ? QStringLiteral("%1x%2-").arg(size.width()).arg(size.height()) : QString();
    return QStringLiteral("tour-%1%2-%3-%4.png").arg(sized).arg(step + 1, 2, 10, QLatin1Char('0')).arg(stepId, language);
}

void TourScreenshots::start() {
    if (languages_.isEmpty() || !QDir().mkpath(folder_)) return finish(false);
    originalSize_ = window_.size();
    run_ = 0;
    beginRun();
}

void TourScreenshots::beginRun() {
    if (!sizes_.isEmpty()) {
        window_.resize(sizes_.at(run_ / languages_.size()));
        QApplication::processEvents();
    }
    setLanguage_(languages_.at(run_ % languages_.size()));
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
    const QSize size = sizes_.isEmpty() ? QSize() : sizes_.at(run_ / languages_.size());
    const QString path =
        QDir(folder_).filePath(fileName(step, demo_.tour()->id(step), languages_.at(run_ % languages_.size()), size));
    if (!window_.grab().save(path)) return finish(false);
    saved_ << path;
    quietTicks_ = waitedTicks_ = 0;
    if (step + 1 < demo_.stepCount()) return demo_.next();
    demo_.leave();
    if (++run_ < languages_.size() * std::max<qsizetype>(1, sizes_.size())) return beginRun();
    finish(true);
}

void TourScreenshots::finish(bool ok) {
    timer_->stop();
    if (!sizes_.isEmpty() && originalSize_.isValid()) window_.resize(originalSize_);
    if (demo_.isActive()) demo_.leave();
    emit finished(ok, saved_);
}

} // namespace vitrina::ui::demo
