// evaluate, recommend: offline evaluation of models under a protocol, and one visitor's top K.
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <sstream>

#include "Cli.h"
#include "CliOptions.h"
#include "VisitorFit.h"
#include "data/CsvValues.h"
#include "data/Sessions.h"
#include "eval/Evaluator.h"
#include "models/Catalogue.h"
#include "models/ParamsJson.h"
#include "report/EvaluationJson.h"
#include "report/Json.h"
#include "store/ProjectFile.h"
#include "util/Parallel.h"
#include "util/SystemInfo.h"

namespace vitrina::cli {
namespace {

/// Core checks that name a parameter differently from the option a user typed.
const std::vector<OptionName> kEvaluateOptionNames{
    {"days", "days"}, {"min_visitor_events", "min-visitor-events"}, {"min_item_events", "min-item-events"},
    {"slice", "slice"}, {"session_gap_minutes", "session-gap-minutes"}, {"max_lists", "max-lists"}, {"k", "k"},
    {"threads", "threads"}, {"significance_k", "compare"}, {"significance_metric", "compare"}, {"bootstrap", "bootstrap"},
    {"protocol", "protocol"}, {"mode", "mode"}, {"targets", "targets"}};

std::vector<int> cutoffsOption(const Args& args) {
    std::vector<int> cutoffs;
    for (const long long k : args.intListInRange("k", "5,10,20", 1, 1000)) cutoffs.push_back(static_cast<int>(k));
    return cutoffs;
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
    checkNamingOptions(kEvaluateOptionNames, [&] {
        protocol.kind = eval::protocolFromName(args.valueOr("protocol", "temporal"), "protocol");
        protocol.mode = eval::modeFromName(args.valueOr("mode", "rolling"), "mode");
        protocol.targets = eval::targetsFromName(args.valueOr("targets", "cart"), "targets");
    });
    protocol.testDays = static_cast<int>(args.intInRange("days", 7, 1, 365));
    protocol.slice = static_cast<int>(args.intInRange("slice", 0, 0, 4));
    protocol.minVisitorTrainEvents = static_cast<int>(args.intInRange("min-visitor-events", 0, 0, 1'000'000));
    protocol.minItemTrainEvents = static_cast<int>(args.intInRange("min-item-events", 0, 0, 1'000'000));
    protocol.sessionGapMs = args.intInRange("session-gap-minutes", 30, 1, 7 * 24 * 60) * 60'000LL;
    protocol.gru4recSplitMs = args.intInRange("tsplit-ms", eval::kGru4recSplitMs, data::kMinTimestampMs, data::kMaxTimestampMs);
    protocol.excludeSeen = args.flag("exclude-seen");
    protocol.validation = args.flag("validation");
    protocol.maxLists = static_cast<std::uint64_t>(args.intInRange("max-lists", 0, 0, 1'000'000'000));
    protocol.sampleSeed = args.seed("seed");

    eval::EvaluationOptions options;
    options.cutoffs = cutoffsOption(args);
    options.seed = protocol.sampleSeed;
    options.threads = threadsOption(args);
    options.significance = !args.flag("no-significance");
    options.bootstrapResamples = static_cast<std::uint32_t>(args.intInRange("bootstrap", 2000, 100, 1'000'000));
    options.focusMinHistory = static_cast<std::uint64_t>(args.intInRange("focus-history", 3, 0, 1'000'000));
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
    for (const auto& id : splitCommas(*args.value("models"))) specs.push_back({id, {}});
    std::string ids;
    for (const auto& s : specs) ids += (ids.empty() ? "" : ",") + s.id;
    for (auto& [model, params] : modelParamsOption(args)) {
        const auto it = std::find_if(specs.begin(), specs.end(), [&](const eval::ModelSpec& s) { return s.id == model; });
        if (it == specs.end()) badParameter(util::MessageCode::EvalParamForUnknownModel, {"--param", model, ids}, "--param");
        it->params = params;
    }
    // Check options and models before the (slow) project load.
    checkNamingOptions(kEvaluateOptionNames, [&] {
        protocol.validate();
        options.validate();
    });
    for (const auto& s : specs) modelNamed(s.id, "models")->setParameters(s.params);

    util::Stopwatch openWatch;
    const auto dataset = loadProject(args.positionals()[0]);
    const double openSeconds = openWatch.seconds();
    util::Stopwatch protocolWatch;
    const eval::ProtocolSplit split = unwrap(eval::buildProtocol(*dataset, protocol, stderrProgress("protocol")));
    const double protocolSeconds = protocolWatch.seconds();
    eval::EvaluationReport report = unwrap(eval::evaluateModels(dataset, split, specs, options, stderrProgress("evaluate")));
    report.protocolSeconds = protocolSeconds;
    if (const auto path = args.value("export-recs")) eval::writeRecommendationsJsonl(*path, *dataset, split, report);
    nlohmann::json doc = report::toJson(report, protocol);
    doc["ok"] = true;
    doc["seconds"]["open"] = openSeconds;
    doc["seconds"]["significance"] = report.significanceSeconds; // a timing of this run, not stored with the report
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
    const VisitorFit fit = fitForVisitor(args);
    const auto list = fit.model->recommend(fit.query, fit.options);
    nlohmann::json recs = nlohmann::json::array();
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        const float score = list.scores[i];
        recs.push_back({{"item", fit.dataset->items.ids.raw(list.items[i])},
                        {"score", std::isfinite(score) ? nlohmann::json(score) : nlohmann::json(nullptr)},
                        {"source", i < list.modelItems ? "model" : "fallback"}});
    }
    return {{{"ok", true},
             {"project", args.positionals()[0]},
             {"visitor", fit.rawVisitor},
             {"model", fit.modelId},
             {"params", models::toJson(fit.model->parameters().values())},
             {"at", fit.at},
             {"history_events", fit.historyEvents},
             {"k", fit.k},
             {"recs", recs},
             {"seconds", {{"fit", fit.fitSeconds}}}},
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
