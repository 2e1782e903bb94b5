#pragma once
// A saved ablation in the project file: an "ablation" artefact holds an AblationReport (binary, lossless: every
// row, stage row, weight vector and interval; the per-list values too, so a reopened report is the one computed)
// with the protocol it ran with in its meta. The Models page stores its last ablation as "last" and shows it
// again when the project is reopened, like the evaluation.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "eval/Ablation.h"
#include "eval/Protocol.h"
#include "store/ProjectFile.h"
#include "util/Result.h"

namespace vitrina::store {

inline constexpr const char* kAblationArtefact = "ablation";
inline constexpr std::uint32_t kAblationCodecVersion = 1;

struct StoredAblation {
    eval::ProtocolOptions protocol;
    eval::AblationReport report;
    std::string dataset; ///< the fingerprint of the dataset it was made on (store::datasetFingerprint)
};

std::vector<std::byte> encodeAblation(const eval::AblationReport& report);
/// Throws util::Error on a truncated or corrupt blob or another codec version.
eval::AblationReport decodeAblation(std::span<const std::byte> bytes);

/// Saves `report` (made on the dataset with fingerprint `dataset`) as an "ablation" artefact. Throws util::Error.
void saveAblation(ProjectFile& project, const std::string& name, const eval::ProtocolOptions& protocol,
                  const eval::AblationReport& report, const std::string& dataset);
/// Reads an ablation back; a missing or corrupt one is a clear error naming it.
util::Result<StoredAblation> loadAblation(const ProjectFile& project, const std::string& name);

} // namespace vitrina::store
