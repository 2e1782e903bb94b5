#include "session/TrainedModels.h"

#include <QMetaObject>
#include <QThreadPool>

#include "common/MessageText.h"
#include "session/ProjectSession.h"
#include "store/ProjectFile.h"

namespace vitrina::ui::session {

struct TrainedModels::Entry {
    TrainedModelInfo info;
    std::optional<store::ModelRecord> record;           ///< none: not storable (added without a protocol)
    std::shared_ptr<const models::Recommender> model;   ///< null until loaded
    std::shared_ptr<store::ProjectFile> source;         ///< a project holding its blob (null: none yet)
    bool stored = false;                                ///< in project_ (GUI thread only)
    std::mutex loading;                                 ///< one lazy load at a time
};

namespace {

using ModelResult = util::Result<std::shared_ptr<const models::Recommender>>;

ModelResult failure(util::MessageCode code, std::vector<std::string> args) {
    ModelResult out;
    out.error = util::makeMessage(code, std::move(args));
    return out;
}

/// Frees old entries (models holding a training set and, through it, possibly the last reference to a
/// full-size dataset) on a worker, not on the GUI thread.
template <class T> void releaseInBackground(T old) {
    QThreadPool::globalInstance()->start([old = std::move(old)]() mutable { old = T{}; });
}

} // namespace

TrainedModels::TrainedModels(ProjectSession& session, jobs::JobRunner& runner, QObject* parent)
    : QObject(parent), session_(session), saveTracker_(runner, this) {
    connect(&session_, &ProjectSession::datasetChanged, this, &TrainedModels::datasetChanged);
    connect(&session_, &ProjectSession::projectChanged, this, &TrainedModels::projectChanged);
    datasetChanged();
    projectChanged();
}

TrainedModels::~TrainedModels() = default;

std::vector<TrainedModelInfo> TrainedModels::list() const {
    std::lock_guard lock(mutex_);
    std::vector<TrainedModelInfo> out;
    out.reserve(entries_.size());
    for (const auto& [name, entry] : entries_) {
        TrainedModelInfo info = entry->info;
        info.loaded = entry->model != nullptr;
        info.stored = entry->stored;
        out.push_back(std::move(info));
    }
    return out;
}

bool TrainedModels::contains(const QString& name) const {
    std::lock_guard lock(mutex_);
    return entries_.count(name) > 0;
}

std::optional<store::ModelRecord> TrainedModels::record(const QString& name) const {
    std::lock_guard lock(mutex_);
    const auto it = entries_.find(name);
    if (it == entries_.end()) return std::nullopt;
    return it->second->record;
}

std::optional<QString> TrainedModels::findSameTraining(const store::ModelRecord& wanted) const {
    std::lock_guard lock(mutex_);
    for (const auto& [name, entry] : entries_)
        if (entry->record && entry->record->sameTraining(wanted)) return name;
    return std::nullopt;
}

std::shared_ptr<const models::TrainingSet> TrainedModels::trainingFor(const eval::ProtocolOptions& protocol) const {
    std::lock_guard lock(mutex_);
    const auto it = trainingSets_.find(store::trainingKey(protocol));
    return it == trainingSets_.end() ? nullptr : it->second.lock();
}

void TrainedModels::shareTraining(const eval::ProtocolOptions& protocol,
                                  std::shared_ptr<const models::TrainingSet> train) const {
    if (!train) return;
    std::lock_guard lock(mutex_);
    if (train->datasetPtr() != dataset_) return; // a job finishing for an older dataset
    trainingSets_[store::trainingKey(protocol)] = train;
}

ModelResult TrainedModels::acquire(const QString& name, const util::Progress& progress) const {
    std::shared_ptr<Entry> entry;
    std::shared_ptr<const data::Dataset> dataset;
    quint64 generation = 0;
    {
        std::lock_guard lock(mutex_);
        const auto it = entries_.find(name);
        if (it == entries_.end()) return failure(util::MessageCode::ModelStoreUnknown, {name.toStdString()});
        entry = it->second;
        if (entry->model) return ModelResult{entry->model, {}, {}, false};
        dataset = dataset_;
        generation = generation_;
    }
    std::lock_guard loadLock(entry->loading); // a second caller waits, then finds the model loaded
    std::shared_ptr<store::ProjectFile> source;
    std::optional<store::ModelRecord> record;
    {
        std::lock_guard lock(mutex_);
        if (entry->model) return ModelResult{entry->model, {}, {}, false};
        source = entry->source;
        record = entry->record;
    }
    if (!source || !record || !dataset) return failure(util::MessageCode::ModelStoreUnknown, {name.toStdString()});

    // The split's training set: shared with the models of the same split, rebuilt once when none is alive.
    std::shared_ptr<const models::TrainingSet> train = trainingFor(record->protocol);
    if (train && train->cutoffMs() != record->trainEndMs) train.reset();
    if (!train) {
        auto rebuilt = util::capture<std::shared_ptr<const models::TrainingSet>>([&](std::vector<util::Message>&) {
            return store::rebuildTrainingSet(dataset, *record, progress.sub(0.0, 0.7, "load.split"));
        });
        if (!rebuilt) return ModelResult{std::nullopt, {}, rebuilt.error, rebuilt.cancelled};
        train = *rebuilt;
        shareTraining(record->protocol, train);
    }
    ModelResult loaded = store::loadModel(*source, name.toStdString(), dataset, train, progress.sub(0.7, 1.0));
    if (!loaded) return loaded;
    {
        std::lock_guard lock(mutex_);
        if (generation != generation_) return loaded; // the dataset changed meanwhile: hand it out, keep nothing
        entry->model = *loaded;
    }
    auto* self = const_cast<TrainedModels*>(this); // only to post the signal to the GUI thread
    QMetaObject::invokeMethod(self, [self] { emit self->changed(); }, Qt::QueuedConnection);
    return loaded;
}

void TrainedModels::add(const QString& name, std::shared_ptr<const models::Recommender> model,
                        models::ParamValues params, std::int64_t trainEndMs) {
    auto entry = std::make_shared<Entry>();
    entry->info = TrainedModelInfo{name, model ? model->id() : std::string(), std::move(params), trainEndMs, true, false};
    entry->model = std::move(model);
    {
        std::lock_guard lock(mutex_);
        entries_[name] = std::move(entry);
    }
    emit changed();
}

void TrainedModels::add(const QString& name, std::shared_ptr<const models::Recommender> model,
                        const store::ModelRecord& record) {
    auto entry = std::make_shared<Entry>();
    entry->info = TrainedModelInfo{name, record.modelId, record.params, record.trainEndMs, true, false};
    entry->model = std::move(model);
    entry->record = record;
    {
        std::lock_guard lock(mutex_);
        entries_[name] = std::move(entry);
    }
    emit changed();
    saveInBackground();
}

void TrainedModels::clear() {
    std::map<QString, std::shared_ptr<Entry>> old;
    {
        std::lock_guard lock(mutex_);
        old.swap(entries_);
        trainingSets_.clear();
        ++generation_;
    }
    releaseInBackground(std::move(old));
    emit changed();
}

void TrainedModels::datasetChanged() {
    std::shared_ptr<const data::Dataset> previous;
    {
        std::lock_guard lock(mutex_);
        previous = std::exchange(dataset_, session_.dataset());
        const std::string& known = session_.loaded().fingerprint;
        fingerprint_ = !dataset_ ? std::string() : !known.empty() ? known : store::datasetFingerprint(*dataset_);
    }
    project_.reset();
    lastError_.clear();
    clear();
    releaseInBackground(std::move(previous));
}

void TrainedModels::projectChanged() {
    const auto project = session_.project();
    if (project == project_) return;
    project_ = project;
    {
        // A new project file (opened, the dataset saved as) or none: nothing of ours is in it yet, except
        // what it lists.
        std::lock_guard lock(mutex_);
        for (auto& [name, entry] : entries_) entry->stored = false;
    }
    if (!project_) {
        emit changed();
        return;
    }
    listFromProject();
    saveInBackground();
}

void TrainedModels::listFromProject() {
    std::vector<store::StoredModel> stored;
    std::vector<util::Message> problems;
    try {
        stored = store::listModels(*project_, fingerprint_, &problems);
    } catch (const util::Error& e) {
        problems.push_back(e.message());
    }
    lastError_ = problems.empty() ? QString() : common::MessageText::text(problems.front());
    {
        std::lock_guard lock(mutex_);
        for (store::StoredModel& s : stored) {
            const QString name = QString::fromStdString(s.name);
            const auto it = entries_.find(name);
            if (it != entries_.end()) {
                // The same model already in memory: it is in this project now; another one keeps its place.
                if (it->second->record && it->second->record->sameTraining(s.record)) {
                    it->second->stored = true;
                    it->second->source = project_;
                }
                continue;
            }
            auto entry = std::make_shared<Entry>();
            entry->info = TrainedModelInfo{name, s.record.modelId, s.record.params, s.record.trainEndMs, false, true};
            entry->record = std::move(s.record);
            entry->source = project_;
            entry->stored = true;
            entries_[name] = std::move(entry);
        }
    }
    emit changed();
}

void TrainedModels::saveInBackground() {
    if (!project_) return;
    if (saveTracker_.isRunning()) return; // the running save starts the next one when it finishes
    struct Task {
        std::shared_ptr<Entry> entry;
        std::string name;
        store::ModelRecord record;
        std::shared_ptr<const models::Recommender> model;
        std::shared_ptr<store::ProjectFile> source;
    };
    std::vector<Task> tasks;
    {
        std::lock_guard lock(mutex_);
        for (const auto& [name, entry] : entries_)
            if (entry->record && !entry->stored && (entry->model || entry->source))
                tasks.push_back({entry, name.toStdString(), *entry->record, entry->model, entry->source});
    }
    if (tasks.empty()) return;
    const auto project = project_;
    const quint64 generation = generation_;
    auto written = std::make_shared<std::vector<std::shared_ptr<Entry>>>();
    saveTracker_.start<bool>(
        tr("Saving trained models"),
        [tasks, project, written](const jobs::JobContext& job) {
            return util::capture<bool>([&](std::vector<util::Message>&) {
                std::optional<util::Message> firstError; // one model that cannot be saved does not stop the rest
                for (std::size_t i = 0; i < tasks.size(); ++i) {
                    job.progress.check();
                    job.progress.set(static_cast<double>(i) / static_cast<double>(tasks.size()), "save.models");
                    const Task& t = tasks[i];
                    try {
                        if (t.model) store::saveModel(*project, t.name, t.record, *t.model);
                        else store::saveModelBlob(*project, t.name, t.record, t.source->artefactBlob(store::kModelArtefact, t.name));
                        written->push_back(t.entry); // each artefact is its own transaction: done is done
                    } catch (const util::Error& e) {
                        if (!firstError) firstError = e.message();
                    }
                }
                if (firstError) throw util::Error(*firstError);
                return true;
            });
        },
        [this, project, generation, written](util::Result<bool>& result) {
            if (generation != generation_ || project != project_) return saveInBackground();
            {
                std::lock_guard lock(mutex_);
                for (const auto& entry : *written) {
                    entry->stored = true;
                    entry->source = project;
                }
            }
            lastError_ = result || result.cancelled ? QString() : common::MessageText::text(*result.error);
            emit changed();
            emit saved(result.ok());
            if (result) saveInBackground(); // models added while this one ran
        });
}

} // namespace vitrina::ui::session
