#pragma once
// A saved evaluation in the project file: an "evaluation" artefact holds an EvaluationReport
// (store/EvaluationCodec.h) with the protocol it was made with and free-form JSON meta.
#include <string>

#include <nlohmann/json.hpp>

#include "eval/Evaluator.h"
#include "eval/Protocol.h"
#include "store/ProjectFile.h"
#include "util/Result.h"

namespace vitrina::store {

inline constexpr const char* kEvaluationArtefact = "evaluation";

/// A saved evaluation: the protocol it ran with, the report, and free-form meta (model specs, fingerprint).
struct StoredEvaluation {
    eval::ProtocolOptions protocol;
    eval::EvaluationReport report;
    nlohmann::json meta;
};
/// Saves `report` as an "evaluation" artefact (binary, lossless; store/EvaluationCodec.h). Throws util::Error.
void saveEvaluation(ProjectFile& project, const std::string& name, const eval::ProtocolOptions& protocol,
                    const eval::EvaluationReport& report, nlohmann::json meta);
/// Reads an evaluation back; a missing or corrupt one is a clear error.
util::Result<StoredEvaluation> loadEvaluation(const ProjectFile& project, const std::string& name);

} // namespace vitrina::store
