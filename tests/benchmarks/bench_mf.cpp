// bench_mf [<dataset folder>] [--threads N] [--models als,bpr,ease] [--queries N] [--k K] [--isa auto|portable]
//          [--views-only] [--param model.key=value ...]
// Times the factorisation models on a RetailRocket-format folder (imported), or, without a folder, on a
// synthetic dataset of the release's size (1.41 M visitors, 235 k items, about 2.8 M events). Trains on every
// event before the last 7 days (default parameters: ALS 64 factors x 3 iterations, BPR 64 factors x 20
// epochs, EASE on 10,000 items), then scores the test period's addtocart / transaction events in rolling mode
// (each list from every earlier event of the visitor; at most --queries lists, default 5,000) in blocks of 32
// and, for the what-if latency, one at a time. Wall and process CPU seconds are both reported (the CPU time
// shows how much of the wall time the machine's other load took). --views-only trains on the views alone, as
// the session-rec presets do (the split where EASE in float was once reported 20-30 times slower than in double:
// `--models ease --views-only --param ease.precision=float`, then `=double`). Prints one JSON document.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <iostream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "BenchSupport.h"
#include "../support/SyntheticDataset.h"
#include "data/Importer.h"
#include "data/Sessions.h"
#include "models/Catalogue.h"
#include "models/ParamsJson.h"
#include "models/TrainingSet.h"
#include "models/factorisation/DenseKernels.h"
#include "models/factorisation/EaseModel.h"
#include "util/SystemInfo.h"

using namespace vitrina;
using namespace vitrina::bench;

namespace {

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> out;
    std::stringstream in(s);
    for (std::string part; std::getline(in, part, sep);)
        if (!part.empty()) out.push_back(part);
    return out;
}

} // namespace

int main(int argc, char** argv) {
    std::string folder, isa = "auto";
    bool viewsOnly = false;
    int threads = 2, k = 20;
    std::size_t maxQueries = 5000;
    std::vector<std::string> modelIds = {"als", "bpr", "ease"};
    nlohmann::json params = nlohmann::json::object();
    for (int a = 1; a < argc; ++a) {
        const std::string arg = argv[a];
        const bool hasValue = a + 1 < argc;
        if (arg == "--threads" && hasValue) threads = std::atoi(argv[++a]);
        else if (arg == "--queries" && hasValue) maxQueries = static_cast<std::size_t>(std::atoll(argv[++a]));
        else if (arg == "--k" && hasValue) k = std::atoi(argv[++a]);
        else if (arg == "--models" && hasValue) modelIds = split(argv[++a], ',');
        else if (arg == "--isa" && hasValue) isa = argv[++a];
        else if (arg == "--views-only") viewsOnly = true;
        else if (arg == "--param" && hasValue) {
            const std::string p = argv[++a];
            const auto dot = p.find('.'), eq = p.find('=');
            if (dot == std::string::npos || eq == std::string::npos || eq < dot) {
                std::cerr << "bad --param " << p << " (model.key=value)\n";
                return 1;
            }
            params[p.substr(0, dot)][p.substr(dot + 1, eq - dot - 1)] = p.substr(eq + 1);
        } else if (arg.rfind("--", 0) != 0 && folder.empty()) folder = arg;
        else {
            std::cerr << "usage: bench_mf [<dataset folder>] [--threads N] [--models als,bpr,ease] [--queries N] [--k K]"
                         " [--isa auto|portable] [--views-only] [--param model.key=value]\n";
            return 1;
        }
    }
    if (isa == "portable") models::kernels::forceIsa(models::kernels::Isa::Portable);

    nlohmann::json report;
    report["compiler"] = compilerFlags();
    report["kernels"] = models::kernels::isaName(models::kernels::activeIsa());
    report["threads"] = threads;

    Timer load;
    std::shared_ptr<const data::Dataset> dataset;
    std::int64_t periodEnd = 0; // the test period is the 7 days before it
    if (folder.empty()) {
        // The synthetic log's nominal span (a few late repeat visits run past it).
        periodEnd = test::SyntheticShape{}.firstMs + test::SyntheticShape{}.spanMs;
        dataset = std::make_shared<const data::Dataset>(test::syntheticDataset(test::SyntheticShape{}, 42));
        report["dataset"] = "synthetic (tests/support/SyntheticDataset.h, seed 42)";
    } else {
        auto sources = data::discoverSources({folder});
        if (!sources) {
            std::cerr << sources.error->text() << "\n";
            return 2;
        }
        sources->itemProperties.clear(); // the models do not read item properties
        data::ImportOptions importOptions;
        importOptions.threads = threads;
        auto imported = data::importDataset(*sources, importOptions, {});
        if (!imported) {
            std::cerr << imported.error->text() << "\n";
            return 2;
        }
        dataset = std::make_shared<const data::Dataset>(std::move(*imported.value));
        report["dataset"] = folder;
    }
    report["load"] = load.json();
    const auto& log = dataset->events;
    report["events"] = log.size();
    report["visitors"] = dataset->visitors.size();
    report["items"] = dataset->items.size();

    if (periodEnd == 0) periodEnd = *std::max_element(log.timestamp.begin(), log.timestamp.end());
    const std::int64_t cutoff = periodEnd - 7LL * 86'400'000;
    std::vector<std::uint8_t> mask(log.size());
    for (std::size_t e = 0; e < log.size(); ++e)
        mask[e] = log.timestamp[e] < cutoff && (!viewsOnly || log.type[e] == data::EventType::View) ? 1 : 0;
    report["training_split"] = viewsOnly ? "views before the last 7 days" : "every event before the last 7 days";
    auto sessions = std::make_shared<const data::SessionIndex>(data::buildSessions(log));
    auto train = std::make_shared<const models::TrainingSet>(dataset, std::move(mask), sessions, cutoff);
    report["training_events"] = train->trainingEvents();
    report["candidate_items"] = train->candidateCount();

    // Rolling-mode queries: each target event of the test period with the visitor's earlier events.
    std::vector<models::Query> queries;
    for (std::size_t v = 0; v < log.visitorCount() && queries.size() < maxQueries; ++v) {
        const auto begin = log.begin(static_cast<data::VisitorIndex>(v)), end = log.end(static_cast<data::VisitorIndex>(v));
        for (auto e = begin; e < end && queries.size() < maxQueries; ++e) {
            if (log.timestamp[e] < cutoff || log.type[e] == data::EventType::View) continue;
            auto first = e; // events strictly before the target's moment
            while (first > begin && log.timestamp[first - 1] == log.timestamp[e]) --first;
            const auto session = sessions->start[sessions->sessionOfEvent[e]];
            queries.push_back(models::Query::fromLog(log, begin, first, std::min<std::uint64_t>(session, first),
                                                     log.timestamp[e], static_cast<data::VisitorIndex>(v)));
        }
    }
    report["queries"] = queries.size();
    models::RecommendOptions options;
    options.k = k;

    for (const auto& id : modelIds) {
        std::cerr << "bench_mf: " << id << "\n";
        auto model = models::createModel(id);
        model->setParameters(params.contains(id) ? params[id] : nlohmann::json::object());
        nlohmann::json& out = report[id];
        out["parameters"] = models::toJson(model->parameters().values());
        if (id == "ease") {
            const auto n = std::min<std::size_t>(static_cast<std::size_t>(model->parameters().integer("items")),
                                                 train->candidateCount());
            out["estimated_memory_bytes"] = models::EaseRecommender::estimatedMemoryBytes(
                n, model->parameters().choice("precision") == "double");
        }
        models::FitContext ctx;
        ctx.threads = threads;
        ctx.seed = 42;
        Timer fit;
        model->fit(train, ctx);
        out["fit"] = fit.json();
        out["memory_bytes"] = model->memoryBytes();
        Timer batch;
        const auto lists = model->recommendBatch(queries, options, threads);
        out["score_batch"] = batch.json();
        out["score_batch"]["lists"] = lists.size();
        // What-if latency: one query at a time on one thread (the GUI's case), over the first 200.
        const std::size_t single = std::min<std::size_t>(200, queries.size());
        Timer one;
        for (std::size_t q = 0; q < single; ++q) model->recommend(queries[q], options);
        out["score_single_ms"] = single == 0 ? 0.0 : 1000.0 * one.wall.seconds() / static_cast<double>(single);
        out["peak_resident_bytes_so_far"] = util::peakResidentBytes();
    }
    report["peak_resident_bytes"] = util::peakResidentBytes();
    std::cout << report.dump(2) << "\n";
    return 0;
}
