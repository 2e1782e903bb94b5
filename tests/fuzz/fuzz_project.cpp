// libFuzzer target: the project loader on whole .vitrina files (SQLite with our schema): opening and
// upgrading, the dataset with its checksums and invariants, artefact descriptions and blobs, saved
// evaluations and models (each model's blob restored on its rebuilt training split), project facts.
// The seed corpus holds a small complete project (make_project_seed.cpp wrote it). A util::Error result is an
// expected outcome; a crash, a sanitizer report or an escaping exception is a finding.
#include <cstdint>
#include <memory>

#include "FuzzSupport.h"
#include "store/Artefact.h"
#include "store/EvaluationArtefacts.h"
#include "store/ModelArtefacts.h"
#include "store/ProjectFile.h"

using namespace vitrina;

namespace {

void readEverything(const std::string& path) {
    auto opened = store::ProjectFile::open(path, store::OpenMode::OpenExisting);
    if (!opened) return;
    const std::shared_ptr<store::ProjectFile> project = *opened;
    (void)project->meta("sha256.events");
    for (const char* kind : {"abtest", "evaluation"})
        for (const store::ArtefactInfo& info : project->listArtefacts(kind)) {
            (void)project->artefactBlob(kind, info.name);
            if (std::string(kind) == store::kEvaluationArtefact) (void)store::loadEvaluation(*project, info.name);
        }
    auto dataset = std::make_shared<const data::Dataset>(project->loadDataset({}));
    for (const store::StoredModel& model : store::listModels(*project, store::datasetFingerprint(*dataset)))
        (void)store::loadModel(*project, model.name, dataset, nullptr);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    const std::string path = fuzz::writeScratch("project.vitrina", bytes, size);
    std::remove((path + "-journal").c_str()); // no stale journal of an earlier input
    try {
        readEverything(path);
    } catch (const util::Error&) {
    }
    return 0;
}
