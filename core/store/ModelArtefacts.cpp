#include "store/ModelArtefacts.h"

#include <algorithm>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "models/Catalogue.h"
#include "models/ParamsJson.h"
#include "store/Artefact.h"
#include "util/Random.h"

namespace vitrina::store {
namespace {

using nlohmann::json;
using util::MessageCode;

[[noreturn]] void badField(const std::string& name, const std::string& field) {
    util::fail(MessageCode::ModelStoreBadRecord, {name, "field '" + field + "' is missing or has the wrong type"});
}

template <class T> T field(const json& j, const char* key, const std::string& name) {
    const auto it = j.find(key);
    if (it == j.end()) badField(name, key);
    try {
        return it->get<T>();
    } catch (const json::exception&) {
        badField(name, key);
    }
}

} // namespace

std::string datasetFingerprint(const data::Dataset& dataset) {
    const auto& log = dataset.events;
    std::uint64_t h = util::mix64(0x5669747269'6e61ULL); // "Vitrina"
    const auto add = [&h](std::uint64_t v) { h = util::mix64(h ^ util::mix64(v)); };
    add(log.size());
    add(dataset.visitors.size());
    add(dataset.items.size());
    add(dataset.categories.size());
    // A strided sample of at most ~4,096 events (every event of a small log), the last one included.
    const std::size_t n = log.size();
    const std::size_t stride = std::max<std::size_t>(1, n / 4096);
    for (std::size_t e = 0; e < n; e += stride) {
        add(static_cast<std::uint64_t>(log.timestamp[e]));
        add(dataset.visitors.raw(log.visitor[e]));
        add(dataset.items.ids.raw(log.item[e]));
        add(static_cast<std::uint64_t>(log.type[e]));
    }
    if (n > 0) add(static_cast<std::uint64_t>(log.timestamp[n - 1]) ^ dataset.items.ids.raw(log.item[n - 1]));
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(h));
    return text;
}

json protocolToJson(const eval::ProtocolOptions& o) {
    return {{"protocol", std::string(eval::protocolName(o.kind))},
            {"mode", std::string(eval::modeName(o.mode))},
            {"targets", o.targets == eval::TargetTypes::AnyEvent ? "any" : "cart"},
            {"days", o.testDays},
            {"min_visitor_events", o.minVisitorTrainEvents},
            {"min_item_events", o.minItemTrainEvents},
            {"exclude_seen", o.excludeSeen},
            {"session_gap_ms", o.sessionGapMs},
            {"slice", o.slice},
            {"tsplit_ms", o.gru4recSplitMs},
            {"validation", o.validation},
            {"max_lists", o.maxLists},
            {"sample_seed", o.sampleSeed}};
}

eval::ProtocolOptions protocolFromJson(const json& j) {
    const std::string what = "protocol";
    if (!j.is_object()) badField(what, "protocol");
    eval::ProtocolOptions o;
    o.kind = eval::protocolFromName(field<std::string>(j, "protocol", what));
    o.mode = eval::modeFromName(field<std::string>(j, "mode", what));
    o.targets = eval::targetsFromName(field<std::string>(j, "targets", what));
    o.testDays = field<int>(j, "days", what);
    o.minVisitorTrainEvents = field<int>(j, "min_visitor_events", what);
    o.minItemTrainEvents = field<int>(j, "min_item_events", what);
    o.excludeSeen = field<bool>(j, "exclude_seen", what);
    o.sessionGapMs = field<std::int64_t>(j, "session_gap_ms", what);
    o.slice = field<int>(j, "slice", what);
    o.gru4recSplitMs = field<std::int64_t>(j, "tsplit_ms", what);
    o.validation = field<bool>(j, "validation", what);
    o.maxLists = field<std::uint64_t>(j, "max_lists", what);
    o.sampleSeed = field<std::uint64_t>(j, "sample_seed", what);
    o.validate();
    return o;
}

std::string trainingKey(const eval::ProtocolOptions& options) {
    json j = protocolToJson(options);
    j.erase("max_lists"); // list sampling and seen-item exclusion only change the test lists
    j.erase("sample_seed");
    j.erase("exclude_seen");
    return j.dump();
}

json ModelRecord::toJson() const {
    return {{"version", kModelRecordVersion},
            {"model", modelId},
            {"params", models::toJson(params)},
            {"protocol", protocolToJson(protocol)},
            {"train_end_ms", trainEndMs},
            {"train_events", trainEvents},
            {"seed", seed},
            {"threads", threads},
            {"dataset", dataset},
            {"fit_seconds", fitSeconds},
            {"memory_bytes", memoryBytes}};
}

ModelRecord ModelRecord::fromJson(const json& j, const std::string& name) {
    if (!j.is_object()) util::fail(MessageCode::ModelStoreBadRecord, {name, "not a JSON object"});
    if (field<int>(j, "version", name) != kModelRecordVersion)
        util::fail(MessageCode::ModelStoreBadRecord, {name, "record version " + j.at("version").dump()});
    ModelRecord r;
    r.modelId = field<std::string>(j, "model", name);
    const json params = j.contains("params") ? j.at("params") : json::object();
    if (!params.is_object()) badField(name, "params");
    r.params = models::paramValuesFromJson(params, name);
    try {
        r.protocol = protocolFromJson(j.contains("protocol") ? j.at("protocol") : json());
    } catch (const util::Error& e) {
        util::fail(MessageCode::ModelStoreBadRecord, {name, e.message().text()});
    }
    r.trainEndMs = field<std::int64_t>(j, "train_end_ms", name);
    r.trainEvents = field<std::uint64_t>(j, "train_events", name);
    r.seed = field<std::uint64_t>(j, "seed", name);
    r.threads = field<int>(j, "threads", name);
    r.dataset = field<std::string>(j, "dataset", name);
    r.fitSeconds = field<double>(j, "fit_seconds", name);
    r.memoryBytes = field<std::uint64_t>(j, "memory_bytes", name);
    return r;
}

bool ModelRecord::sameTraining(const ModelRecord& o) const {
    return modelId == o.modelId && params == o.params && trainingKey(protocol) == trainingKey(o.protocol) &&
           seed == o.seed && threads == o.threads && dataset == o.dataset;
}

void saveModel(ProjectFile& project, const std::string& name, const ModelRecord& record,
               const models::Recommender& model) {
    const std::vector<std::byte> blob = model.save();
    saveModelBlob(project, name, record, blob);
}

void saveModelBlob(ProjectFile& project, const std::string& name, const ModelRecord& record,
                   std::span<const std::byte> blob) {
    project.putArtefact(kModelArtefact, name, record.toJson(), blob);
}

std::vector<StoredModel> listModels(const ProjectFile& project, const std::string& fingerprint,
                                    std::vector<util::Message>* problems) {
    std::vector<StoredModel> out;
    for (const ArtefactInfo& info : project.listArtefacts(kModelArtefact)) {
        try {
            StoredModel model{info.name, ModelRecord::fromJson(info.meta, info.name), info.blobBytes, info.savedMs};
            if (model.record.dataset == fingerprint) out.push_back(std::move(model));
        } catch (const util::Error& e) {
            if (problems) problems->push_back(e.message());
        }
    }
    return out;
}

std::shared_ptr<const models::TrainingSet> rebuildTrainingSet(std::shared_ptr<const data::Dataset> dataset,
                                                              const ModelRecord& record, const util::Progress& progress) {
    if (datasetFingerprint(*dataset) != record.dataset)
        util::fail(MessageCode::ModelStoreOtherDataset, {record.modelId});
    util::Result<eval::ProtocolSplit> split = eval::buildProtocol(*dataset, record.protocol, progress);
    if (split.cancelled) throw util::Cancelled();
    if (!split) throw util::Error(*split.error);
    if (split->facts.trainEndMs != record.trainEndMs || split->facts.trainEvents != record.trainEvents)
        util::fail(MessageCode::ModelStoreSplitChanged,
                   {record.modelId, std::to_string(split->facts.trainEvents), std::to_string(split->facts.trainEndMs),
                    std::to_string(record.trainEvents), std::to_string(record.trainEndMs)});
    return split->trainingSet(std::move(dataset));
}

util::Result<std::shared_ptr<const models::Recommender>> loadModel(const ProjectFile& project, const std::string& name,
                                                                  std::shared_ptr<const data::Dataset> dataset,
                                                                  std::shared_ptr<const models::TrainingSet> train,
                                                                  const util::Progress& progress) {
    return util::capture<std::shared_ptr<const models::Recommender>>([&](std::vector<util::Message>&) {
        const std::optional<ArtefactInfo> info = project.artefactInfo(kModelArtefact, name);
        if (!info) util::fail(MessageCode::StoreArtefactMissing, {kModelArtefact, name});
        const ModelRecord record = ModelRecord::fromJson(info->meta, name);
        if (record.dataset != datasetFingerprint(*dataset)) util::fail(MessageCode::ModelStoreOtherDataset, {name});
        if (!train) train = rebuildTrainingSet(dataset, record, progress.sub(0.0, 0.7, "load.split"));
        progress.check();
        progress.set(0.7, "load.model");
        std::unique_ptr<models::Recommender> model;
        try {
            const std::vector<std::byte> blob = project.artefactBlob(kModelArtefact, name); // checksummed
            model = models::createModel(record.modelId);
            model->load(blob, std::move(train));
        } catch (const util::Error& e) {
            util::fail(MessageCode::ModelStoreCorruptBlob, {name, e.message().text()});
        }
        progress.set(1.0, "load.model");
        return std::shared_ptr<const models::Recommender>(std::move(model));
    });
}

} // namespace vitrina::store
