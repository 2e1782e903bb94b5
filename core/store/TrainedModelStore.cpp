#include "store/TrainedModelStore.h"

#include <utility>

#include "models/TrainingSet.h"
#include "store/ProjectFile.h"

namespace vitrina::store {

struct TrainedModelStore::Entry {
    std::string modelId;
    models::ParamValues params;
    std::int64_t trainEndMs = 0;
    std::optional<ModelRecord> record;                 ///< none: not storable (added without a protocol)
    // Guarded by the store's mutex:
    std::shared_ptr<const models::Recommender> model;  ///< null until loaded
    std::shared_ptr<ProjectFile> source;               ///< a project file holding its blob (null: none yet)
    std::mutex loading;                                ///< one lazy load at a time
};

namespace {

using ModelResult = util::Result<std::shared_ptr<const models::Recommender>>;

ModelResult failure(util::MessageCode code, std::vector<std::string> args) {
    ModelResult out;
    out.error = util::makeMessage(code, std::move(args));
    return out;
}

} // namespace

TrainedModelStore::TrainedModelStore(std::shared_ptr<const data::Dataset> dataset, std::string fingerprint)
    : dataset_(std::move(dataset)),
      fingerprint_(!fingerprint.empty() || !dataset_ ? std::move(fingerprint) : datasetFingerprint(*dataset_)) {}

TrainedModelStore::~TrainedModelStore() = default;

std::shared_ptr<TrainedModelStore::Entry> TrainedModelStore::find(const std::string& name) const {
    const std::lock_guard lock(mutex_);
    const auto it = entries_.find(name);
    return it == entries_.end() ? nullptr : it->second;
}

std::vector<TrainedModelInfo> TrainedModelStore::list() const {
    const std::lock_guard lock(mutex_);
    std::vector<TrainedModelInfo> out;
    out.reserve(entries_.size());
    for (const auto& [name, entry] : entries_)
        out.push_back({name, entry->modelId, entry->params, entry->trainEndMs, entry->model != nullptr,
                       project_ && entry->source == project_});
    return out;
}

bool TrainedModelStore::contains(const std::string& name) const { return find(name) != nullptr; }

std::optional<ModelRecord> TrainedModelStore::record(const std::string& name) const {
    const auto entry = find(name);
    return entry ? entry->record : std::nullopt;
}

std::optional<std::string> TrainedModelStore::findSameTraining(const ModelRecord& wanted) const {
    const std::lock_guard lock(mutex_);
    for (const auto& [name, entry] : entries_)
        if (entry->record && entry->record->sameTraining(wanted)) return name;
    return std::nullopt;
}

std::shared_ptr<const models::TrainingSet> TrainedModelStore::trainingFor(const eval::ProtocolOptions& protocol) const {
    const std::lock_guard lock(mutex_);
    const auto it = trainingSets_.find(trainingKey(protocol));
    return it == trainingSets_.end() ? nullptr : it->second.lock();
}

void TrainedModelStore::shareTraining(const eval::ProtocolOptions& protocol,
                                      std::shared_ptr<const models::TrainingSet> train) const {
    if (!train || train->datasetPtr() != dataset_) return; // another dataset's split is of no use here
    const std::lock_guard lock(mutex_);
    trainingSets_[trainingKey(protocol)] = train;
}

ModelResult TrainedModelStore::acquire(const std::string& name, const util::Progress& progress) const {
    const std::shared_ptr<Entry> entry = find(name);
    if (!entry) return failure(util::MessageCode::ModelStoreUnknown, {name});
    const auto loadedModel = [&]() -> std::shared_ptr<const models::Recommender> {
        const std::lock_guard lock(mutex_);
        return entry->model;
    };
    if (auto model = loadedModel()) return ModelResult{std::move(model), {}, {}, false};
    const std::lock_guard loadLock(entry->loading); // a second caller waits, then finds the model loaded
    if (auto model = loadedModel()) return ModelResult{std::move(model), {}, {}, false};
    std::shared_ptr<ProjectFile> source;
    {
        const std::lock_guard lock(mutex_);
        source = entry->source;
    }
    if (!source || !entry->record || !dataset_) return failure(util::MessageCode::ModelStoreUnknown, {name});
    const ModelRecord& record = *entry->record;

    // The split's training set: shared with the models of the same split, rebuilt once when none is alive.
    std::shared_ptr<const models::TrainingSet> train = trainingFor(record.protocol);
    if (train && train->cutoffMs() != record.trainEndMs) train.reset();
    if (!train) {
        auto rebuilt = util::capture<std::shared_ptr<const models::TrainingSet>>([&](std::vector<util::Message>&) {
            return rebuildTrainingSet(dataset_, record, progress.sub(0.0, 0.7, "load.split"));
        });
        if (!rebuilt) return ModelResult{std::nullopt, {}, rebuilt.error, rebuilt.cancelled};
        train = *rebuilt;
        shareTraining(record.protocol, train);
    }
    ModelResult loaded = loadModel(*source, name, dataset_, train, progress.sub(0.7, 1.0));
    if (loaded) {
        const std::lock_guard lock(mutex_);
        entry->model = *loaded;
    }
    return loaded;
}

void TrainedModelStore::add(const std::string& name, std::shared_ptr<const models::Recommender> model,
                            models::ParamValues params, std::int64_t trainEndMs) {
    auto entry = std::make_shared<Entry>();
    entry->modelId = model ? model->id() : std::string();
    entry->params = std::move(params);
    entry->trainEndMs = trainEndMs;
    entry->model = std::move(model);
    const std::lock_guard lock(mutex_);
    entries_[name] = std::move(entry);
}

void TrainedModelStore::add(const std::string& name, std::shared_ptr<const models::Recommender> model,
                            const ModelRecord& record) {
    auto entry = std::make_shared<Entry>();
    entry->modelId = record.modelId;
    entry->params = record.params;
    entry->trainEndMs = record.trainEndMs;
    entry->record = record;
    entry->model = std::move(model);
    const std::lock_guard lock(mutex_);
    entries_[name] = std::move(entry);
}

void TrainedModelStore::setProject(std::shared_ptr<ProjectFile> project) {
    const std::lock_guard lock(mutex_);
    project_ = std::move(project);
}

std::shared_ptr<ProjectFile> TrainedModelStore::project() const {
    const std::lock_guard lock(mutex_);
    return project_;
}

std::size_t TrainedModelStore::listProject(const std::shared_ptr<ProjectFile>& project,
                                           std::vector<util::Message>* problems) {
    if (!project || this->project() != project) return 0;
    std::vector<StoredModel> stored;
    try {
        stored = listModels(*project, fingerprint_, problems);
    } catch (const util::Error& e) {
        if (problems) problems->push_back(e.message());
    }
    std::size_t added = 0;
    const std::lock_guard lock(mutex_);
    if (project_ != project) return 0;
    for (StoredModel& s : stored) {
        const auto it = entries_.find(s.name);
        if (it != entries_.end()) {
            // The same model already in memory is in this project now; another one keeps its place.
            if (it->second->record && it->second->record->sameTraining(s.record)) it->second->source = project;
            continue;
        }
        auto entry = std::make_shared<Entry>();
        entry->modelId = s.record.modelId;
        entry->params = s.record.params;
        entry->trainEndMs = s.record.trainEndMs;
        entry->record = std::move(s.record);
        entry->source = project;
        entries_.emplace(s.name, std::move(entry));
        ++added;
    }
    return added;
}

bool TrainedModelStore::hasUnsaved() const {
    const std::lock_guard lock(mutex_);
    if (!project_) return false;
    for (const auto& [name, entry] : entries_)
        if (entry->record && entry->source != project_ && (entry->model || entry->source)) return true;
    return false;
}

ModelSaveSummary TrainedModelStore::saveUnsaved(const util::Progress& progress) {
    struct Task {
        std::shared_ptr<Entry> entry;
        std::string name;
        std::shared_ptr<const models::Recommender> model;
        std::shared_ptr<ProjectFile> source;
    };
    std::shared_ptr<ProjectFile> project;
    std::vector<Task> tasks;
    {
        const std::lock_guard lock(mutex_);
        project = project_;
        if (!project) return {};
        for (const auto& [name, entry] : entries_)
            if (entry->record && entry->source != project && (entry->model || entry->source))
                tasks.push_back({entry, name, entry->model, entry->source});
    }
    ModelSaveSummary summary;
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        progress.check();
        progress.set(static_cast<double>(i) / static_cast<double>(tasks.size()), "save.models");
        const Task& t = tasks[i];
        try {
            if (t.model) saveModel(*project, t.name, *t.entry->record, *t.model);
            else saveModelBlob(*project, t.name, *t.entry->record, t.source->artefactBlob(kModelArtefact, t.name));
            const std::lock_guard lock(mutex_);
            t.entry->source = project; // each artefact is its own transaction: done is done
            ++summary.written;
        } catch (const util::Error& e) {
            if (!summary.firstError) summary.firstError = e.message();
        }
    }
    progress.set(1.0, "save.models");
    return summary;
}

} // namespace vitrina::store
