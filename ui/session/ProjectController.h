#pragma once
// The operations that replace or save the open dataset, each one background job with progress and Cancel:
// import files or a folder, open a project, save as a project, and open the demo dataset (generate, import and
// save in one job). A failure leaves the session as it was and reports a translated message.
#include <QObject>
#include <QString>
#include <QStringList>

#ifndef Q_MOC_RUN // moc cannot parse the X-macro enum in util/Message.h; it needs none of these
#include "generator/Generator.h"
#endif
#include "jobs/JobRunner.h"

namespace vitrina::ui::app {
class Settings;
}

namespace vitrina::ui::session {

class ProjectSession;

class ProjectController : public QObject {
    Q_OBJECT
public:
    ProjectController(ProjectSession& session, jobs::JobRunner& runner, app::Settings& settings,
                      QObject* parent = nullptr);

    /// The tracker of these jobs (one at a time: a new one supersedes the running one).
    jobs::JobTracker& tracker() { return tracker_; }
    ProjectSession& session() { return session_; }

    /// Imports RetailRocket files: a folder, or any of the release's files (events.csv alone is enough).
    void importPaths(const QStringList& paths);
    void openProject(const QString& path);
    /// Saves the open dataset into a new or existing project file and keeps that project open.
    void saveProjectAs(const QString& path);
    /// Opens `folder`/demo.vitrina, or first generates the demo files into `folder`/retailrocket-demo at
    /// `scale`, imports them and saves that project.
    void openDemo(const QString& folder, double scale = gen::kDemoScale);

    /// The application's data folder for the demo dataset: QStandardPaths::GenericDataLocation/<application>/demo.
    static QString defaultDemoFolder();
    static QString demoProjectPath(const QString& folder);
    /// The last failure's message (empty after a success).
    QString lastError() const { return lastError_; }

signals:
    /// A job failed; `message` is translated and names the file and line where known.
    void failed(const QString& message);
    /// A job finished and replaced or saved the dataset; `summary` is a one-line status text.
    void succeeded(const QString& summary);

private:
    void rememberProject(const QString& path);
    void reportFailure(const QString& what, const std::optional<util::Message>& error, bool cancelled);

    ProjectSession& session_;
    app::Settings& settings_;
    jobs::JobTracker tracker_;
    QString lastError_;
};

} // namespace vitrina::ui::session
