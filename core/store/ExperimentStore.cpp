#include "store/ExperimentStore.h"

#include <span>

#include "report/AbTestJson.h"
#include "store/Artefact.h"
#include "store/ProjectFile.h"

namespace vitrina::store {
namespace {

[[noreturn]] void failUnreadable(const ProjectFile& project, const std::string& name, const std::string& why) {
    util::Message m = util::makeMessage(util::MessageCode::StoreExperimentUnreadable, {name, why});
    m.file = project.path();
    throw util::Error(std::move(m));
}

[[noreturn]] void failMissing(const ProjectFile& project, const std::string& name) {
    util::Message m = util::makeMessage(util::MessageCode::StoreExperimentMissing, {name});
    m.file = project.path();
    m.parameter = "name";
    throw util::Error(std::move(m));
}

std::string textOr(const nlohmann::json& meta, const char* key) {
    const auto it = meta.is_object() ? meta.find(key) : meta.end();
    return it != meta.end() && it->is_string() ? it->get<std::string>() : std::string();
}

/// The listed facts and the set-up of an artefact; throws store.experiment_unreadable.
SavedExperiment savedOf(const ProjectFile& project, const ArtefactInfo& info) {
    if (!info.meta.is_object() || !info.meta.contains("setup")) failUnreadable(project, info.name, "it has no set-up");
    SavedExperiment saved{info.name, info.savedMs, textOr(info.meta, "mode"), textOr(info.meta, "verdict"), std::nullopt};
    try {
        saved.setup = abtest::setupFromJson(info.meta.at("setup"));
    } catch (const util::Error& e) {
        failUnreadable(project, info.name, e.message().text());
    }
    if (saved.mode.empty()) saved.mode = saved.setup->mode == abtest::Mode::Replay ? "replay" : "parametric";
    return saved;
}

} // namespace

void ExperimentStore::save(const std::string& name, const abtest::ExperimentRun& run) {
    if (name.empty()) util::failParameter("name", util::MessageCode::StoreBadName, {kExperimentKind, name});
    const nlohmann::json meta{{"setup", abtest::setupToJson(run.setup)},
                              {"verdict", abtest::verdictName(run.analysis.overall)},
                              {"mode", run.setup.mode == abtest::Mode::Replay ? "replay" : "parametric"}};
    const std::string body = nlohmann::json{{"experiment", report::experimentJson(run.data)},
                                            {"analysis", report::toJson(run.analysis, run.data)}}
                                 .dump();
    project_.putArtefact(kExperimentKind, name, meta,
                         std::span<const std::byte>(reinterpret_cast<const std::byte*>(body.data()), body.size()));
}

std::vector<SavedExperiment> ExperimentStore::list() const {
    std::vector<SavedExperiment> out;
    for (const ArtefactInfo& info : project_.listArtefacts(kExperimentKind)) {
        try {
            out.push_back(savedOf(project_, info));
        } catch (const util::Error&) {
            // Listed all the same, without its set-up: reopening it tells what is wrong.
            out.push_back({info.name, info.savedMs, textOr(info.meta, "mode"), textOr(info.meta, "verdict"), std::nullopt});
        }
    }
    return out;
}

SavedExperiment ExperimentStore::experiment(const std::string& name) const {
    const auto info = project_.artefactInfo(kExperimentKind, name);
    if (!info) failMissing(project_, name);
    return savedOf(project_, *info);
}

nlohmann::json ExperimentStore::result(const std::string& name) const {
    if (!project_.artefactInfo(kExperimentKind, name)) failMissing(project_, name);
    const std::vector<std::byte> blob = project_.artefactBlob(kExperimentKind, name);
    nlohmann::json doc = nlohmann::json::parse(reinterpret_cast<const char*>(blob.data()),
                                               reinterpret_cast<const char*>(blob.data()) + blob.size(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) failUnreadable(project_, name, "its result is not JSON");
    return doc;
}

void ExperimentStore::remove(const std::string& name) { project_.removeArtefact(kExperimentKind, name); }

} // namespace vitrina::store
