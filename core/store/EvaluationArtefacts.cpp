#include "store/EvaluationArtefacts.h"

#include "store/Artefact.h"
#include "store/EvaluationCodec.h"
#include "store/ModelArtefacts.h"

namespace vitrina::store {

using nlohmann::json;
using util::MessageCode;

void saveEvaluation(ProjectFile& project, const std::string& name, const eval::ProtocolOptions& protocol,
                    const eval::EvaluationReport& report, json meta) {
    if (!meta.is_object()) meta = json::object();
    meta["protocol"] = protocolToJson(protocol);
    meta["codec"] = kEvaluationCodecVersion;
    const std::vector<std::byte> blob = encodeReport(report);
    project.putArtefact(kEvaluationArtefact, name, meta, blob);
}

util::Result<StoredEvaluation> loadEvaluation(const ProjectFile& project, const std::string& name) {
    return util::capture<StoredEvaluation>([&](std::vector<util::Message>&) {
        const std::optional<ArtefactInfo> info = project.artefactInfo(kEvaluationArtefact, name);
        if (!info) util::fail(MessageCode::StoreArtefactMissing, {kEvaluationArtefact, name});
        StoredEvaluation out;
        try {
            out.protocol = protocolFromJson(info->meta.contains("protocol") ? info->meta.at("protocol") : json());
            out.report = decodeReport(project.artefactBlob(kEvaluationArtefact, name));
        } catch (const util::Error& e) {
            util::fail(MessageCode::EvaluationStoreCorrupt, {name, e.message().text()});
        }
        out.meta = info->meta;
        return out;
    });
}

} // namespace vitrina::store
