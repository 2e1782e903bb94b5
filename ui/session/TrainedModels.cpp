#include "session/TrainedModels.h"

#include <utility>

#include "common/MessageText.h"
#include "session/ProjectSession.h"
#include "store/ProjectFile.h"

namespace vitrina::ui::session {

namespace {

TrainedModelInfo toGui(store::TrainedModelInfo info) {
    return {QString::fromStdString(info.name), std::move(info.modelId), std::move(info.params), info.trainEndMs,
            info.loaded, info.stored};
}

} // namespace

TrainedModels::TrainedModels(ProjectSession& session, jobs::JobRunner& runner, QObject* parent)
    : QObject(parent), session_(session), runner_(runner), listTracker_(runner, this), saveTracker_(runner, this) {
    connect(&session_, &ProjectSession::datasetChanged, this, &TrainedModels::datasetChanged);
    connect(&session_, &ProjectSession::projectChanged, this, &TrainedModels::projectChanged);
    replaceStore();
    projectChanged();
}

TrainedModels::~TrainedModels() = default;

std::vector<TrainedModelInfo> TrainedModels::list() const {
    std::vector<TrainedModelInfo> out;
    for (store::TrainedModelInfo& info : store_->list()) out.push_back(toGui(std::move(info)));
    return out;
}

bool TrainedModels::contains(const QString& name) const { return store_->contains(name.toStdString()); }

std::optional<QString> TrainedModels::findSameTraining(const store::ModelRecord& record) const {
    const auto name = store_->findSameTraining(record);
    return name ? std::optional<QString>(QString::fromStdString(*name)) : std::nullopt;
}

void TrainedModels::add(const QString& name, std::shared_ptr<const models::Recommender> model, models::ParamValues params,
                        std::int64_t trainEndMs) {
    store_->add(name.toStdString(), std::move(model), std::move(params), trainEndMs);
    emit changed();
}

void TrainedModels::add(const QString& name, std::shared_ptr<const models::Recommender> model,
                        const store::ModelRecord& record) {
    store_->add(name.toStdString(), std::move(model), record);
    emit changed();
    saveInBackground();
}

void TrainedModels::clear() {
    replaceStore();
    store_->setProject(project_); // the same file, nothing of the new store in it yet
    emit changed();
}

void TrainedModels::replaceStore() {
    // A job still holding the old store finishes on it; the last reference (models, training sets and through
    // them possibly a full-size dataset) is dropped on a job thread, not here.
    auto previous = std::exchange(store_, std::make_shared<store::TrainedModelStore>(session_.dataset(),
                                                                                      session_.loaded().fingerprint));
    runner_.releaseInBackground(std::move(previous));
    listTracker_.cancel(); // a running save finishes what it started, then turns to the new store
}

void TrainedModels::datasetChanged() {
    project_.reset();
    lastError_.clear();
    replaceStore();
    emit changed();
}

void TrainedModels::projectChanged() {
    const auto project = session_.project();
    if (project == project_) return;
    project_ = project;
    store_->setProject(project_);
    if (project_) listProject();
}

void TrainedModels::listProject() {
    const auto modelStore = store_;
    const auto project = project_;
    listTracker_.start<std::size_t>(
        tr("Listing the trained models"),
        [modelStore, project](const jobs::JobContext&) {
            util::Result<std::size_t> result;
            result.value = modelStore->listProject(project, &result.warnings);
            return result;
        },
        [this, modelStore, project](util::Result<std::size_t>& result) {
            if (modelStore != store_ || project != project_) return;
            lastError_ = result.warnings.empty() ? QString() : common::MessageText::text(result.warnings.front());
            if (result && *result > 0) emit changed();
            saveInBackground();
        });
}

void TrainedModels::saveInBackground() {
    // One writer at a time; a running save (or the listing) starts the next round when it finishes.
    if (!project_ || saveTracker_.isRunning() || listTracker_.isRunning() || !store_->hasUnsaved()) return;
    const auto modelStore = store_;
    saveTracker_.start<bool>(
        tr("Saving trained models"),
        [modelStore](const jobs::JobContext& job) {
            return util::capture<bool>([&](std::vector<util::Message>&) {
                const store::ModelSaveSummary summary = modelStore->saveUnsaved(job.progress);
                if (summary.firstError) throw util::Error(*summary.firstError);
                return true;
            });
        },
        [this, modelStore](util::Result<bool>& result) {
            if (modelStore != store_) return saveInBackground();
            lastError_ = result || result.cancelled ? QString() : common::MessageText::text(*result.error);
            emit saved(result.ok());
            if (result) saveInBackground(); // models added, or the project changed, while this one ran
        });
}

} // namespace vitrina::ui::session
