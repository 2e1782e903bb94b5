#pragma once
// The GUI side of the trained models of the open dataset (Models, Visitors, the demo): it owns the dataset's
// store::TrainedModelStore, hands it to jobs, and tells pages when the list changes.
// - A new dataset gets a new store (the old one is released on a worker). The project file it lives in is
//   listed on a worker (descriptions only, no blob); models fitted later are written there in the background,
//   or with the next save while the dataset is not saved yet.
// - changed() fires only when the list changes: a model added, the store cleared or replaced, models listed
//   from a project. Loading a model (store::TrainedModelStore::acquire, on a worker) changes nothing here, so a
//   page that reloads its models on changed() never restarts its own loader.
//
// Jobs take the store, never this object:
//   auto store = trained.store();     // std::shared_ptr, thread-safe
//   ... on the worker: auto model = store->acquire(name, job.progress);
#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#ifndef Q_MOC_RUN // moc cannot parse the X-macro enum in util/Message.h; it needs none of these
#include "store/TrainedModelStore.h"
#endif
#include "jobs/JobRunner.h"

namespace vitrina::ui::session {

class ProjectSession;

struct TrainedModelInfo {
    QString name;            ///< unique display key, e.g. "als" or "als (factors=32)"
    std::string modelId;     ///< catalogue id
    models::ParamValues params;
    std::int64_t trainEndMs = 0; ///< the split boundary T: events at/after T are the test period
    bool loaded = false;     ///< in memory now (false = stored in the project, loads on acquire)
    bool stored = false;     ///< written to the project file (false = in memory only, saved with the project)
};

class TrainedModels : public QObject {
    Q_OBJECT
public:
    TrainedModels(ProjectSession& session, jobs::JobRunner& runner, QObject* parent = nullptr);
    ~TrainedModels() override;

    /// The store of the open dataset, for jobs; never null (empty without a dataset).
    std::shared_ptr<store::TrainedModelStore> store() const { return store_; }

    /// Every model of the open dataset, by name.
    std::vector<TrainedModelInfo> list() const;
    bool contains(const QString& name) const;
    /// Adds (or replaces) a fitted model that has no protocol record: kept in memory, not stored.
    void add(const QString& name, std::shared_ptr<const models::Recommender> model, models::ParamValues params,
             std::int64_t trainEndMs);
    /// Adds (or replaces) a model fitted by an evaluation: stored in the project now (background) or with the
    /// next save.
    void add(const QString& name, std::shared_ptr<const models::Recommender> model, const store::ModelRecord& record);
    /// The name of a model trained exactly like `record` (same id, parameters, split, seed, threads), if any.
    std::optional<QString> findSameTraining(const store::ModelRecord& record) const;
    /// Drops every model (a new dataset does it itself).
    void clear();

    /// True while the project's models are being listed or models written to it in the background.
    bool isListing() const { return listTracker_.isRunning(); }
    bool isSaving() const { return saveTracker_.isRunning(); }
    /// The last background save's or listing's error (translated), empty when fine.
    QString lastError() const { return lastError_; }

signals:
    /// The list changed (added, cleared, listed from a project); never for a model loaded on acquire.
    void changed();
    /// The background save finished (ok = every pending model is in the project file).
    void saved(bool ok);

private:
    void datasetChanged();
    void projectChanged();
    void replaceStore();
    void listProject();
    void saveInBackground();

    ProjectSession& session_;
    jobs::JobRunner& runner_;
    jobs::JobTracker listTracker_;
    jobs::JobTracker saveTracker_;
    QString lastError_;
    std::shared_ptr<store::TrainedModelStore> store_;
    std::shared_ptr<store::ProjectFile> project_; ///< the project the store is bound to
};

} // namespace vitrina::ui::session
