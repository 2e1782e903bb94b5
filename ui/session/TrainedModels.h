#pragma once
// The trained models of the open dataset, by display name, for every page (Models, Visitors, the demo).
// - Models fitted by an evaluation are added here (add(): in memory) and written to the project file in the
//   background as "model" artefacts (store/ModelArtefacts.h); while the dataset is not saved yet they wait
//   and go with the next save (ProjectSession::projectChanged).
// - Opening a project lists its stored models (metas only, no blob: opening stays fast); acquire() loads a
//   stored model on the calling worker thread the first time it is needed (lazy), then keeps it.
// - A new dataset clears everything.
//
// Consumers (on a worker, e.g. inside a JobTracker job):
//   auto model = trained.acquire(name, job.progress);   // Result: value, error or cancelled
//   if (model) (*model)->recommend(query, options);
#include <QObject>
#include <QString>

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#ifndef Q_MOC_RUN // moc cannot parse the X-macro enum in util/Message.h; it needs none of these
#include "models/Recommender.h"
#include "store/ModelArtefacts.h"
#include "util/Progress.h"
#include "util/Result.h"
#endif
#include "jobs/JobRunner.h"

namespace vitrina::store {
class ProjectFile;
}

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

    /// Every model of the open dataset, by name. GUI thread.
    std::vector<TrainedModelInfo> list() const;
    bool contains(const QString& name) const;
    /// Thread-safe; call from a worker: returns the model (loading it from the project if needed) or an error.
    /// A model that cannot be read (corrupt blob, dataset changed) is an error; the entry stays listed.
    util::Result<std::shared_ptr<const models::Recommender>> acquire(const QString& name,
                                                                     const util::Progress& progress) const;
    /// Adds (or replaces) a fitted model that has no protocol record: kept in memory, not stored. GUI thread.
    void add(const QString& name, std::shared_ptr<const models::Recommender> model, models::ParamValues params,
             std::int64_t trainEndMs);
    /// Adds (or replaces) a model fitted by an evaluation, with what rebuilds its training split: stored in the
    /// project now (background) or with the next save. GUI thread.
    void add(const QString& name, std::shared_ptr<const models::Recommender> model, const store::ModelRecord& record);
    /// The name of a model trained exactly like `record` (same id, parameters, split, seed, threads), if any.
    std::optional<QString> findSameTraining(const store::ModelRecord& record) const;
    /// The record of a model added with one (or listed from the project).
    std::optional<store::ModelRecord> record(const QString& name) const;
    /// Drops every model (a new dataset does it itself). GUI thread.
    void clear();

    /// The shared training set of a split (by store::trainingKey), if one is alive; thread-safe. Models loaded
    /// lazily for that split use it instead of rebuilding the protocol.
    std::shared_ptr<const models::TrainingSet> trainingFor(const eval::ProtocolOptions& protocol) const;
    /// Offers a split's training set for sharing (thread-safe; kept only while something else holds it).
    void shareTraining(const eval::ProtocolOptions& protocol, std::shared_ptr<const models::TrainingSet> train) const;

    /// True while models are being written to the project in the background.
    bool isSaving() const { return saveTracker_.isRunning(); }
    /// The last background save's or listing's error (translated), empty when fine.
    QString lastError() const { return lastError_; }

signals:
    void changed();
    /// The background save finished (ok = every pending model is in the project file).
    void saved(bool ok);

private:
    struct Entry;

    void datasetChanged();
    void projectChanged();
    void listFromProject();
    void saveInBackground();

    ProjectSession& session_;
    jobs::JobTracker saveTracker_;
    QString lastError_;
    std::shared_ptr<store::ProjectFile> project_; ///< the project the entries were listed from / saved to

    mutable std::mutex mutex_; ///< guards entries_ and trainingSets_ (acquire runs on workers)
    std::map<QString, std::shared_ptr<Entry>> entries_;
    /// Training sets shared by the models of one split (by trainingKey), so that lazy loads do not rebuild
    /// (and hold) one copy per model.
    mutable std::map<std::string, std::weak_ptr<const models::TrainingSet>> trainingSets_;
    std::shared_ptr<const data::Dataset> dataset_;
    std::string fingerprint_;
    quint64 generation_ = 0; ///< bumped on every clear: loads finishing for an older dataset are dropped
};

} // namespace vitrina::ui::session
