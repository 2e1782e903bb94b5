#include "session/ResultKeeper.h"

#include "session/ProjectSession.h"

namespace vitrina::ui::session {

ResultKeeper::ResultKeeper(ProjectSession& session, jobs::JobRunner& jobs, QObject* parent)
    : QObject(parent), session_(session), saveTracker_(jobs, this), restoreTracker_(jobs, this),
      project_(session.project()) {
    connect(&session_, &ProjectSession::datasetChanged, this, &ResultKeeper::datasetChanged);
    connect(&session_, &ProjectSession::projectChanged, this, &ResultKeeper::projectChanged);
}

void ResultKeeper::datasetChanged() {
    saveTracker_.cancel();
    restoreTracker_.cancel();
    storedIn_.reset();
    dropResult();
}

void ResultKeeper::projectChanged() {
    const auto project = session_.project();
    if (project == project_) return;
    project_ = project;
    if (!project_) return;
    if (hasResult()) save(); // saved as: the shown result goes into the new file
    else restore();          // opened: show its stored result again
}

} // namespace vitrina::ui::session
