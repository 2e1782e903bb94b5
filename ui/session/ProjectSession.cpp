#include "session/ProjectSession.h"

#include <utility>

#include "jobs/JobRunner.h"
#include "store/ProjectFile.h"

namespace vitrina::ui::session {

ProjectSession::ProjectSession(jobs::JobRunner& runner, QObject* parent) : QObject(parent), runner_(runner) {}

ProjectSession::~ProjectSession() = default;

QString ProjectSession::projectPath() const {
    return project_ ? QString::fromStdString(project_->path()) : QString();
}

void ProjectSession::setDataset(LoadedDataset loaded, std::shared_ptr<store::ProjectFile> project) {
    LoadedDataset previous = std::exchange(loaded_, std::move(loaded));
    project_ = std::move(project);
    ++revision_;
    emit datasetChanged();
    emit projectChanged();
    releaseInBackground(std::move(previous));
}

void ProjectSession::releaseInBackground(LoadedDataset previous) {
    // Freeing a full-size dataset (id maps, names, millions of allocations) takes tens of milliseconds: let a
    // worker drop the last reference, after the pages have dropped theirs in datasetChanged().
    if (!previous.dataset && !previous.sessions && !previous.summary) return;
    runner_.releaseInBackground(std::make_shared<const LoadedDataset>(std::move(previous)));
}

void ProjectSession::setProject(std::shared_ptr<store::ProjectFile> project) {
    project_ = std::move(project);
    emit projectChanged();
}

void ProjectSession::clear() {
    LoadedDataset previous = std::exchange(loaded_, LoadedDataset{});
    project_.reset();
    ++revision_;
    emit datasetChanged();
    emit projectChanged();
    releaseInBackground(std::move(previous));
}

} // namespace vitrina::ui::session
