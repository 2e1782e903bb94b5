// bench: the speed targets measured in-process on a dataset folder (normally the generator's full-size
// output). Reports every figure with the compiler flags and thread count, as JSON.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>

#include "Cli.h"
#include "CliOptions.h"
#include "analytics/Funnel.h"
#include "data/Importer.h"
#include "data/ItemPropertiesReader.h"
#include "data/Sessions.h"
#include "report/Json.h"
#include "store/ProjectFile.h"
#include "util/SystemInfo.h"

#ifndef VITRINA_CXX_FLAGS
#define VITRINA_CXX_FLAGS "unknown"
#endif

namespace vitrina::cli {
namespace {

namespace fs = std::filesystem;

struct Timing {
    double best = 0.0;
    double median = 0.0;
    std::vector<double> runs;
};

template <class Fn> Timing timeRuns(int runs, Fn&& fn) {
    Timing t;
    for (int r = 0; r < runs; ++r) {
        util::Stopwatch watch;
        fn();
        t.runs.push_back(watch.seconds());
    }
    std::vector<double> sorted = t.runs;
    std::sort(sorted.begin(), sorted.end());
    t.best = sorted.front();
    t.median = sorted[sorted.size() / 2];
    return t;
}

nlohmann::json toJson(const Timing& t) { return {{"best_s", t.best}, {"median_s", t.median}, {"runs_s", t.runs}}; }

std::string shellQuote(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\'') out += "'\\''";
        else out += c;
    }
    return out + "'";
}

/// Runs a shell command and returns its stdout (empty on failure).
std::string capture(const std::string& command) {
    std::string out;
    if (FILE* pipe = popen(command.c_str(), "r")) {
        char buffer[4096];
        std::size_t n;
        while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
        if (pclose(pipe) != 0) out.clear();
    }
    return out;
}

/// pandas.read_csv timed inside Debian's /usr/bin/python3 with time.perf_counter()
/// (core/README.md, Platform and build).
nlohmann::json benchPandas(const std::string& eventsPath, int runs) {
    const std::string script = "import sys,time,pandas\n"
                               "best=[]\n"
                               "for _ in range(int(sys.argv[2])):\n"
                               "    t=time.perf_counter(); df=pandas.read_csv(sys.argv[1]); best.append(time.perf_counter()-t)\n"
                               "print(pandas.__version__, len(df), *best)\n";
    const std::string out =
        capture("/usr/bin/python3 -c " + shellQuote(script) + " " + shellQuote(eventsPath) + " " + std::to_string(runs));
    if (out.empty()) return {{"available", false}};
    std::istringstream in(out);
    std::string version;
    std::size_t rows = 0;
    in >> version >> rows;
    Timing t;
    double v;
    while (in >> v) t.runs.push_back(v);
    if (t.runs.empty()) return {{"available", false}};
    std::vector<double> sorted = t.runs;
    std::sort(sorted.begin(), sorted.end());
    t.best = sorted.front();
    t.median = sorted[sorted.size() / 2];
    nlohmann::json j = toJson(t);
    j["available"] = true;
    j["pandas_version"] = version;
    j["rows"] = rows;
    return j;
}

std::string selfExecutable() {
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    return ec ? std::string("vitrina-cli") : self.string();
}

/// The whole process `vitrina-cli import events.csv -o p.vitrina` (save included), timed from outside.
nlohmann::json benchImportProcess(const std::string& eventsPath, const fs::path& scratch, int runs, int threads) {
    const fs::path project = scratch / "bench-events.vitrina";
    const std::string command = shellQuote(selfExecutable()) + " import " + shellQuote(eventsPath) + " -o " +
                                shellQuote(project.string()) + " --threads " + std::to_string(threads) + " >/dev/null 2>&1";
    bool ok = true;
    const Timing t = timeRuns(runs, [&] {
        std::error_code ec;
        fs::remove(project, ec);
        ok = ok && std::system(command.c_str()) == 0;
    });
    nlohmann::json j = toJson(t);
    j["ok"] = ok;
    j["target_s"] = 1.0;
    std::error_code ec;
    j["project_bytes"] = ok ? fs::file_size(project, ec) : 0;
    return j;
}

/// Runs `vitrina-cli <arguments>` as a separate process, as a user would; returns its JSON document and the
/// process's wall time (null document when it failed).
std::pair<nlohmann::json, double> runSelf(const std::string& arguments) {
    util::Stopwatch watch;
    const std::string out = capture(shellQuote(selfExecutable()) + " " + arguments + " 2>/dev/null");
    const double seconds = watch.seconds();
    nlohmann::json doc = nlohmann::json::parse(out, nullptr, false);
    if (doc.is_discarded() || !doc.value("ok", false)) doc = nullptr;
    return {doc, seconds};
}

/// The headline pipeline (core/README.md, "From the raw files to a comparison"): `import FOLDER -o p.vitrina`
/// then `evaluate p.vitrina --models ...` with every metric and the significance matrix, each a process of its
/// own, with the stages each process reports and the evaluate's peak memory.
Outcome benchPipeline(const Args& args, const fs::path& folder, const fs::path& scratch, int threads) {
    const std::string models = args.valueOr("models", "popular,recent,itemknn,als,bpr,hybrid");
    const fs::path project = scratch / "bench-pipeline.vitrina";
    std::error_code ec;
    fs::remove(project, ec);
    const std::string threadArg = " --threads " + std::to_string(threads);
    const auto [imported, importSeconds] =
        runSelf("import " + shellQuote(folder.string()) + " -o " + shellQuote(project.string()) + threadArg);
    if (imported.is_null()) badParameter(util::MessageCode::InternalError, {"bench --pipeline: the import of the folder failed (run it alone to see why)"}, "--pipeline");
    const auto [evaluated, evaluateSeconds] =
        runSelf("evaluate " + shellQuote(project.string()) + " --models " + shellQuote(models) + threadArg);
    fs::remove(project, ec);
    if (evaluated.is_null()) badParameter(util::MessageCode::InternalError, {"bench --pipeline: the evaluation failed (run it alone to see why)"}, "--pipeline");
    nlohmann::json perModel = nlohmann::json::array();
    for (const auto& m : evaluated["models"])
        perModel.push_back({{"id", m["id"]},
                            {"fit_s", m["seconds"]["fit"]},
                            {"evaluate_s", m["seconds"]["evaluate"]},
                            {"fit_shared", m.value("fit_shared", false)},
                            {"ndcg@10", m["metrics"].value("ndcg@10", nlohmann::json())}});
    const double total = importSeconds + evaluateSeconds;
    return {{{"ok", true},
             {"folder", folder.string()},
             {"threads", threads},
             {"models", models},
             {"compiler_flags", VITRINA_CXX_FLAGS},
             {"import_process_s", importSeconds},
             {"import", imported["seconds"]},
             {"evaluate_process_s", evaluateSeconds},
             {"evaluate", evaluated["seconds"]},
             {"lists", evaluated["lists"]},
             {"per_model", perModel},
             {"evaluate_peak_rss_mb", evaluated.value("peak_resident_bytes", 0.0) / (1024.0 * 1024.0)},
             {"total_s", total},
             {"target_s", 60.0},
             {"target_peak_rss_mb", 1024.0}},
            Success};
}

Outcome runBench(const std::vector<std::string>& argv) {
    const Args args(argv, {"threads", "runs", "scratch", "models"},
                    {"skip-pandas", "skip-properties", "skip-process", "pipeline"});
    args.requirePositionals(1, "bench <dataset folder> [--threads 2] [--runs 3] [--scratch DIR] [--skip-pandas] "
                               "[--skip-properties] [--skip-process] | bench <dataset folder> --pipeline [--models ...]");
    const int threads = static_cast<int>(args.intInRange("threads", 2, 1, 256));
    const int runs = static_cast<int>(args.intInRange("runs", 3, 1, 100));
    const data::ImportSources sources = unwrap(data::discoverSources({args.positionals()[0]}));
    const fs::path scratch = args.valueOr("scratch", fs::temp_directory_path().string());
    if (args.flag("pipeline")) return benchPipeline(args, args.positionals()[0], scratch, threads);
    nlohmann::json doc{{"ok", true},
                       {"folder", args.positionals()[0]},
                       {"threads", threads},
                       {"compiler_flags", VITRINA_CXX_FLAGS}};
    const util::Progress quiet({}, interruptToken());

    // 1. events.csv -> columnar store, ids mapped, rows ordered.
    data::ImportOptions options;
    options.threads = threads;
    data::ImportSources eventsOnly;
    eventsOnly.events = sources.events;
    std::size_t eventCount = 0;
    const Timing parse = timeRuns(runs, [&] {
        auto dataset = unwrap(data::importDataset(eventsOnly, options, quiet));
        eventCount = dataset.events.size();
    });
    const auto eventsBytes = fs::file_size(sources.events);
    doc["events_parse"] = toJson(parse);
    doc["events_parse"]["rows"] = eventCount;
    doc["events_parse"]["bytes"] = eventsBytes;
    doc["events_parse"]["target_s"] = 0.5;

    // 2. pandas.read_csv on the same file.
    if (!args.flag("skip-pandas")) {
        nlohmann::json pandas = benchPandas(sources.events, runs);
        if (pandas.value("available", false))
            pandas["ratio_pandas_over_vitrina"] = pandas["best_s"].get<double>() / parse.best;
        doc["pandas_read_csv"] = pandas;
    }

    // 3. The whole import process, project save included.
    if (!args.flag("skip-process")) doc["import_process"] = benchImportProcess(sources.events, scratch, runs, threads);

    // 4. Full import (item_properties streamed) and the project round trip.
    data::Dataset full = unwrap(data::importDataset(sources, options, quiet));
    if (!args.flag("skip-properties") && !sources.itemProperties.empty()) {
        std::uint64_t bytes = 0;
        for (const auto& path : sources.itemProperties) bytes += fs::file_size(path);
        const Timing stream = timeRuns(runs, [&] {
            (void)data::readItemProperties(sources.itemProperties, full.items.ids, options, quiet);
        });
        doc["item_properties_stream"] = toJson(stream);
        doc["item_properties_stream"]["bytes"] = bytes;
        doc["item_properties_stream"]["mb_per_s"] = static_cast<double>(bytes) / 1e6 / stream.best;
        doc["item_properties_stream"]["target_mb_per_s"] = 200.0;
    }
    const fs::path project = scratch / "bench-full.vitrina";
    {
        std::error_code ec;
        fs::remove(project, ec);
        util::Stopwatch watch;
        (void)unwrap(store::saveDatasetAs(project.string(), full, quiet));
        doc["project_save_s"] = watch.seconds();
        doc["project_bytes"] = fs::file_size(project, ec);
    }
    data::Dataset reopened;
    doc["project_reopen"] = toJson(timeRuns(runs, [&] {
        reopened = unwrap(store::loadDatasetFrom(project.string(), quiet));
    }));
    doc["project_reopen"]["target_s"] = 0.3;
    doc["project_reopen"]["events"] = reopened.events.size();

    // 5. Every funnel slice (each unit is computed inside one report).
    const data::SessionIndex sessions = data::buildSessions(reopened.events);
    nlohmann::json slices = nlohmann::json::object();
    double slowest = 0.0;
    const std::pair<const char*, analytics::FunnelSlicing> slicings[] = {
        {"none", analytics::FunnelSlicing::None},
        {"category", analytics::FunnelSlicing::TopCategory},
        {"day", analytics::FunnelSlicing::Day},
        {"week", analytics::FunnelSlicing::IsoWeek},
        {"segment", analytics::FunnelSlicing::ActivitySegment},
        {"returning", analytics::FunnelSlicing::NewVsReturning}};
    for (const auto& [name, slicing] : slicings) {
        const Timing t = timeRuns(runs, [&] { (void)analytics::computeFunnel(reopened, sessions, slicing); });
        slices[name] = toJson(t);
        slowest = std::max(slowest, t.best);
    }
    doc["funnel_slices"] = slices;
    doc["funnel_slowest_s"] = slowest;
    doc["funnel_target_s"] = 0.5;
    doc["peak_rss_mb"] = static_cast<double>(util::peakResidentBytes()) / (1024.0 * 1024.0);
    std::error_code ec;
    fs::remove(project, ec);
    return {doc, Success};
}

} // namespace

std::vector<Command> benchCommands() {
    return {{"bench", "bench <dataset folder> [--threads 2] [--runs 3] [--scratch DIR] [--skip-pandas] [--skip-properties] [--skip-process] | bench <dataset folder> --pipeline [--models ...]", runBench}};
}

} // namespace vitrina::cli
