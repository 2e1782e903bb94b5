#pragma once
// What the Models page keeps beyond its window: the models an evaluation fitted go into session::TrainedModels
// (stored in the project in the background, now or with the next save); the evaluation itself is stored as the
// project's "evaluation" artefact "last" and shown again when the project is reopened; a model trained before
// with the same parameters, protocol, seed and threads is reused (loaded lazily) instead of retrained.
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

#include "app/Page.h"
#include "jobs/JobRunner.h"
#include "session/ResultKeeper.h"
#ifndef Q_MOC_RUN
#include "modelspage/ModelsPage.h"
#include "store/ModelArtefacts.h"
#include "store/TrainedModelStore.h"
#endif

namespace vitrina::store {
class ProjectFile;
}
namespace vitrina::ui::session {
class TrainedModels;
}

namespace vitrina::ui::modelspage {

/// Epoch reports handed from the evaluation's worker to the GUI, which drains them on a timer (no signal can
/// reach a page that may be gone by then; a new run gets a new inbox, so a cancelled run's late epochs are lost).
class EpochInbox {
public:
    void push(std::size_t model, const models::EpochReport& epoch) {
        std::lock_guard lock(mutex_);
        pending_.emplace_back(model, epoch);
    }
    std::vector<std::pair<std::size_t, models::EpochReport>> take() {
        std::lock_guard lock(mutex_);
        return std::exchange(pending_, {});
    }

private:
    std::mutex mutex_;
    std::vector<std::pair<std::size_t, models::EpochReport>> pending_;
};

/// One evaluation to run: built on the GUI thread, read by the worker.
struct EvaluationPlan {
    std::shared_ptr<const data::Dataset> dataset;
    eval::ProtocolOptions protocol;
    std::vector<eval::ModelSpec> specs;
    std::uint64_t seed = 42;
    int threads = 1;
    std::vector<QString> names;                 ///< per spec: its key in TrainedModels
    std::vector<store::ModelRecord> records;    ///< per spec (T and training events filled in by the run)
    std::vector<std::optional<QString>> reuse;  ///< per spec: a stored model trained the same way
    std::shared_ptr<store::TrainedModelStore> trained; ///< the dataset's models (thread-safe)
    /// Receives each epoch of the neural models on the worker (thread-safe); null: not reported.
    std::shared_ptr<EpochInbox> epochs;
};

/// What the worker hands back.
struct EvaluationOutcome {
    std::shared_ptr<const ModelsRun> run;
    std::vector<std::shared_ptr<const models::Recommender>> fitted; ///< per spec; null when reused
    std::vector<store::ModelRecord> records;  ///< per spec, complete
    QStringList reused;                       ///< names of the models reused
};

class ModelsPersistence : public session::ResultKeeper {
    Q_OBJECT
public:
    explicit ModelsPersistence(app::PageContext& context, QObject* parent = nullptr);

    /// The plan for `specs` (fails like the evaluator would on an unknown model or bad parameter: then the
    /// evaluator reports it). GUI thread.
    EvaluationPlan plan(std::shared_ptr<const data::Dataset> dataset, const eval::ProtocolOptions& protocol,
                        const std::vector<eval::ModelSpec>& specs, std::uint64_t seed) const;
    /// Builds the split, reuses stored models where the plan says so, trains and evaluates the rest. Worker.
    static util::Result<EvaluationOutcome> run(const EvaluationPlan& plan, const jobs::JobContext& job);
    /// run()'s progress: the split up to kSplitEnd, stored models loaded up to kModelsBegin, then the models.
    static constexpr double kSplitEnd = 0.05, kModelsBegin = 0.1;
    /// The model run() trains or evaluates at `jobFraction` of its progress (none before the models start).
    static std::optional<eval::ModelStep> modelStepAt(double jobFraction, std::size_t models);
    /// Hands the fitted models to TrainedModels and stores the evaluation (now or with the next save). GUI.
    void keep(const EvaluationOutcome& outcome);

    /// "Reused from the project (not retrained): ALS, ItemKNN." (display names) or empty.
    static QString reuseNote(const QStringList& reused);
    /// The key of a model in TrainedModels: its id, plus its non-default parameters ("als (factors=32)").
    static QString trainedName(const std::string& id, const models::ParamValues& params);


signals:
    /// The evaluation stored in a project just opened, to show again.
    void restored(std::shared_ptr<const vitrina::ui::modelspage::ModelsRun> run);
    /// The evaluation was written to the project (ok) or could not be (message translated).
    void evaluationSaved(bool ok, const QString& message);
    /// The stored evaluation could not be read (message translated); the page simply shows none.
    void restoreFailed(const QString& message);

protected:
    bool hasResult() const override { return current_ != nullptr; }
    void dropResult() override { current_.reset(); }
    void save() override; ///< the evaluation
    void restore() override;
    void readFailed(const util::Message& error) override;

private:
    app::PageContext& context_;
    std::shared_ptr<const ModelsRun> current_;       ///< the evaluation to keep in the project
};

} // namespace vitrina::ui::modelspage
