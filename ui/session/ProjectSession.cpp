#include "session/ProjectSession.h"

#include "store/ProjectFile.h"

namespace vitrina::ui::session {

ProjectSession::ProjectSession(QObject* parent) : QObject(parent) {}

ProjectSession::~ProjectSession() = default;

QString ProjectSession::projectPath() const {
    return project_ ? QString::fromStdString(project_->path()) : QString();
}

void ProjectSession::setDataset(LoadedDataset loaded, std::shared_ptr<store::ProjectFile> project) {
    loaded_ = std::move(loaded);
    project_ = std::move(project);
    ++revision_;
    emit datasetChanged();
    emit projectChanged();
}

void ProjectSession::setProject(std::shared_ptr<store::ProjectFile> project) {
    project_ = std::move(project);
    emit projectChanged();
}

void ProjectSession::clear() {
    loaded_ = {};
    project_.reset();
    ++revision_;
    emit datasetChanged();
    emit projectChanged();
}

} // namespace vitrina::ui::session
