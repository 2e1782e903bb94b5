// Save and reopen times of the project file (issue 2: reopen of the full-size project at most 0.3 s).
//   bench_store [events.csv | dataset folder] [--runs N] [--out project.vitrina]
// Without a path it builds a synthetic full-size dataset in memory (2.76 M events, 1.41 M visitors).
// Prints one JSON document; the reopen is timed warm (the file was just written, so it sits in the page cache).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "BenchSupport.h"
#include "../support/SyntheticDataset.h"
#include "data/Importer.h"
#include "store/ProjectFile.h"
#include "util/SystemInfo.h"

using namespace vitrina;
using namespace vitrina::bench;

int main(int argc, char** argv) {
    std::string input, out = (std::filesystem::temp_directory_path() / "bench_store.vitrina").string();
    int runs = 5;
    for (int k = 1; k < argc; ++k) {
        const std::string a = argv[k];
        if (a == "--runs" && k + 1 < argc) runs = std::max(1, std::atoi(argv[++k]));
        else if (a == "--out" && k + 1 < argc) out = argv[++k];
        else input = a;
    }
    nlohmann::json doc;
    util::Stopwatch build;
    data::Dataset dataset;
    if (input.empty()) {
        dataset = test::syntheticDataset(test::SyntheticShape{}, 20150503);
        doc["source"] = "synthetic full-size (tests/support/SyntheticDataset.h)";
    } else {
        const auto sources = orDie(data::discoverSources({input}), "discovering the files");
        dataset = orDie(data::importDataset(sources, {}, {}), "import");
        doc["source"] = input;
    }
    doc["build_s"] = build.seconds();
    doc["events"] = dataset.events.size();
    doc["visitors"] = dataset.visitors.size();
    doc["items"] = dataset.items.size();

    std::filesystem::remove(out);
    Timing createSave, replaceSave, reopen;
    for (int r = 0; r < runs; ++r) {
        std::filesystem::remove(out);
        util::Stopwatch watch;
        orDie(store::saveDatasetAs(out, dataset, {}), "save");
        createSave.runs.push_back(watch.seconds());
    }
    for (int r = 0; r < runs; ++r) { // into an existing project: the previous dataset is replaced
        util::Stopwatch watch;
        orDie(store::saveDatasetAs(out, dataset, {}), "save");
        replaceSave.runs.push_back(watch.seconds());
    }
    std::size_t loadedEvents = 0;
    for (int r = 0; r < runs; ++r) {
        util::Stopwatch watch;
        const data::Dataset loaded = orDie(store::loadDatasetFrom(out, {}), "reopen");
        reopen.runs.push_back(watch.seconds());
        loadedEvents = loaded.events.size();
    }
    if (loadedEvents != dataset.events.size()) {
        std::fprintf(stderr, "reopen returned %zu events instead of %zu\n", loadedEvents, dataset.events.size());
        return 3;
    }
    doc["project"] = out;
    doc["file_bytes"] = std::filesystem::file_size(out);
    doc["save_new_project"] = createSave.json();
    doc["save_replacing_dataset"] = replaceSave.json();
    doc["reopen"] = reopen.json();
    doc["peak_rss_bytes"] = util::peakResidentBytes();
    std::printf("%s\n", doc.dump(2).c_str());
    return 0;
}
