#pragma once
// The application's long-lived services, created once by main() (or a test) before the main window and
// destroyed after it, in an order that lets every background job finish first.
#include <memory>

#include "app/Language.h"
#include "app/Page.h"
#include "app/Settings.h"
#include "jobs/JobRunner.h"
#include "session/ProjectController.h"
#include "session/ProjectSession.h"
#include "session/TrainedModels.h"

namespace vitrina::ui::app {

class Services {
public:
    /// Takes the settings (the user's, or an INI file in tests), migrates them and applies their language
    /// unless `languageOverride` ("ru"/"en") is given.
    explicit Services(std::unique_ptr<Settings> settings, const QString& languageOverride = {});
    ~Services();
    Services(const Services&) = delete;
    Services& operator=(const Services&) = delete;

    Settings& settings() { return *settings_; }
    LanguageManager& language() { return language_; }
    jobs::JobRunner& jobs() { return runner_; }
    session::ProjectSession& session() { return session_; }
    session::ProjectController& controller() { return controller_; }
    session::TrainedModels& trainedModels() { return trained_; }
    PageContext pageContext(MainWindow* window) {
        return PageContext{*settings_, runner_, session_, controller_, trained_, window};
    }

private:
    // Declaration order = construction order; destruction runs backwards: the controller and session go
    // first, then the runner, which cancels and waits for the workers.
    std::unique_ptr<Settings> settings_;
    LanguageManager language_;
    jobs::JobRunner runner_;
    session::ProjectSession session_;
    session::ProjectController controller_;
    session::TrainedModels trained_; ///< after the session it observes (destroyed before it)
};

} // namespace vitrina::ui::app
