#include "modelspage/AblationPersistence.h"

#include "common/MessageText.h"
#include "session/ProjectSession.h"
#include "store/AblationArtefacts.h"
#include "store/Artefact.h"
#include "store/ModelArtefacts.h"

namespace vitrina::ui::modelspage {

namespace {
constexpr const char* kLastAblation = "last";
} // namespace

AblationPersistence::AblationPersistence(app::PageContext& context, QObject* parent)
    : session::ResultKeeper(context.session, context.jobs, parent), context_(context) {}

void AblationPersistence::keep(const eval::ProtocolOptions& protocol, std::shared_ptr<const eval::AblationReport> report) {
    restoreTracker_.cancel(); // a late read of an older ablation must not replace this one
    protocol_ = protocol;
    current_ = std::move(report);
    storedIn_.reset();
    save();
}

void AblationPersistence::dropResult() {
    if (!current_) return;
    current_.reset();
    emit cleared();
}

void AblationPersistence::save() {
    const auto project = context_.session.project();
    if (!project || !current_ || storedIn_ == project) return;
    const auto report = current_;
    const eval::ProtocolOptions protocol = protocol_;
    const auto dataset = context_.session.dataset();
    if (!dataset) return;
    saveTracker_.start<bool>(
        tr("Saving the ablation"),
        [project, protocol, report, dataset](const jobs::JobContext&) {
            return util::capture<bool>([&](std::vector<util::Message>&) {
                store::saveAblation(*project, kLastAblation, protocol, *report, store::datasetFingerprint(*dataset));
                return true;
            });
        },
        [this, project, report](util::Result<bool>& result) {
            if (result && report == current_) storedIn_ = project;
            if (!result && result.error && !result.cancelled) emit failed(common::MessageText::text(*result.error));
        });
}

void AblationPersistence::restore() {
    startRestore<eval::AblationReport>(
        tr("Reading the last ablation"),
        [](const store::ProjectFile& project, const data::Dataset& dataset) -> std::shared_ptr<const eval::AblationReport> {
            if (!project.artefactInfo(store::kAblationArtefact, kLastAblation)) return nullptr;
            auto stored = store::loadAblation(project, kLastAblation);
            if (!stored) throw util::Error(*stored.error);
            if (stored->dataset != store::datasetFingerprint(dataset)) return nullptr; // made on another dataset
            return std::make_shared<const eval::AblationReport>(std::move(stored->report));
        },
        [this](std::shared_ptr<const eval::AblationReport> report) {
            current_ = std::move(report);
            emit restored(current_);
        });
}

void AblationPersistence::readFailed(const util::Message& error) { emit failed(common::MessageText::text(error)); }

} // namespace vitrina::ui::modelspage
