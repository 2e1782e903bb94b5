// evaluate, recommend: offline evaluation of models under a protocol, and one visitor's top K.
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <sstream>

#include "Cli.h"
#include "data/Sessions.h"
#include "eval/Evaluator.h"
#include "models/Registry.h"
#include "report/EvaluationJson.h"
#include "report/Json.h"
#include "store/ProjectFile.h"
#include "util/Parallel.h"
#include "util/SystemInfo.h"

namespace vitrina::cli {
namespace {

std::vector<std::string> splitList(const std::string& text, char separator) {
    std::vector<std::string> out;
    std::stringstream in(text);
    for (std::string part; std::getline(in, part, separator);)
        if (!part.empty()) out.push_back(part);
    return out;
}

int threadsOption(const Args& args) {
    const long long threads = args.intOr("threads", util::defaultThreadCount());
    if (threads < 1 || threads > 256) throw UsageError("option --threads must be between 1 and 256");
    return static_cast<int>(threads);
}

std::vector<int> cutoffsOption(const Args& args) {
    std::vector<int> cutoffs;
    for (const auto& part : splitList(args.valueOr("k", "5,10,20"), ',')) {
        char* end = nullptr;
        const long value = std::strtol(part.c_str(), &end, 10);
        if (end == part.c_str() || *end != '\0' || value < std::numeric_limits<int>::min() ||
            value > std::numeric_limits<int>::max())
            throw UsageError("option -k must list integers, got '" + part + "'");
        cutoffs.push_back(static_cast<int>(value));
    }
    return cutoffs;
}

/// --param model.key=value (repeatable): values are JSON when they parse (64, 0.5, true), else strings.
std::map<std::string, nlohmann::json> paramsOption(const Args& args) {
    std::map<std::string, nlohmann::json> params;
    for (const auto& p : args.values("param")) {
        const auto dot = p.find('.');
        const auto eq = p.find('=');
        if (dot == std::string::npos || eq == std::string::npos || dot == 0 || eq < dot + 2)
            throw UsageError("option --param must look like model.key=value, got '" + p + "'");
        const std::string model = p.substr(0, dot), key = p.substr(dot + 1, eq - dot - 1), text = p.substr(eq + 1);
        nlohmann::json value = nlohmann::json::parse(text, nullptr, false);
        if (value.is_discarded() || value.is_object() || value.is_array()) value = text;
        auto& object = params[model];
        if (object.is_null()) object = nlohmann::json::object();
        object[key] = value;
    }
    return params;
}

/// Exit code 2 with a message naming the parameter (moved in: GCC 12 reports a false -Wrestrict on short literals).
[[noreturn]] void throwBadParameter(util::MessageCode code, std::vector<std::string> args, std::string parameter) {
    util::Message message = util::makeMessage(code, std::move(args));
    message.parameter = std::move(parameter);
    throw BadInputError(std::move(message));
}

std::shared_ptr<const data::Dataset> loadProject(const std::string& path) {
    return std::make_shared<const data::Dataset>(unwrap(store::loadDatasetFrom(path, stderrProgress("open"))));
}

Outcome runEvaluate(const std::vector<std::string>& argv) {
    const Args args(argv,
                    {"protocol", "mode", "models", "days", "k", "seed", "threads", "param", "export-recs", "max-lists",
                     "targets", "slice", "min-visitor-events", "min-item-events", "tsplit-ms", "compare", "bootstrap",
                     "focus-history", "session-gap-minutes"},
                    {"exclude-seen", "validation", "no-significance"});
    args.requirePositionals(1, "evaluate <project.vitrina> --models popular,itemknn,als [--protocol temporal "
                               "--mode rolling --days 7 -k 5,10,20 --seed N --threads T --param model.key=value "
                               "--export-recs FILE --max-lists N]");
    if (!args.value("models")) throw UsageError("option --models is required (e.g. --models popular,itemknn,als)");

    eval::ProtocolOptions protocol;
    protocol.kind = eval::protocolFromName(args.valueOr("protocol", "temporal"), "protocol");
    protocol.mode = eval::modeFromName(args.valueOr("mode", "rolling"), "mode");
    protocol.targets = eval::targetsFromName(args.valueOr("targets", "cart"), "targets");
    protocol.testDays = static_cast<int>(std::clamp<long long>(args.intOr("days", 7), -1, 100000));
    protocol.slice = static_cast<int>(std::clamp<long long>(args.intOr("slice", 0), -1, 100));
    protocol.minVisitorTrainEvents = static_cast<int>(std::clamp<long long>(args.intOr("min-visitor-events", 0), -1, 1LL << 30));
    protocol.minItemTrainEvents = static_cast<int>(std::clamp<long long>(args.intOr("min-item-events", 0), -1, 1LL << 30));
    protocol.sessionGapMs = std::clamp<long long>(args.intOr("session-gap-minutes", 30), 0, 1LL << 30) * 60'000LL;
    protocol.gru4recSplitMs = args.intOr("tsplit-ms", eval::kGru4recSplitMs);
    protocol.excludeSeen = args.flag("exclude-seen");
    protocol.validation = args.flag("validation");
    const long long maxLists = args.intOr("max-lists", 0);
    if (maxLists < 0) throw UsageError("option --max-lists must be 0 (all) or positive");
    protocol.maxLists = static_cast<std::uint64_t>(maxLists);
    protocol.sampleSeed = static_cast<std::uint64_t>(args.intOr("seed", 42));

    eval::EvaluationOptions options;
    options.cutoffs = cutoffsOption(args);
    options.seed = protocol.sampleSeed;
    options.threads = threadsOption(args);
    options.significance = !args.flag("no-significance");
    options.bootstrapResamples = static_cast<std::uint32_t>(std::clamp<long long>(args.intOr("bootstrap", 2000), 0, 1LL << 31));
    options.focusMinHistory = static_cast<std::uint64_t>(std::max<long long>(0, args.intOr("focus-history", 3)));
    const bool session = protocol.kind == eval::ProtocolKind::Gru4recOfficial ||
                         protocol.kind == eval::ProtocolKind::SessionrecWindow;
    const std::string compare = args.valueOr("compare", session ? "hit_rate@20" : "ndcg@10");
    {
        const auto at = compare.find('@');
        const auto metric = eval::metricFromName(compare.substr(0, at));
        if (at == std::string::npos || !metric)
            throw UsageError("option --compare must look like ndcg@10 (metric@K), got '" + compare + "'");
        options.significanceMetric = *metric;
        char* end = nullptr;
        const long k = std::strtol(compare.c_str() + at + 1, &end, 10);
        if (*end != '\0' || k <= 0 || k > 100000) throw UsageError("option --compare needs a positive K, got '" + compare + "'");
        options.significanceK = static_cast<int>(k);
    }
    options.keepRecommendations = args.value("export-recs").has_value();

    std::vector<eval::ModelSpec> specs;
    for (const auto& id : splitList(*args.value("models"), ',')) specs.push_back({id, nlohmann::json::object()});
    std::string ids;
    for (const auto& s : specs) ids += (ids.empty() ? "" : ",") + s.id;
    for (auto& [model, params] : paramsOption(args)) {
        const auto it = std::find_if(specs.begin(), specs.end(), [&](const eval::ModelSpec& s) { return s.id == model; });
        if (it == specs.end()) throwBadParameter(util::MessageCode::EvalParamForUnknownModel, {"param", model, ids}, "param");
        it->params = params;
    }
    // Check options and models before the (slow) project load.
    protocol.validate();
    options.validate();
    for (const auto& s : specs) models::createModel(s.id)->setParameters(s.params);

    const auto dataset = loadProject(args.positionals()[0]);
    util::Stopwatch protocolWatch;
    const eval::ProtocolSplit split = unwrap(eval::buildProtocol(*dataset, protocol, stderrProgress("protocol")));
    const double protocolSeconds = protocolWatch.seconds();
    eval::EvaluationReport report = unwrap(eval::evaluateModels(dataset, split, specs, options, stderrProgress("evaluate")));
    report.protocolSeconds = protocolSeconds;
    if (const auto path = args.value("export-recs")) eval::writeRecommendationsJsonl(*path, *dataset, split, report);
    nlohmann::json doc = report::toJson(report, protocol);
    doc["ok"] = true;
    doc["project"] = args.positionals()[0];
    doc["threads"] = options.threads;
    doc["seed"] = options.seed;
    if (const auto path = args.value("export-recs")) doc["export_recs"] = *path;
    return {doc, Success};
}

Outcome runRecommend(const std::vector<std::string>& argv) {
    const Args args(argv, {"visitor", "model", "k", "seed", "threads", "param", "at"}, {"exclude-seen"});
    args.requirePositionals(1, "recommend <project.vitrina> --visitor RAWID --model M [-k 10] [--param model.key=value] "
                               "[--at MS] [--exclude-seen]");
    if (!args.value("visitor") || !args.value("model"))
        throw UsageError("options --visitor and --model are required");
    const long long k = args.intOr("k", 10);
    if (k < 1 || k > 1000)
        throwBadParameter(util::MessageCode::ParameterOutOfRange, {"k", std::to_string(k), "[1, 1000]"}, "k");
    const long long rawVisitor = args.intOr("visitor", 0);
    const std::string modelId = *args.value("model");
    auto model = models::createModel(modelId);
    const auto params = paramsOption(args);
    for (const auto& [name, value] : params)
        if (name != modelId) throwBadParameter(util::MessageCode::EvalParamForUnknownModel, {"param", name, modelId}, "param");
    model->setParameters(params.count(modelId) ? params.at(modelId) : nlohmann::json::object());

    const auto dataset = loadProject(args.positionals()[0]);
    const auto visitor = dataset->visitors.find(rawVisitor);
    if (!visitor) throwBadParameter(util::MessageCode::EvalVisitorUnknown, {std::to_string(rawVisitor)}, "visitor");
    const auto& log = dataset->events;
    const std::uint64_t begin = log.begin(*visitor), end = log.end(*visitor);
    const std::int64_t at = args.intOr("at", log.timestamp[end - 1] + 1);
    std::uint64_t historyEnd = begin;
    while (historyEnd < end && log.timestamp[historyEnd] < at) ++historyEnd;
    // Trains on every event before the moment asked (the whole log by default).
    std::vector<std::uint8_t> mask(log.size());
    for (std::size_t e = 0; e < log.size(); ++e) mask[e] = log.timestamp[e] < at ? 1 : 0;
    auto sessions = std::make_shared<const data::SessionIndex>(data::buildSessions(log));
    auto train = std::make_shared<const models::TrainingSet>(dataset, std::move(mask), sessions, at);
    util::Stopwatch watch;
    model->fit(train, models::FitContext{static_cast<std::uint64_t>(args.intOr("seed", 42)), threadsOption(args),
                                         stderrProgress("fit")});
    const double fitSeconds = watch.seconds();
    std::uint64_t sessionBegin = historyEnd;
    if (historyEnd > begin && at - log.timestamp[historyEnd - 1] <= sessions->gapMs)
        sessionBegin = std::max(begin, sessions->start[sessions->sessionOfEvent[historyEnd - 1]]);
    const auto query = models::Query::fromLog(log, begin, historyEnd, sessionBegin, at, *visitor);
    models::RecommendOptions options;
    options.k = static_cast<int>(k);
    options.exclusions.alreadySeen = args.flag("exclude-seen");
    const auto list = model->recommend(query, options);
    nlohmann::json recs = nlohmann::json::array();
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        const float score = list.scores[i];
        recs.push_back({{"item", dataset->items.ids.raw(list.items[i])},
                        {"score", std::isfinite(score) ? nlohmann::json(score) : nlohmann::json(nullptr)},
                        {"source", i < list.modelItems ? "model" : "fallback"}});
    }
    return {{{"ok", true},
             {"project", args.positionals()[0]},
             {"visitor", rawVisitor},
             {"model", modelId},
             {"params", model->parameters().json()},
             {"at", at},
             {"history_events", historyEnd - begin},
             {"k", k},
             {"recs", recs},
             {"seconds", {{"fit", fitSeconds}}}},
            Success};
}

} // namespace

std::vector<Command> modelCommands() {
    return {{"evaluate",
             "evaluate <project> --models a,b [--protocol temporal|leave-last-out|gru4rec-official|sessionrec-window "
             "--mode rolling|static --days 7 --slice k -k 5,10,20 --seed N --threads T --param model.key=value "
             "--export-recs FILE --max-lists N --compare ndcg@10]",
             runEvaluate},
            {"recommend", "recommend <project> --visitor RAWID --model M [-k 10 --param model.key=value --at MS]",
             runRecommend}};
}

} // namespace vitrina::cli
