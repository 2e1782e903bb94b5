#pragma once
// A stored artefact's summary (ProjectFile::listArtefacts, ProjectFile::artefactInfo): its JSON meta and the
// size of its blob. Apart from ProjectFile.h so that opening or saving a project does not parse nlohmann/json.
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

namespace vitrina::store {

/// Summary of an artefact (trained model, evaluation, experiment) without its blob.
struct ArtefactInfo {
    std::string kind;
    std::string name;
    nlohmann::json meta;
    std::uint64_t blobBytes = 0;
    std::int64_t savedMs = 0;
};

} // namespace vitrina::store
