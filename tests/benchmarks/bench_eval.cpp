// bench_eval [<project.vitrina> | <dataset folder>] [--threads N] [--models popular,recent,itemknn,als]
//            [--modes rolling,static] [--days 7] [--focus-history 3] [--no-significance]
// Times the offline evaluation on the generator's full-size output: per protocol mode, the protocol build, then
// per model the training and the evaluation (top 20 over every item with a training interaction, every metric at
// K = 5, 10, 20, default targets addtocart + transaction) and the significance matrix. Prints one JSON document
// with the figures of issue 3 (NDCG@10, HR@10, MRR@20, coverage@20 per model; seconds; peak RSS).
// Default input: /work/fullsize.vitrina, else the folder /work/fullsize.
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "BenchSupport.h"
#include "data/Importer.h"
#include "eval/Evaluator.h"
#include "report/EvaluationJson.h"
#include "store/ProjectFile.h"
#include "util/SystemInfo.h"

using namespace vitrina;
using namespace vitrina::bench;

int main(int argc, char** argv) {
    std::string input, modelList = "popular,recent,itemknn,als,bpr,ease,cooc,sknn,vsknn", modes = "rolling,static";
    int threads = 2, days = 7;
    std::uint64_t focus = 3;
    bool significance = true;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
        if (a == "--threads") threads = std::stoi(next());
        else if (a == "--models") modelList = next();
        else if (a == "--modes") modes = next();
        else if (a == "--days") days = std::stoi(next());
        else if (a == "--focus-history") focus = std::stoull(next());
        else if (a == "--no-significance") significance = false;
        else input = a;
    }
    if (input.empty()) input = std::filesystem::exists("/work/fullsize.vitrina") ? "/work/fullsize.vitrina" : "/work/fullsize";
    util::Stopwatch loadWatch;
    data::Dataset loaded;
    if (std::filesystem::is_directory(input)) {
        data::ImportOptions options;
        options.threads = threads;
        loaded = orDie(data::importDataset(orDie(data::discoverSources({input}), "discover"), options, {}), "import");
    } else {
        loaded = orDie(store::loadDatasetFrom(input, {}), "open");
    }
    const auto dataset = std::make_shared<const data::Dataset>(std::move(loaded));
    nlohmann::json doc{{"input", input},
                       {"load_seconds", loadWatch.seconds()},
                       {"events", dataset->events.size()},
                       {"visitors", dataset->visitors.size()},
                       {"items", dataset->items.size()},
                       {"threads", threads},
                       {"compiler", compilerFlags()}};
    std::vector<eval::ModelSpec> specs;
    for (const auto& id : splitList(modelList)) specs.push_back({id, {}});
    nlohmann::json runs = nlohmann::json::array();
    for (const auto& mode : splitList(modes)) {
        eval::ProtocolOptions protocol;
        protocol.mode = eval::modeFromName(mode);
        protocol.testDays = days;
        util::Stopwatch watch;
        const auto split = orDie(eval::buildProtocol(*dataset, protocol), "protocol");
        const double protocolSeconds = watch.seconds();
        eval::EvaluationOptions options;
        options.threads = threads;
        options.focusMinHistory = focus;
        options.significance = significance;
        nlohmann::json perModel = nlohmann::json::array();
        std::vector<eval::ModelResult> results;
        // One model at a time, so that each model's peak memory can be read off the log.
        for (const auto& spec : specs) {
            options.significance = false;
            auto report = orDie(eval::evaluateModels(dataset, split, {spec}, options), spec.id.c_str());
            const auto& m = report.models[0];
            perModel.push_back({{"model", m.id},
                                {"fit_seconds", m.fitSeconds},
                                {"evaluate_seconds", m.evalSeconds},
                                {"fit_cpu_seconds", m.fitCpuSeconds},
                                {"evaluate_cpu_seconds", m.evalCpuSeconds},
                                {"memory_bytes", m.memoryBytes},
                                {"peak_rss_bytes_so_far", util::peakResidentBytes()},
                                {"ndcg@10", m.summary.at(eval::Metric::Ndcg, 1)},
                                {"hit_rate@10", m.summary.at(eval::Metric::HitRate, 1)},
                                {"recall@20", m.summary.at(eval::Metric::Recall, 2)},
                                {"mrr@20", m.summary.at(eval::Metric::ReciprocalRank, 2)},
                                {"map@10", m.summary.at(eval::Metric::AveragePrecision, 1)},
                                {"coverage@20", m.summary.coverage[2]},
                                {"gini@20", m.summary.gini[2]},
                                {"novelty@10", m.summary.at(eval::Metric::Novelty, 1)},
                                {"popularity_percentile@10", m.summary.at(eval::Metric::PopularityPercentile, 1)}});
            std::fprintf(stderr, "%s %s: fit %.2fs (cpu %.2fs) eval %.2fs (cpu %.2fs) ndcg@10 %.4f\n", mode.c_str(),
                         m.id.c_str(), m.fitSeconds, m.fitCpuSeconds, m.evalSeconds, m.evalCpuSeconds,
                         m.summary.at(eval::Metric::Ndcg, 1));
            results.push_back(std::move(report.models[0]));
        }
        nlohmann::json comparisons = nlohmann::json::array();
        double significanceSeconds = 0.0;
        if (significance && results.size() >= 2) {
            util::Stopwatch sigWatch;
            std::vector<std::string> names;
            std::vector<std::vector<float>> all, focused;
            for (const auto& r : results) {
                names.push_back(r.id);
                all.push_back(r.comparisonValues);
                focused.push_back(r.focusValues);
            }
            comparisons.push_back(report::toJson(eval::compareModels("all", "ndcg@10", names, all, 2000, 42, threads)));
            comparisons.push_back(report::toJson(
                eval::compareModels("history>=" + std::to_string(focus), "ndcg@10", names, focused, 2000, 42, threads)));
            significanceSeconds = sigWatch.seconds();
        }
        runs.push_back({{"mode", mode},
                        {"protocol_seconds", protocolSeconds},
                        {"lists", split.lists.size()},
                        {"facts", report::toJson(split.facts)},
                        {"models", perModel},
                        {"significance_seconds", significanceSeconds},
                        {"significance", comparisons}});
    }
    doc["runs"] = runs;
    doc["peak_rss_bytes"] = util::peakResidentBytes();
    std::cout << doc.dump(2) << '\n';
    return 0;
}
