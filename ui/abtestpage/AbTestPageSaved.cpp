// The A/B page's saved experiments (store::ExperimentStore in the project file): saving the shown run,
// listing, deleting, and reopening one by running its set-up again. Every project-file access runs in a job;
// each job holds the project it started on, and its result is dropped when the session has moved on to
// another project meanwhile (the projectChanged listing shows the new one).
#include <QDateTime>
#include <QLineEdit>
#include <QListWidget>

#include "abtestpage/AbTestPage.h"
#include "common/Format.h"
#include "common/MessageText.h"
#include "common/ModelNames.h"
#include "session/ProjectSession.h"
#include "store/ExperimentStore.h"
#include "store/ProjectFile.h"

namespace vitrina::ui::abtestpage {

namespace ab = vitrina::abtest;

namespace {
using SavedList = std::vector<store::SavedExperiment>;
} // namespace

bool AbTestPage::isStoreBusy() const {
    return listTracker_.isRunning() || saveTracker_.isRunning() || reopenTracker_.isRunning();
}

bool AbTestPage::saveExperiment(const QString& requestedName) {
    const auto project = context_.session.project();
    if (!project || !run_) {
        showError(project ? tr("Run an experiment first.") : tr("Save the project first: experiments are stored in it."));
        return false;
    }
    QString name = requestedName.trimmed();
    if (name.isEmpty()) {
        QStringList arms;
        for (const auto& arm : run_->data.arms) arms << common::armDisplayName(QString::fromStdString(arm.name));
        name = arms.join(QStringLiteral(" / ")) + QStringLiteral(", ") +
               QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
    }
    showError({});
    const auto run = run_;
    const std::string key = name.toStdString();
    saveTracker_.start<bool>(
        tr("Saving the experiment"),
        [project, run, key](const jobs::JobContext&) {
            return util::capture<bool>([&](std::vector<util::Message>&) {
                store::ExperimentStore(*project).save(key, *run);
                return true;
            });
        },
        [this, project, requestedName](util::Result<bool>& result) {
            if (context_.session.project() != project) return; // saved into the project it was asked for
            if (!result) {
                if (!result.cancelled && result.error)
                    showError(tr("The experiment could not be saved: %1").arg(common::MessageText::text(*result.error)));
                return;
            }
            if (saveName_->text() == requestedName) saveName_->clear();
            refreshSaved();
        });
    return true;
}

void AbTestPage::deleteExperiment(const QString& name) {
    const auto project = context_.session.project();
    if (!project) return;
    const std::string key = name.toStdString();
    saveTracker_.start<bool>(
        tr("Deleting the experiment"),
        [project, key](const jobs::JobContext&) {
            return util::capture<bool>([&](std::vector<util::Message>&) {
                store::ExperimentStore(*project).remove(key);
                return true;
            });
        },
        [this, project](util::Result<bool>& result) {
            if (context_.session.project() != project) return;
            if (!result && !result.cancelled && result.error)
                showError(tr("The experiment could not be deleted: %1").arg(common::MessageText::text(*result.error)));
            refreshSaved();
        });
}

QStringList AbTestPage::savedExperiments() const {
    QStringList names;
    for (int i = 0; i < saved_->count(); ++i) names << saved_->item(i)->data(Qt::UserRole).toString();
    return names;
}

void AbTestPage::refreshSaved() {
    const auto project = context_.session.project();
    if (!project) {
        listTracker_.cancel();
        showSaved({});
        saved_->setToolTip(tr("Save the project to keep experiments in it."));
        return;
    }
    listTracker_.start<SavedList>(
        tr("Listing the saved experiments"),
        [project](const jobs::JobContext&) {
            return util::capture<SavedList>([&](std::vector<util::Message>&) { return store::ExperimentStore(*project).list(); });
        },
        [this, project](util::Result<SavedList>& result) {
            if (context_.session.project() != project) return;
            if (!result) {
                if (!result.cancelled && result.error) showError(common::MessageText::text(*result.error));
                return;
            }
            saved_->setToolTip({});
            showSaved(*result);
        });
}

void AbTestPage::showSaved(const std::vector<store::SavedExperiment>& list) {
    const QString selected = saved_->currentItem() ? saved_->currentItem()->data(Qt::UserRole).toString() : QString();
    saved_->clear();
    for (const store::SavedExperiment& experiment : list) {
        const QString name = QString::fromStdString(experiment.name);
        const QString verdict = QString::fromStdString(experiment.verdict);
        auto* item = new QListWidgetItem(verdict.isEmpty() ? name : QStringLiteral("%1 [%2]").arg(name, verdict), saved_);
        item->setData(Qt::UserRole, name);
        item->setToolTip(common::formatUtcTime(experiment.savedMs));
        if (name == selected) saved_->setCurrentItem(item);
    }
}

bool AbTestPage::reopenExperiment(const QString& name) {
    const auto project = context_.session.project();
    if (!project) return false;
    const std::string key = name.toStdString();
    reopenTracker_.start<ab::ExperimentSetup>(
        tr("Reading the saved experiment"),
        [project, key](const jobs::JobContext&) {
            return util::capture<ab::ExperimentSetup>([&](std::vector<util::Message>&) {
                return *store::ExperimentStore(*project).experiment(key).setup;
            });
        },
        [this, project](util::Result<ab::ExperimentSetup>& result) {
            if (context_.session.project() != project) return; // it belonged to the previous project
            if (!result) {
                if (!result.cancelled && result.error) showError(common::MessageText::text(*result.error));
                return;
            }
            setSetup(*result);
            runExperiment();
        });
    return true;
}

} // namespace vitrina::ui::abtestpage
