// Trained models in the project file (issue 3: "reopening the project stays within the foundation's 0.3 s").
//   bench_model_store <project.vitrina> [--runs N] [--threads T] [--scratch DIR]
// Copies the project to the scratch folder, times its reopen (open + dataset load), then fits Popular, ItemKNN
// and ALS (64 factors; 2 iterations: the blob size does not depend on them) on the default temporal split,
// stores them and the evaluation report as artefacts, and times the reopen again with the model listing
// (metas only) and the evaluation read the Models page does. Then the lazy loads (split rebuilt, blob read).
// Prints one JSON document; reopens are timed warm (the file sits in the page cache).
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "BenchSupport.h"
#include "eval/Evaluator.h"
#include "store/Artefact.h"
#include "store/EvaluationArtefacts.h"
#include "store/ModelArtefacts.h"
#include "store/ProjectFile.h"
#include "util/SystemInfo.h"

using namespace vitrina;
using namespace vitrina::bench;
namespace fs = std::filesystem;

int main(int argc, char** argv) {
    std::string input;
    fs::path scratch = fs::temp_directory_path();
    int runs = 3, threads = 2;
    for (int k = 1; k < argc; ++k) {
        const std::string a = argv[k];
        if (a == "--runs" && k + 1 < argc) runs = std::max(1, std::atoi(argv[++k]));
        else if (a == "--threads" && k + 1 < argc) threads = std::max(1, std::atoi(argv[++k]));
        else if (a == "--scratch" && k + 1 < argc) scratch = argv[++k];
        else input = a;
    }
    if (input.empty()) {
        std::fprintf(stderr, "usage: bench_model_store <project.vitrina> [--runs N] [--threads T] [--scratch DIR]\n");
        return 1;
    }
    fs::create_directories(scratch);
    const fs::path copy = scratch / "bench_model_store.vitrina";
    fs::copy_file(input, copy, fs::copy_options::overwrite_existing);
    nlohmann::json doc{{"project", input}, {"threads", threads}};

    // 1. Reopen without models (the foundation's figure on this file).
    Timing plain;
    std::shared_ptr<const data::Dataset> dataset;
    for (int r = 0; r < runs; ++r) {
        util::Stopwatch watch;
        auto project = orDie(store::ProjectFile::open(copy.string(), store::OpenMode::OpenExisting), "open");
        dataset = std::make_shared<const data::Dataset>(project->loadDataset({}));
        plain.runs.push_back(watch.seconds());
    }
    doc["reopen_without_models"] = plain.json();
    doc["events"] = dataset->events.size();

    // 2. Fit, evaluate and store three models and the report.
    auto project = orDie(store::ProjectFile::open(copy.string(), store::OpenMode::OpenExisting), "open");
    const eval::ProtocolOptions protocol;
    const auto split = orDie(eval::buildProtocol(*dataset, protocol, {}), "protocol");
    eval::EvaluationOptions options;
    options.threads = threads;
    options.keepModels = true;
    options.significance = false;
    models::ParamValues twoSweeps;
    twoSweeps.set("iterations", 2LL);
    const std::vector<eval::ModelSpec> specs{{"popular", {}}, {"itemknn", {}}, {"als", twoSweeps}};
    const auto report = orDie(eval::evaluateModels(dataset, split, specs, options, {}), "evaluate");
    const std::string fingerprint = store::datasetFingerprint(*dataset);
    util::Stopwatch saveWatch;
    const double saveCpu = cpuSeconds();
    nlohmann::json blobs = nlohmann::json::object();
    for (const auto& m : report.models) {
        store::ModelRecord record;
        record.modelId = m.id;
        record.params = m.params;
        record.protocol = protocol;
        record.trainEndMs = split.facts.trainEndMs;
        record.trainEvents = split.facts.trainEvents;
        record.threads = threads;
        record.dataset = fingerprint;
        store::saveModel(*project, m.id, record, *m.model);
        blobs[m.id] = project->artefactInfo(store::kModelArtefact, m.id)->blobBytes;
    }
    store::saveEvaluation(*project, "last", protocol, report, {{"dataset", fingerprint}});
    doc["save_models_s"] = saveWatch.seconds();
    doc["save_models_cpu_s"] = cpuSeconds() - saveCpu;
    doc["model_blob_bytes"] = blobs;
    doc["evaluation_blob_bytes"] = project->artefactInfo(store::kEvaluationArtefact, "last")->blobBytes;
    project.reset();

    // 3. Reopen with models: open + dataset + the model listing (what the GUI thread does), then the report
    //    (read in the background by the Models page).
    Timing withModels, listing, listingCpu, fingerprintTime, evaluation;
    for (int r = 0; r < runs; ++r) {
        util::Stopwatch watch;
        auto reopened = orDie(store::ProjectFile::open(copy.string(), store::OpenMode::OpenExisting), "open");
        dataset = std::make_shared<const data::Dataset>(reopened->loadDataset({}));
        util::Stopwatch list;
        const double listCpu = cpuSeconds();
        util::Stopwatch print;
        const std::string reprint = store::datasetFingerprint(*dataset);
        fingerprintTime.runs.push_back(print.seconds());
        const auto listed = store::listModels(*reopened, reprint);
        listingCpu.runs.push_back(cpuSeconds() - listCpu);
        if (listed.size() != 3) {
            std::fprintf(stderr, "listed %zu models instead of 3\n", listed.size());
            return 2;
        }
        listing.runs.push_back(list.seconds());
        withModels.runs.push_back(watch.seconds());
        util::Stopwatch read;
        (void)orDie(store::loadEvaluation(*reopened, "last"), "evaluation");
        evaluation.runs.push_back(read.seconds());
        project = reopened;
    }
    doc["reopen_with_models"] = withModels.json();
    doc["reopen_with_models"]["target_s"] = 0.3;
    doc["model_listing"] = listing.json();
    doc["model_listing_cpu"] = listingCpu.json();
    doc["fingerprint"] = fingerprintTime.json();
    doc["evaluation_read"] = evaluation.json();

    // 4. Lazy loads: the first one rebuilds the split; the others share its training set.
    util::Stopwatch first;
    double cpu = cpuSeconds();
    (void)orDie(store::loadModel(*project, "als", dataset, nullptr, {}), "load als");
    doc["lazy_load_als_with_split_s"] = first.seconds();
    doc["lazy_load_als_with_split_cpu_s"] = cpuSeconds() - cpu;
    const auto train = store::rebuildTrainingSet(dataset, store::listModels(*project, store::datasetFingerprint(*dataset))[0].record, {});
    util::Stopwatch shared;
    cpu = cpuSeconds();
    (void)orDie(store::loadModel(*project, "itemknn", dataset, train, {}), "load itemknn");
    doc["lazy_load_itemknn_shared_split_s"] = shared.seconds();
    doc["lazy_load_itemknn_shared_split_cpu_s"] = cpuSeconds() - cpu;
    doc["peak_rss_mb"] = static_cast<double>(util::peakResidentBytes()) / (1024.0 * 1024.0);
    project.reset();
    std::error_code ec;
    fs::remove(copy, ec);
    std::printf("%s\n", doc.dump(2).c_str());
    return 0;
}
