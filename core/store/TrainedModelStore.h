#pragma once
// The trained models of one dataset, by name, shared by the GUI and its jobs (std::shared_ptr; every method
// is thread-safe and none emits anything):
// - Models fitted by an evaluation are added with their ModelRecord (storable); quick models without one stay
//   in memory only.
// - The store is bound to the project file the dataset lives in (none while it is not saved). listProject()
//   reads the project's model descriptions (no blob) and lists them; acquire() loads a listed model the first
//   time it is needed, on the calling thread, then keeps it; saveUnsaved() writes every storable model the
//   bound project does not hold yet. These three read or write the file: call them on a worker.
// - A new dataset gets a new store: a job still holding the old one finishes on it and its result is dropped
//   by whoever started it.
//
//   auto model = store->acquire("als", progress);   // Result: the model, an error, or cancelled
//   if (model) (*model)->recommend(query, options);
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "store/ModelArtefacts.h"

namespace vitrina::store {

class ProjectFile;

struct TrainedModelInfo {
    std::string name;           ///< unique key, e.g. "als" or "als (factors=32)"
    std::string modelId;        ///< catalogue id
    models::ParamValues params;
    std::int64_t trainEndMs = 0; ///< the split boundary T: events at/after T are the test period
    bool loaded = false;        ///< in memory now (false = in the project, loads on acquire)
    bool stored = false;        ///< in the bound project file
};

/// What saveUnsaved() did.
struct ModelSaveSummary {
    std::size_t written = 0;
    std::optional<util::Message> firstError; ///< one model that cannot be saved does not stop the others
};

class TrainedModelStore {
public:
    /// A store for `dataset`, whose datasetFingerprint() is `fingerprint` (computed here when empty).
    TrainedModelStore(std::shared_ptr<const data::Dataset> dataset, std::string fingerprint = {});
    ~TrainedModelStore();
    TrainedModelStore(const TrainedModelStore&) = delete;
    TrainedModelStore& operator=(const TrainedModelStore&) = delete;

    const std::shared_ptr<const data::Dataset>& dataset() const { return dataset_; }
    const std::string& fingerprint() const { return fingerprint_; }

    /// Every model, by name.
    std::vector<TrainedModelInfo> list() const;
    bool contains(const std::string& name) const;
    /// The record of a storable model (added with one, or listed from a project).
    std::optional<ModelRecord> record(const std::string& name) const;
    /// The name of a model trained exactly like `record` (same id, parameters, split, seed, threads), if any.
    std::optional<std::string> findSameTraining(const ModelRecord& record) const;

    /// The model, loading it from its project file on this thread the first time (a second caller waits for
    /// that load). A model that cannot be read (corrupt blob, dataset changed) is an error; it stays listed.
    util::Result<std::shared_ptr<const models::Recommender>> acquire(const std::string& name,
                                                                     const util::Progress& progress) const;

    /// Adds (or replaces) a fitted model without a record: kept in memory, never stored.
    void add(const std::string& name, std::shared_ptr<const models::Recommender> model, models::ParamValues params,
             std::int64_t trainEndMs);
    /// Adds (or replaces) a model fitted by an evaluation; saveUnsaved() stores it.
    void add(const std::string& name, std::shared_ptr<const models::Recommender> model, const ModelRecord& record);

    /// Binds the store to the project file now holding the dataset (null: none). No file access.
    void setProject(std::shared_ptr<ProjectFile> project);
    std::shared_ptr<ProjectFile> project() const;
    /// Lists `project`'s models of this dataset (descriptions only) and adds those not in memory; a model in
    /// memory trained the same way counts as stored there. Returns how many names were added. Does nothing when
    /// the store is bound to another project by then. Unreadable descriptions go to `problems`. Reads the file.
    std::size_t listProject(const std::shared_ptr<ProjectFile>& project, std::vector<util::Message>* problems);
    /// True when a storable model is not in the bound project yet.
    bool hasUnsaved() const;
    /// Writes every such model into the bound project (each in its own transaction). Writes the file.
    ModelSaveSummary saveUnsaved(const util::Progress& progress);

    /// The shared training set of a split (by trainingKey), if one is alive. Models loaded lazily for that
    /// split use it instead of rebuilding the protocol.
    std::shared_ptr<const models::TrainingSet> trainingFor(const eval::ProtocolOptions& protocol) const;
    /// Offers a split's training set for sharing (kept only while something else holds it).
    void shareTraining(const eval::ProtocolOptions& protocol, std::shared_ptr<const models::TrainingSet> train) const;

private:
    struct Entry;
    std::shared_ptr<Entry> find(const std::string& name) const;

    const std::shared_ptr<const data::Dataset> dataset_;
    const std::string fingerprint_;
    mutable std::mutex mutex_; ///< guards everything below; never held while a file is read or written
    std::map<std::string, std::shared_ptr<Entry>> entries_;
    std::shared_ptr<ProjectFile> project_;
    /// Training sets shared by the models of one split, so that lazy loads do not rebuild (and hold) one copy
    /// per model.
    mutable std::map<std::string, std::weak_ptr<const models::TrainingSet>> trainingSets_;
};

} // namespace vitrina::store
