#pragma once
// The open project: the dataset (immutable, shared with worker threads), its sessions and summary, and the
// project file it is saved in (none until the first save). Pages observe it; only ProjectController changes it.
#include <QObject>
#include <QString>

#include <memory>

#ifndef Q_MOC_RUN // moc cannot parse the X-macro enum in util/Message.h; it needs none of these
#include "analytics/Summary.h"
#include "data/Dataset.h"
#include "data/Sessions.h"
#endif

namespace vitrina::store {
class ProjectFile;
}
namespace vitrina::ui::jobs {
class JobRunner;
}

namespace vitrina::ui::session {

/// Everything a page needs about the loaded data; built on a worker thread, then handed over whole.
struct LoadedDataset {
    std::shared_ptr<const data::Dataset> dataset;
    std::shared_ptr<const data::SessionIndex> sessions;
    std::shared_ptr<const analytics::DatasetSummary> summary;
    std::string fingerprint; ///< store::datasetFingerprint, computed off the GUI thread with the rest

    explicit operator bool() const { return dataset && sessions && summary; }
};

class ProjectSession : public QObject {
    Q_OBJECT
public:
    /// `runner` frees a replaced dataset on a job thread.
    explicit ProjectSession(jobs::JobRunner& runner, QObject* parent = nullptr);
    ~ProjectSession() override;

    bool hasDataset() const { return static_cast<bool>(loaded_); }
    const LoadedDataset& loaded() const { return loaded_; }
    std::shared_ptr<const data::Dataset> dataset() const { return loaded_.dataset; }
    std::shared_ptr<const data::SessionIndex> sessions() const { return loaded_.sessions; }
    std::shared_ptr<const analytics::DatasetSummary> summary() const { return loaded_.summary; }
    /// Incremented on every new dataset: jobs tag their results with it and drop stale ones.
    quint64 revision() const { return revision_; }

    /// The project file holding the dataset; null while the imported dataset is not saved.
    std::shared_ptr<store::ProjectFile> project() const { return project_; }
    QString projectPath() const;
    bool isSaved() const { return project_ != nullptr; }

    /// Replaces the dataset (and the project it came from, or null for a fresh import).
    void setDataset(LoadedDataset loaded, std::shared_ptr<store::ProjectFile> project);
    /// The dataset was saved into `project` (save as).
    void setProject(std::shared_ptr<store::ProjectFile> project);
    void clear();

signals:
    /// A new dataset (or none): pages recompute everything.
    void datasetChanged();
    /// The project file changed (saved, saved as, closed).
    void projectChanged();

private:
    void releaseInBackground(LoadedDataset previous);

    jobs::JobRunner& runner_;
    LoadedDataset loaded_;
    std::shared_ptr<store::ProjectFile> project_;
    quint64 revision_ = 0;
};

} // namespace vitrina::ui::session
