#pragma once
// Trained models and evaluation results in the project file (core/README.md, The project file: models load
// lazily). A "model" artefact holds the model's own blob (Recommender::save) and, in its meta, everything
// needed to rebuild the training split it was fitted on: the protocol options, the split boundary T, the seed
// and a fingerprint of the dataset. Listing reads only the metas (no blob), so opening a project stays fast;
// the blob is read, and the split rebuilt, when a model is first needed. Saved evaluations:
// store/EvaluationArtefacts.h.
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "eval/Protocol.h"
#include "models/Recommender.h"
#include "store/ProjectFile.h"
#include "util/Progress.h"
#include "util/Result.h"

namespace vitrina::store {

inline constexpr const char* kModelArtefact = "model";
/// Bumped when the meta layout changes; older records are listed as unreadable, never misread.
inline constexpr int kModelRecordVersion = 1;

/// A cheap deterministic fingerprint of the event log (sizes, time range and a strided sample of events,
/// hashed): a model saved for another dataset is never restored against this one. Microseconds at full size.
std::string datasetFingerprint(const data::Dataset& dataset);

/// Every protocol option (lossless, unlike the report's summary) and back. Bad or missing fields fail naming
/// the field.
nlohmann::json protocolToJson(const eval::ProtocolOptions& options);
eval::ProtocolOptions protocolFromJson(const nlohmann::json& json);
/// The options that decide the training mask (list sampling and seen-item exclusion left out): two
/// protocols with the same key train models on the same events.
std::string trainingKey(const eval::ProtocolOptions& options);

/// The meta of a "model" artefact.
struct ModelRecord {
    std::string modelId;                   ///< catalogue id
    models::ParamValues params;            ///< every hyperparameter, defaults filled in (Params::values())
    eval::ProtocolOptions protocol;        ///< rebuilds the training split
    std::int64_t trainEndMs = 0;           ///< the split boundary T (0 for leave-last-out)
    std::uint64_t trainEvents = 0;         ///< events in the training mask (a check when rebuilding)
    std::uint64_t seed = 42;
    int threads = 1;                       ///< of the fit (with the seed, part of the reuse key)
    std::string dataset;                   ///< datasetFingerprint()
    double fitSeconds = 0.0;
    std::uint64_t memoryBytes = 0;

    nlohmann::json toJson() const;
    /// Fails (StoreCorrupt naming `name`) on a missing or mistyped field or another record version.
    static ModelRecord fromJson(const nlohmann::json& json, const std::string& name = {});
    /// Same model, parameters, training split, seed and threads on the same dataset: a stored model can stand
    /// in for a fresh fit.
    bool sameTraining(const ModelRecord& other) const;
};

/// One listed model artefact (meta only).
struct StoredModel {
    std::string name;
    ModelRecord record;
    std::uint64_t blobBytes = 0;
    std::int64_t savedMs = 0;
};

/// Saves `model` (fitted) under `name`, replacing an artefact of that name. Throws util::Error.
void saveModel(ProjectFile& project, const std::string& name, const ModelRecord& record,
               const models::Recommender& model);
/// Saves an already serialised blob (Recommender::save) under `name`. Throws util::Error.
void saveModelBlob(ProjectFile& project, const std::string& name, const ModelRecord& record,
                   std::span<const std::byte> blob);

/// The project's model artefacts of the dataset with `fingerprint` (no blob is read). Records of another
/// dataset or unreadable ones are left out; each unreadable one adds a warning to `problems` when given.
std::vector<StoredModel> listModels(const ProjectFile& project, const std::string& fingerprint,
                                    std::vector<util::Message>* problems = nullptr);

/// The training set a record's model was fitted on, rebuilt from the dataset and the stored protocol. Fails
/// when the dataset differs or the rebuilt split does not end at the stored T. Throws util::Error/Cancelled.
std::shared_ptr<const models::TrainingSet> rebuildTrainingSet(std::shared_ptr<const data::Dataset> dataset,
                                                              const ModelRecord& record, const util::Progress& progress);

/// Reads the blob of model `name` and restores it on `train` (rebuilt when null). A corrupt blob, a blob of
/// another model or another dataset is a clear error naming the model.
util::Result<std::shared_ptr<const models::Recommender>> loadModel(const ProjectFile& project, const std::string& name,
                                                                  std::shared_ptr<const data::Dataset> dataset,
                                                                  std::shared_ptr<const models::TrainingSet> train,
                                                                  const util::Progress& progress = {});

} // namespace vitrina::store
