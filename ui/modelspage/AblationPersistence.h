#pragma once
// The hybrid's last ablation kept in the project, like the evaluation (ModelsPersistence): stored as the
// "ablation" artefact "last" in the background when it is made (or when the project is saved as), read back in
// the background when a project opens, and dropped when another dataset opens.
#include <QObject>
#include <QString>

#include <memory>

#include "app/Page.h"
#include "jobs/JobRunner.h"
#ifndef Q_MOC_RUN
#include "eval/Ablation.h"
#include "eval/Protocol.h"
#endif

namespace vitrina::store {
class ProjectFile;
}

namespace vitrina::ui::modelspage {

class AblationPersistence : public QObject {
    Q_OBJECT
public:
    explicit AblationPersistence(app::PageContext& context, QObject* parent = nullptr);

    /// A new ablation to keep: stored now when a project is open, else with the next save.
    void keep(const eval::ProtocolOptions& protocol, std::shared_ptr<const eval::AblationReport> report);
    bool isBusy() const { return saveTracker_.isRunning() || restoreTracker_.isRunning(); }
    /// The project file the shown ablation is stored in (null: not stored yet).
    std::shared_ptr<store::ProjectFile> storedIn() const { return storedIn_; }

signals:
    /// The ablation stored in a project just opened, to show again.
    void restored(std::shared_ptr<const vitrina::eval::AblationReport> report);
    /// Another dataset: the shown ablation is not about it any more.
    void cleared();
    /// Writing or reading failed (message translated); what is shown stays.
    void failed(const QString& message);

private:
    void datasetChanged();
    void projectChanged();
    void save();
    void restore();

    app::PageContext& context_;
    jobs::JobTracker saveTracker_;
    jobs::JobTracker restoreTracker_;
    eval::ProtocolOptions protocol_;
    std::shared_ptr<const eval::AblationReport> current_;
    std::shared_ptr<store::ProjectFile> storedIn_;
    std::shared_ptr<store::ProjectFile> project_;
};

} // namespace vitrina::ui::modelspage
