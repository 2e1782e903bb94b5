// ablation: the funnel-aware hybrid's ablation table (core/eval/Ablation.h) under a list protocol.
#include <algorithm>

#include "Cli.h"
#include "CliOptions.h"
#include "eval/Ablation.h"
#include "models/ParamsJson.h"
#include "store/ProjectFile.h"
#include "util/Parallel.h"

namespace vitrina::cli {
namespace {

/// --param hybrid.key=value (repeatable; "hybrid-static." is accepted too): JSON values where they parse.
models::ParamValues hybridParams(const Args& args) {
    models::ParamValues params;
    for (const auto& [model, values] : modelParamsOption(args)) {
        if (model != "hybrid" && model != "hybrid-static")
            badParameter(util::MessageCode::EvalParamForUnknownModel, {"--param", model, "hybrid"}, "--param");
        for (const auto& [key, value] : values) params.set(key, value);
    }
    return params;
}

Outcome runAblationCommand(const std::vector<std::string>& argv) {
    const Args args(argv,
                    {"protocol", "mode", "days", "seed", "threads", "param", "bootstrap", "min-stage-lists", "max-lists",
                     "targets", "session-gap-minutes"},
                    {"exclude-seen", "no-singles"});
    args.requirePositionals(1, "ablation <project.vitrina> [--protocol temporal --mode rolling --days 7 --threads N "
                               "--seed S --param hybrid.key=value --bootstrap 2000 --min-stage-lists 500]");
    eval::ProtocolOptions protocol;
    checkNamingOptions({{"protocol", "protocol"}, {"mode", "mode"}, {"targets", "targets"}}, [&] {
        protocol.kind = eval::protocolFromName(args.valueOr("protocol", "temporal"), "protocol");
        protocol.mode = eval::modeFromName(args.valueOr("mode", "rolling"), "mode");
        protocol.targets = eval::targetsFromName(args.valueOr("targets", "cart"), "targets");
    });
    protocol.testDays = static_cast<int>(args.intInRange("days", 7, 1, 365));
    protocol.sessionGapMs = args.intInRange("session-gap-minutes", 30, 1, 7 * 24 * 60) * 60'000LL;
    protocol.excludeSeen = args.flag("exclude-seen");
    protocol.maxLists = static_cast<std::uint64_t>(args.intInRange("max-lists", 0, 0, 1'000'000'000));
    protocol.sampleSeed = args.seed("seed");
    if (protocol.kind != eval::ProtocolKind::Temporal && protocol.kind != eval::ProtocolKind::LeaveLastOut)
        badParameter(util::MessageCode::ParameterBadChoice,
                     {"--protocol", args.valueOr("protocol", ""), "temporal, leave-last-out"}, "--protocol");

    eval::AblationOptions options;
    options.params = hybridParams(args);
    options.seed = protocol.sampleSeed;
    options.threads = threadsOption(args);
    options.bootstrapResamples = static_cast<std::uint32_t>(args.intInRange("bootstrap", 2000, 100, 1'000'000));
    options.minStageLists = static_cast<std::uint64_t>(args.intInRange("min-stage-lists", 500, 2, 1'000'000'000));
    options.singles = !args.flag("no-singles");
    // Bad hybrid parameters fail before the (slow) project load.
    checkNamingOptions({{"days", "days"}, {"session_gap_minutes", "session-gap-minutes"}, {"max_lists", "max-lists"},
                        {"bootstrap", "bootstrap"}, {"min_stage_lists", "min-stage-lists"}, {"threads", "threads"}},
                       [&] {
                           protocol.validate();
                           options.validate();
                       });

    const auto dataset = std::make_shared<const data::Dataset>(
        unwrap(store::loadDatasetFrom(args.positionals()[0], stderrProgress("open"))));
    const eval::ProtocolSplit split = unwrap(eval::buildProtocol(*dataset, protocol, stderrProgress("protocol")));
    const eval::AblationReport report = unwrap(eval::runAblation(dataset, split, options, stderrProgress("ablation")));
    nlohmann::json doc = eval::ablationJson(report);
    doc["ok"] = true;
    doc["project"] = args.positionals()[0];
    doc["protocol"] = std::string(eval::protocolName(protocol.kind));
    doc["mode"] = std::string(eval::modeName(protocol.mode));
    doc["metric"] = "ndcg@10";
    doc["threads"] = options.threads;
    doc["seed"] = options.seed;
    doc["params"] = models::toJson(options.params);
    return {doc, Success};
}

} // namespace

std::vector<Command> hybridCommands() {
    return {{"ablation",
             "ablation <project> [--protocol temporal|leave-last-out --mode rolling|static --days 7 --threads N "
             "--seed S --param hybrid.key=value --bootstrap 2000 --min-stage-lists 500 --no-singles]",
             runAblationCommand}};
}

} // namespace vitrina::cli
