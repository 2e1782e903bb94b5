// import, stats, funnel, generate.
#include <cmath>
#include <limits>

#include "Cli.h"
#include "CliOptions.h"
#include "generator/Generator.h"
#include "analytics/Funnel.h"
#include "analytics/Summary.h"
#include "data/Importer.h"
#include "data/Sessions.h"
#include "report/Json.h"
#include "store/ProjectFile.h"
#include "util/Parallel.h"
#include "util/SystemInfo.h"

namespace vitrina::cli {
namespace {

Outcome runImport(const std::vector<std::string>& argv) {
    const Args args(argv, {"output", "threads"}, {"strict"});
    if (args.positionals().empty() || !args.value("output"))
        throw UsageError("usage: import <folder or files> -o <project.vitrina> [--strict] [--threads N]");
    // An empty name would make SQLite open a private temporary database: "ok" with nothing saved.
    if (args.value("output")->empty()) badParameter(util::MessageCode::ParameterEmpty, {"-o"}, "-o");
    util::Stopwatch total;
    const data::ImportSources sources = unwrap(data::discoverSources(args.positionals()));
    data::ImportOptions options;
    options.strict = args.flag("strict");
    options.threads = threadsOption(args);
    const data::Dataset dataset = unwrap(data::importDataset(sources, options, stderrProgress("import")));
    const double parseSeconds = total.seconds();
    util::Stopwatch saveWatch;
    unwrap(store::saveDatasetAs(*args.value("output"), dataset, stderrProgress("save")));
    nlohmann::json doc{{"ok", true},
                       {"project", *args.value("output")},
                       {"import", report::importReportJson(dataset)},
                       {"seconds", {{"import", parseSeconds}, {"save", saveWatch.seconds()}, {"total", total.seconds()}}}};
    return {doc, Success};
}

Outcome runStats(const std::vector<std::string>& argv) {
    const Args args(argv, {"gap-minutes"}, {});
    args.requirePositionals(1, "stats <project.vitrina> [--gap-minutes 30]");
    const long long gap = args.intInRange("gap-minutes", 30, 1, 7 * 24 * 60);
    const auto loaded = loadProject(args.positionals()[0]);
    const data::Dataset& dataset = *loaded;
    const data::SessionIndex sessions = data::buildSessions(dataset.events, gap * 60'000LL);
    return {{{"ok", true},
             {"project", args.positionals()[0]},
             {"summary", report::toJson(analytics::summarize(dataset, sessions))},
             {"import", report::importReportJson(dataset)}},
            Success};
}

analytics::FunnelSlicing parseSlicing(const std::string& s) {
    using analytics::FunnelSlicing;
    for (auto slicing : {FunnelSlicing::None, FunnelSlicing::TopCategory, FunnelSlicing::Day, FunnelSlicing::IsoWeek,
                         FunnelSlicing::ActivitySegment, FunnelSlicing::NewVsReturning})
        if (report::slicingName(slicing) == s) return slicing;
    throw UsageError("option --slice must be one of none, category, day, week, segment, returning, all; got '" + s +
                     "'");
}

Outcome runFunnel(const std::vector<std::string>& argv) {
    const Args args(argv, {"slice", "segment", "visitors", "gap-minutes"}, {});
    args.requirePositionals(1, "funnel <project.vitrina> [--slice none|category|day|week|segment|returning|all] "
                               "[--segment cold|light|medium|heavy] [--visitors new|returning]");
    analytics::FunnelFilter filter;
    if (const auto seg = args.value("segment")) {
        const std::vector<std::string> names{"cold", "light", "medium", "heavy"};
        const auto it = std::find(names.begin(), names.end(), *seg);
        if (it == names.end()) throw UsageError("option --segment must be cold, light, medium or heavy");
        filter.activitySegment = static_cast<int>(it - names.begin());
    }
    if (const auto v = args.value("visitors")) {
        if (*v != "new" && *v != "returning") throw UsageError("option --visitors must be new or returning");
        filter.returning = *v == "returning" ? 1 : 0;
    }
    const long long gap = args.intInRange("gap-minutes", 30, 1, 7 * 24 * 60);
    std::vector<analytics::FunnelSlicing> slicings;
    const std::string slice = args.valueOr("slice", "none");
    if (slice == "all") {
        slicings = {analytics::FunnelSlicing::None,    analytics::FunnelSlicing::TopCategory,
                    analytics::FunnelSlicing::Day,     analytics::FunnelSlicing::IsoWeek,
                    analytics::FunnelSlicing::ActivitySegment, analytics::FunnelSlicing::NewVsReturning};
    } else {
        slicings = {parseSlicing(slice)};
    }
    const auto loaded = loadProject(args.positionals()[0]);
    const data::Dataset& dataset = *loaded;
    const data::SessionIndex sessions = data::buildSessions(dataset.events, gap * 60'000LL);
    nlohmann::json reports = nlohmann::json::array();
    nlohmann::json seconds = nlohmann::json::object();
    for (auto slicing : slicings) {
        util::Stopwatch watch;
        reports.push_back(report::toJson(analytics::computeFunnel(dataset, sessions, slicing, filter)));
        seconds[std::string(report::slicingName(slicing))] = watch.seconds();
    }
    nlohmann::json doc{{"ok", true}, {"project", args.positionals()[0]}, {"seconds", seconds}};
    if (slicings.size() == 1) doc["funnel"] = reports[0];
    else doc["funnels"] = reports;
    return {doc, Success};
}

Outcome runGenerate(const std::vector<std::string>& argv) {
    const Args args(argv, {"scale", "seed", "output", "threads"}, {"no-properties", "no-names"});
    if (!args.positionals().empty() || !args.value("output"))
        throw UsageError("usage: generate --scale S --seed N -o <folder> [--no-properties] [--no-names]");
    gen::GeneratorOptions options;
    options.scale = args.realInRange("scale", gen::kDemoScale, {0.0, 10.0, true, false});
    options.seed = args.seed("seed", gen::kDemoSeed);
    options.threads = threadsOption(args);
    options.writeItemProperties = !args.flag("no-properties");
    options.writeNames = !args.flag("no-names");
    util::Stopwatch watch;
    const gen::GeneratedFiles files =
        unwrap(gen::generateDataset(*args.value("output"), options, stderrProgress("generate")));
    return {{{"ok", true},
             {"folder", files.folder},
             {"files", files.files},
             {"events", files.events},
             {"visitors", files.visitors},
             {"items", files.items},
             {"property_rows", files.propertyRows},
             {"scale", options.scale},
             {"seed", options.seed},
             {"seconds", watch.seconds()}},
            Success};
}

} // namespace

std::vector<Command> dataCommands() {
    return {
        {"import", "import <folder or files> -o <project.vitrina> [--strict] [--threads N]", runImport},
        {"stats", "stats <project.vitrina> [--gap-minutes 30]", runStats},
        {"funnel", "funnel <project.vitrina> [--slice none|category|day|week|segment|returning|all] "
                   "[--segment cold|light|medium|heavy] [--visitors new|returning]",
         runFunnel},
        {"generate", "generate --scale S --seed N -o <folder> [--no-properties] [--no-names] [--threads N]",
         runGenerate},
    };
}

} // namespace vitrina::cli
