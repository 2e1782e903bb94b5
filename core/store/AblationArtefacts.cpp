#include "store/AblationArtefacts.h"

#include "store/Artefact.h"
#include "store/CodecFields.h"
#include "store/ModelArtefacts.h"

namespace vitrina::store {
namespace {

using nlohmann::json;
using util::ByteReader;
using util::ByteWriter;
using util::MessageCode;

constexpr std::uint32_t kAblationMagic = 0x52414256; // "VBAR"

void putRow(ByteWriter& w, const eval::AblationRow& row) {
    w.putString(row.variant);
    w.putString(row.kind);
    w.putString(row.component);
    for (const double v : {row.ndcg, row.difference, row.wilcoxonP, row.wilcoxonPHolm, row.validationNdcg}) w.put(v);
    put(w, row.interval);
    w.put<std::uint8_t>(row.significant);
    w.put<std::uint8_t>(row.wilcoxonSignificant);
    w.putVector(row.staticWeights);
    for (const auto& weights : row.stageWeights) w.putVector(weights);
    w.putVector(row.perList);
}

eval::AblationRow getRow(ByteReader& r) {
    eval::AblationRow row;
    row.variant = r.getString();
    row.kind = r.getString();
    row.component = r.getString();
    for (double* v : {&row.ndcg, &row.difference, &row.wilcoxonP, &row.wilcoxonPHolm, &row.validationNdcg})
        *v = r.get<double>();
    row.interval = getInterval(r);
    row.significant = r.get<std::uint8_t>() != 0;
    row.wilcoxonSignificant = r.get<std::uint8_t>() != 0;
    row.staticWeights = r.getVector<double>();
    for (auto& weights : row.stageWeights) weights = r.getVector<double>();
    row.perList = r.getVector<float>();
    return row;
}

void putStageRow(ByteWriter& w, const eval::AblationStageRow& row) {
    w.putString(row.stage);
    w.put(row.lists);
    w.putString(row.variant);
    for (const double v : {row.hybridNdcg, row.otherNdcg, row.difference, row.wilcoxonP, row.wilcoxonPHolm}) w.put(v);
    put(w, row.interval);
    w.put<std::uint8_t>(row.significant);
    w.put<std::uint8_t>(row.wilcoxonSignificant);
}

eval::AblationStageRow getStageRow(ByteReader& r) {
    eval::AblationStageRow row;
    row.stage = r.getString();
    row.lists = r.get<std::uint64_t>();
    row.variant = r.getString();
    for (double* v : {&row.hybridNdcg, &row.otherNdcg, &row.difference, &row.wilcoxonP, &row.wilcoxonPHolm})
        *v = r.get<double>();
    row.interval = getInterval(r);
    row.significant = r.get<std::uint8_t>() != 0;
    row.wilcoxonSignificant = r.get<std::uint8_t>() != 0;
    return row;
}

} // namespace

std::vector<std::byte> encodeAblation(const eval::AblationReport& report) {
    ByteWriter w;
    w.put(kAblationMagic);
    w.put(kAblationCodecVersion);
    putStrings(w, report.columns);
    for (const std::uint64_t v : {report.lists, report.validationLists}) w.put(v);
    w.put(report.validationBeginMs);
    for (const std::uint64_t v : report.stageLists) w.put(v);
    w.put<std::uint64_t>(report.rows.size());
    for (const auto& row : report.rows) putRow(w, row);
    w.put<std::uint64_t>(report.stages.size());
    for (const auto& row : report.stages) putStageRow(w, row);
    for (const double v : {report.alpha, report.intervalLevel, report.stageIntervalLevel, report.fitSeconds,
                           report.fitCpuSeconds, report.totalSeconds, report.totalCpuSeconds})
        w.put(v);
    w.put<std::uint64_t>(report.warnings.size());
    for (const auto& m : report.warnings) putMessage(w, m);
    return w.take();
}

eval::AblationReport decodeAblation(std::span<const std::byte> bytes) {
    ByteReader r(bytes);
    if (r.get<std::uint32_t>() != kAblationMagic) util::fail(MessageCode::InternalError, {"not an ablation report"});
    const auto version = r.get<std::uint32_t>();
    if (version != kAblationCodecVersion)
        util::fail(MessageCode::InternalError, {"ablation report format " + std::to_string(version)});
    eval::AblationReport report;
    report.columns = getStrings(r);
    report.lists = r.get<std::uint64_t>();
    report.validationLists = r.get<std::uint64_t>();
    report.validationBeginMs = r.get<std::int64_t>();
    for (auto& v : report.stageLists) v = r.get<std::uint64_t>();
    // Counts come from the blob: each element read checks the bytes left, so a corrupt count fails on its first
    // overrun instead of reserving memory it names.
    const auto rows = r.get<std::uint64_t>();
    for (std::uint64_t i = 0; i < rows; ++i) report.rows.push_back(getRow(r));
    const auto stages = r.get<std::uint64_t>();
    for (std::uint64_t i = 0; i < stages; ++i) report.stages.push_back(getStageRow(r));
    for (double* v : {&report.alpha, &report.intervalLevel, &report.stageIntervalLevel, &report.fitSeconds,
                      &report.fitCpuSeconds, &report.totalSeconds, &report.totalCpuSeconds})
        *v = r.get<double>();
    const auto warnings = r.get<std::uint64_t>();
    for (std::uint64_t i = 0; i < warnings; ++i) {
        util::Message m;
        if (getMessage(r, m)) report.warnings.push_back(std::move(m));
    }
    if (!r.atEnd()) util::fail(MessageCode::InternalError, {"trailing bytes after the ablation report"});
    return report;
}

void saveAblation(ProjectFile& project, const std::string& name, const eval::ProtocolOptions& protocol,
                  const eval::AblationReport& report, const std::string& dataset) {
    json meta = json::object();
    meta["dataset"] = dataset;
    meta["protocol"] = protocolToJson(protocol);
    meta["codec"] = kAblationCodecVersion;
    project.putArtefact(kAblationArtefact, name, meta, encodeAblation(report));
}

util::Result<StoredAblation> loadAblation(const ProjectFile& project, const std::string& name) {
    return util::capture<StoredAblation>([&](std::vector<util::Message>&) {
        const std::optional<ArtefactInfo> info = project.artefactInfo(kAblationArtefact, name);
        if (!info) util::fail(MessageCode::StoreArtefactMissing, {kAblationArtefact, name});
        StoredAblation out;
        try {
            out.protocol = protocolFromJson(info->meta.contains("protocol") ? info->meta.at("protocol") : json());
            out.report = decodeAblation(project.artefactBlob(kAblationArtefact, name));
        } catch (const util::Error& e) {
            util::fail(MessageCode::AblationStoreCorrupt, {name, e.message().text()});
        }
        out.dataset = info->meta.value("dataset", std::string());
        return out;
    });
}

} // namespace vitrina::store
