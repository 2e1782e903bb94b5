#include "app/Services.h"

#include "util/ThreadBudget.h"

namespace vitrina::ui::app {

Services::Services(std::unique_ptr<Settings> settings, const QString& languageOverride)
    : settings_(std::move(settings)), runner_(settings_->threadCount()), session_(runner_),
      controller_(session_, runner_, *settings_), trained_(session_, runner_) {
    // The GUI thread never waits for a slot of the core's thread budget (util/ThreadBudget.h), and the project
    // file counts any call it makes (store/ProjectFile.h): long work and file access belong to jobs.
    util::markInteractiveThread();
    settings_->migrate();
    const QString language = languageOverride.isEmpty() ? settings_->language() : languageOverride;
    if (!language_.setLanguage(language)) language_.setLanguage(QStringLiteral("en"));
    QObject::connect(settings_.get(), &Settings::threadCountChanged, &runner_, &jobs::JobRunner::setThreadCount);
    QObject::connect(settings_.get(), &Settings::languageChanged, &language_,
                     [this](const QString& code) { language_.setLanguage(code); });
}

Services::~Services() {
    runner_.cancelAll();
    runner_.waitForDone();
}

} // namespace vitrina::ui::app
