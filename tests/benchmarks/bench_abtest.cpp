// Speed of the simulated A/B tests (issue 5), printed as one JSON document:
//   bench_abtest [<project.vitrina> | <dataset folder>] [--threads N] [--days 14] [--study-only] [--replay-only]
//                [--arms als,als --param als#2.factors=32]
// - replay: the last 14 days of the log with two ALS-based arms (default: ALS 64 factors vs ALS 32 factors),
//   models trained on the events before (training timed apart: the target, at most 30 s, excludes it), then the
//   full analysis (bootstrap B = 2,000, Bayesian with 100,000 draws);
// - parametric A/A study: 10,000 experiments x 10,000 visitors per arm, 14 daily looks, each through the
//   analysis' daily series (fixed p, peeking, mSPRT) and the SRM check (target at most 10 s).
// Without a path the replay runs on the synthetic release-size dataset (tests/support/SyntheticDataset.h).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

#include "BenchSupport.h"
#include "../support/SyntheticDataset.h"
#include "abtest/Analysis.h"
#include "abtest/Parametric.h"
#include "abtest/Replay.h"
#include "models/ParamsJson.h"
#include "data/Importer.h"
#include "report/AbTestJson.h"
#include "store/ProjectFile.h"
#include "util/SystemInfo.h"

using namespace vitrina;
using namespace vitrina::bench;

namespace {

std::shared_ptr<const data::Dataset> load(const std::string& path, int threads, nlohmann::json& report) {
    if (path.empty()) {
        report["dataset"] = "synthetic (tests/support/SyntheticDataset.h, seed 42)";
        return std::make_shared<const data::Dataset>(test::syntheticDataset(test::SyntheticShape{}, 42));
    }
    report["dataset"] = path;
    if (path.size() > 8 && path.substr(path.size() - 8) == ".vitrina")
        return std::make_shared<const data::Dataset>(orDie(store::loadDatasetFrom(path, {}), "open"));
    auto sources = orDie(data::discoverSources({path}), "sources");
    data::ImportOptions options;
    options.threads = threads;
    return std::make_shared<const data::Dataset>(orDie(data::importDataset(sources, options, {}), "import"));
}

} // namespace

int main(int argc, char** argv) {
    std::string path;
    int threads = 2, days = 14;
    bool replay = true, study = true;
    abtest::ReplayOptions o;
    o.arms = {{"als", nlohmann::json::object(), ""}, {"als", {{"factors", 32}}, ""}};
    for (int a = 1; a < argc; ++a) {
        const std::string arg = argv[a];
        const bool hasValue = a + 1 < argc;
        if (arg == "--threads" && hasValue) threads = std::max(1, std::atoi(argv[++a]));
        else if (arg == "--days" && hasValue) days = std::atoi(argv[++a]);
        else if (arg == "--study-only") replay = false;
        else if (arg == "--replay-only") study = false;
        else if (arg.rfind("--", 0) != 0 && path.empty()) path = arg;
        else {
            std::cerr << "usage: bench_abtest [<project.vitrina> | <folder>] [--threads N] [--days 14] [--study-only] "
                         "[--replay-only]\n";
            return 1;
        }
    }
    nlohmann::json report;
    report["compiler"] = compilerFlags();
    report["threads"] = threads;

    if (replay) {
        Timer loadTimer;
        const auto dataset = load(path, threads, report);
        report["load"] = loadTimer.json();
        report["events"] = dataset->events.size();
        report["visitors"] = dataset->visitors.size();
        report["items"] = dataset->items.size();
        o.days = days;
        o.threads = threads;
        Timer train;
        const auto setup = orDie(abtest::prepareReplay(dataset, o), "prepare");
        report["replay"]["training_excluded"] = train.json();
        Timer run;
        const auto data = orDie(abtest::runReplay(setup, o), "replay");
        report["replay"]["simulation"] = run.json();
        abtest::AnalysisOptions ao;
        ao.threads = threads;
        Timer analysis;
        const auto a = orDie(abtest::analyse(data, ao), "analysis");
        report["replay"]["analysis"] = analysis.json();
        report["replay"]["target_seconds"] = 30;
        report["replay"]["simulation_plus_analysis_seconds"] =
            report["replay"]["simulation"]["wall_seconds"].get<double>() + report["replay"]["analysis"]["wall_seconds"].get<double>();
        nlohmann::json arms = nlohmann::json::array();
        for (const auto& arm : data.arms)
            arms.push_back({{"name", arm.name},
                            {"visitors", arm.last().cumVisitors},
                            {"lists", arm.last().cumExposures},
                            {"fallback_lists", arm.fallbackLists},
                            {"ctr", arm.last().cumExposures ? arm.last().cumClicks / static_cast<double>(arm.last().cumExposures) : 0.0},
                            {"converters", arm.last().cumConverters}});
        report["replay"]["arms"] = arms;
        report["replay"]["arm_params"] = {models::toJson(setup.models[0]->parameters().values()),
                                           models::toJson(setup.models[1]->parameters().values())};
        report["replay"]["verdict"] = report::toJson(a, data)["verdict"];
    }
    if (study) {
        abtest::StudyOptions s;
        s.experiment.rates = {0.05, 0.05};
        s.experiment.visitors = 20000;
        s.experiment.days = 14;
        s.experiment.seed = 42;
        s.experiments = 10000;
        s.threads = threads;
        Timer timer;
        const auto r = orDie(abtest::runParametricStudy(s), "study");
        report["aa_study_10000x10000"] = report::toJson(r);
        report["aa_study_10000x10000"]["time"] = timer.json();
        report["aa_study_10000x10000"]["target_seconds"] = 10;
    }
    report["peak_rss_mb"] = static_cast<double>(util::peakResidentBytes()) / 1048576.0;
    std::cout << report.dump(2) << "\n";
    return 0;
}
