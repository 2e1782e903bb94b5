#pragma once
// The hybrid's last ablation kept in the project, like the evaluation (ModelsPersistence): stored as the
// "ablation" artefact "last" in the background when it is made (or when the project is saved as), read back in
// the background when a project opens, and dropped when another dataset opens.
#include <QString>

#include <memory>

#include "app/Page.h"
#include "session/ResultKeeper.h"
#ifndef Q_MOC_RUN
#include "eval/Ablation.h"
#include "eval/Protocol.h"
#endif

namespace vitrina::ui::modelspage {

class AblationPersistence : public session::ResultKeeper {
    Q_OBJECT
public:
    explicit AblationPersistence(app::PageContext& context, QObject* parent = nullptr);

    /// A new ablation to keep: stored now when a project is open, else with the next save.
    void keep(const eval::ProtocolOptions& protocol, std::shared_ptr<const eval::AblationReport> report);

signals:
    /// The ablation stored in a project just opened, to show again.
    void restored(std::shared_ptr<const vitrina::eval::AblationReport> report);
    /// Another dataset: the shown ablation is not about it any more.
    void cleared();
    /// Writing or reading failed (message translated); what is shown stays.
    void failed(const QString& message);

protected:
    bool hasResult() const override { return current_ != nullptr; }
    void dropResult() override;
    void save() override;
    void restore() override;
    void readFailed(const util::Message& error) override;

private:
    app::PageContext& context_;
    eval::ProtocolOptions protocol_;
    std::shared_ptr<const eval::AblationReport> current_;
};

} // namespace vitrina::ui::modelspage
