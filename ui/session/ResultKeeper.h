#pragma once
// The life of one result a page keeps in the project (the Models page's last evaluation, its last ablation):
// when another dataset opens the result is dropped and pending reads and writes are cancelled; when the project
// file changes, a result on screen is written into the new file (save as), and without one the file's stored
// result is read back (open). Subclasses write and read their own artefact in background jobs.
#include <QObject>

#include <memory>

#include "jobs/JobRunner.h"
#include "session/ProjectSession.h"

namespace vitrina::store {
class ProjectFile;
}

namespace vitrina::ui::session {

class ResultKeeper : public QObject {
    Q_OBJECT
public:
    ResultKeeper(ProjectSession& session, jobs::JobRunner& jobs, QObject* parent = nullptr);

    /// True while the result is being written or read back.
    bool isBusy() const { return saveTracker_.isRunning() || restoreTracker_.isRunning(); }
    /// The project file the shown result is stored in (null: not stored yet).
    std::shared_ptr<store::ProjectFile> storedIn() const { return storedIn_; }

protected:
    /// A result is shown (and would be written by save()).
    virtual bool hasResult() const = 0;
    /// Forgets the shown result (another dataset opened).
    virtual void dropResult() = 0;
    /// Writes the shown result into the session's project unless it is stored there already (saveTracker_).
    virtual void save() = 0;
    /// Reads the project's stored result, if any, and shows it (restoreTracker_; startRestore does the rest).
    virtual void restore() = 0;
    /// A stored result could not be read (what is shown stays).
    virtual void readFailed(const util::Message& error) = 0;

    /// The common restore job: `load(project, dataset)` runs on a worker and returns the stored result (null:
    /// none, or one made on another dataset); back on the GUI thread, unless another dataset or a new result
    /// came meanwhile, the result counts as stored in this project and `adopt(result)` shows it.
    template <class T, class Load, class Adopt>
    void startRestore(const QString& title, Load load, Adopt adopt) {
        using Loaded = std::shared_ptr<const T>;
        const auto project = session_.project();
        const auto dataset = session_.dataset();
        if (!project || !dataset) return;
        const quint64 revision = session_.revision();
        restoreTracker_.start<Loaded>(
            title,
            [project, dataset, load](const jobs::JobContext&) {
                return util::capture<Loaded>([&](std::vector<util::Message>&) -> Loaded { return load(*project, *dataset); });
            },
            [this, project, revision, adopt](util::Result<Loaded>& result) {
                if (session_.revision() != revision || hasResult()) return; // a newer dataset or result meanwhile
                if (!result) {
                    if (result.error && !result.cancelled) readFailed(*result.error);
                    return;
                }
                if (!*result) return;
                storedIn_ = project;
                adopt(*result);
            });
    }

    ProjectSession& session_;
    jobs::JobTracker saveTracker_;
    jobs::JobTracker restoreTracker_;
    std::shared_ptr<store::ProjectFile> storedIn_; ///< where the shown result is stored

private:
    void datasetChanged();
    void projectChanged();

    std::shared_ptr<store::ProjectFile> project_; ///< the session's project last seen
};

} // namespace vitrina::ui::session
