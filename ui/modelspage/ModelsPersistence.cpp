#include "modelspage/ModelsPersistence.h"

#include <QStringList>

#include <nlohmann/json.hpp>

#include "common/ModelNames.h"
#include "common/MessageText.h"
#include "models/Catalogue.h"
#include "models/ParamsJson.h"
#include "session/ProjectSession.h"
#include "session/TrainedModels.h"
#include "store/Artefact.h"
#include "store/EvaluationArtefacts.h"
#include "store/ProjectFile.h"

namespace vitrina::ui::modelspage {
namespace {

constexpr const char* kLastEvaluation = "last";

nlohmann::json specsJson(const std::vector<eval::ModelSpec>& specs) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& s : specs) out.push_back({{"id", s.id}, {"params", models::toJson(s.params)}});
    return out;
}

std::vector<eval::ModelSpec> specsFromJson(const nlohmann::json& j) {
    std::vector<eval::ModelSpec> out;
    if (!j.is_array()) return out;
    for (const auto& s : j) {
        if (!s.is_object() || !s.contains("id") || !s.at("id").is_string()) continue;
        const std::string id = s.at("id").get<std::string>();
        const nlohmann::json params = s.value("params", nlohmann::json::object());
        out.push_back({id, params.is_object() ? models::paramValuesFromJson(params, id) : models::ParamValues{}});
    }
    return out;
}

template <class T> util::Result<T> failed(const std::optional<util::Message>& error, bool cancelled) {
    util::Result<T> out;
    out.error = error;
    out.cancelled = cancelled;
    return out;
}

} // namespace

ModelsPersistence::ModelsPersistence(app::PageContext& context, QObject* parent)
    : session::ResultKeeper(context.session, context.jobs, parent), context_(context) {}

QString ModelsPersistence::trainedName(const std::string& id, const models::ParamValues& params) {
    QStringList changed;
    try {
        const models::ParamValues defaults = models::validateParameters(id, {}).values();
        for (const auto& [name, value] : params) {
            const models::ParamValue* standard = defaults.find(name);
            if (!standard || !models::sameParamValue(*standard, value))
                changed << QString::fromStdString(name + "=" + models::paramText(value));
        }
    } catch (const util::Error&) { // an unknown model: the evaluator reports it
    }
    const QString base = QString::fromStdString(id);
    return changed.isEmpty() ? base : QStringLiteral("%1 (%2)").arg(base, changed.join(QStringLiteral(", ")));
}

EvaluationPlan ModelsPersistence::plan(std::shared_ptr<const data::Dataset> dataset, const eval::ProtocolOptions& protocol,
                                       const std::vector<eval::ModelSpec>& specs, std::uint64_t seed) const {
    EvaluationPlan p;
    p.protocol = protocol;
    p.specs = specs;
    p.seed = seed;
    p.threads = context_.jobs.threadCount();
    p.trained = context_.trainedModels.store();
    const std::string fingerprint = dataset ? store::datasetFingerprint(*dataset) : std::string();
    p.dataset = std::move(dataset);
    for (const auto& spec : specs) {
        store::ModelRecord record;
        record.modelId = spec.id;
        record.params = spec.params;
        try { // the full parameter set (defaults filled in) is what identifies a training
            record.params = models::validateParameters(spec.id, spec.params).values();
        } catch (const util::Error&) { // the evaluator names the bad parameter before training anything
        }
        record.protocol = protocol;
        record.seed = seed;
        record.threads = p.threads;
        record.dataset = fingerprint;
        p.names.push_back(trainedName(spec.id, record.params));
        p.reuse.push_back(context_.trainedModels.findSameTraining(record));
        p.records.push_back(std::move(record));
    }
    return p;
}

std::optional<eval::ModelStep> ModelsPersistence::modelStepAt(double jobFraction, std::size_t models) {
    if (jobFraction < kModelsBegin || models == 0) return std::nullopt;
    return eval::modelStepAt((jobFraction - kModelsBegin) / (1.0 - kModelsBegin), models);
}

util::Result<EvaluationOutcome> ModelsPersistence::run(const EvaluationPlan& plan, const jobs::JobContext& job) {
    auto split = eval::buildProtocol(*plan.dataset, plan.protocol, job.progress.sub(0.0, kSplitEnd, "protocol"));
    if (!split) return failed<EvaluationOutcome>(split.error, split.cancelled);
    eval::EvaluationOptions options;
    options.seed = plan.seed;
    options.threads = job.threads;
    options.keepModels = true;
    if (plan.epochs)
        options.onEpoch = [inbox = plan.epochs](std::size_t model, const models::EpochReport& epoch) { inbox->push(model, epoch); };
    // One training set for the split, shared with the models reused from the project (no second copy).
    options.training = plan.trained->trainingFor(plan.protocol);
    if (!options.training || options.training->cutoffMs() != split->facts.trainEndMs)
        options.training = split->trainingSet(plan.dataset);
    plan.trained->shareTraining(plan.protocol, options.training);
    EvaluationOutcome outcome;
    std::vector<util::Message> warnings;
    options.prefitted.resize(plan.specs.size());
    for (std::size_t m = 0; m < plan.specs.size(); ++m) {
        if (!plan.reuse[m]) continue;
        auto model = plan.trained->acquire(plan.reuse[m]->toStdString(),
                                           job.progress.sub(kSplitEnd, kModelsBegin, "load." + plan.specs[m].id));
        if (model.cancelled) return failed<EvaluationOutcome>(model.error, true);
        if (model) options.prefitted[m] = *model;
        else if (model.error) warnings.push_back(*model.error); // retrained instead
    }
    auto report = eval::evaluateModels(plan.dataset, *split, plan.specs, options, job.progress.sub(kModelsBegin, 1.0));
    if (!report) return failed<EvaluationOutcome>(report.error, report.cancelled);
    for (std::size_t m = 0; m < report->models.size(); ++m) {
        eval::ModelResult& result = report->models[m];
        store::ModelRecord record = plan.records[m];
        record.params = result.params;
        record.trainEndMs = split->facts.trainEndMs;
        record.trainEvents = split->facts.trainEvents;
        record.fitSeconds = result.fitSeconds;
        record.memoryBytes = result.memoryBytes;
        outcome.records.push_back(std::move(record));
        if (result.reused) outcome.reused.push_back(*plan.reuse[m]);
        outcome.fitted.push_back(result.reused ? nullptr : result.model);
        result.model.reset(); // the report stays light; TrainedModels holds the models
    }
    auto run = std::make_shared<ModelsRun>();
    run->protocol = plan.protocol;
    run->models = plan.specs;
    run->sessionProtocol = split->isSessionProtocol();
    report->warnings.insert(report->warnings.end(), warnings.begin(), warnings.end());
    run->report = std::make_shared<const eval::EvaluationReport>(std::move(*report));
    outcome.run = std::move(run);
    util::Result<EvaluationOutcome> out;
    out.warnings = std::move(warnings);
    out.value = std::move(outcome);
    return out;
}

void ModelsPersistence::keep(const EvaluationOutcome& outcome) {
    for (std::size_t m = 0; m < outcome.fitted.size(); ++m) {
        if (!outcome.fitted[m]) continue;
        const store::ModelRecord& record = outcome.records[m];
        const QString name = trainedName(record.modelId, record.params);
        const models::ModelEntry* entry = models::baseModel(record.modelId);
        if (entry && entry->capabilities.saves) context_.trainedModels.add(name, outcome.fitted[m], record); // stored too
        else context_.trainedModels.add(name, outcome.fitted[m], record.params, record.trainEndMs);
    }
    current_ = outcome.run;
    storedIn_.reset();
    save();
}

QString ModelsPersistence::reuseNote(const QStringList& reused) {
    if (reused.isEmpty()) return {};
    QStringList names;
    for (const QString& key : reused) names << common::trainedModelDisplayName(key);
    return tr("Reused from the project (not retrained): %1.").arg(names.join(QStringLiteral(", ")));
}

void ModelsPersistence::save() {
    const auto project = context_.session.project();
    if (!project || !current_ || storedIn_ == project) return;
    const auto run = current_;
    const auto dataset = context_.session.dataset();
    if (!dataset) return;
    saveTracker_.start<bool>(
        tr("Saving the evaluation"),
        [project, run, dataset](const jobs::JobContext&) {
            return util::capture<bool>([&](std::vector<util::Message>&) {
                const nlohmann::json meta{{"models", specsJson(run->models)},
                                          {"dataset", store::datasetFingerprint(*dataset)}};
                store::saveEvaluation(*project, kLastEvaluation, run->protocol, *run->report, meta);
                return true;
            });
        },
        [this, project, run](util::Result<bool>& result) {
            if (result && run == current_) storedIn_ = project;
            const QString message = result || !result.error ? QString() : common::MessageText::text(*result.error);
            emit evaluationSaved(result.ok(), message);
        });
}

void ModelsPersistence::restore() {
    startRestore<ModelsRun>(
        tr("Reading the last evaluation"),
        [](const store::ProjectFile& project, const data::Dataset& dataset) -> std::shared_ptr<const ModelsRun> {
            if (!project.artefactInfo(store::kEvaluationArtefact, kLastEvaluation)) return nullptr;
            auto stored = store::loadEvaluation(project, kLastEvaluation);
            if (!stored) throw util::Error(*stored.error);
            if (stored->meta.value("dataset", std::string()) != store::datasetFingerprint(dataset))
                return nullptr; // saved for another dataset (the file was overwritten by a save as)
            auto run = std::make_shared<ModelsRun>();
            run->protocol = stored->protocol;
            run->models = specsFromJson(stored->meta.value("models", nlohmann::json()));
            run->sessionProtocol = stored->protocol.kind == eval::ProtocolKind::Gru4recOfficial ||
                                   stored->protocol.kind == eval::ProtocolKind::SessionrecWindow;
            run->report = std::make_shared<const eval::EvaluationReport>(std::move(stored->report));
            return run;
        },
        [this](std::shared_ptr<const ModelsRun> run) {
            current_ = std::move(run);
            emit restored(current_);
        });
}

void ModelsPersistence::readFailed(const util::Message& error) { emit restoreFailed(common::MessageText::text(error)); }

} // namespace vitrina::ui::modelspage
