// bench_import <events.csv> [item_properties files...] [--threads N] [--runs R]
// Times events.csv -> ordered columnar store (ids mapped), and the streaming of item_properties in MB/s.
// Prints one JSON document. Run it on full-size files (the generator's scale 1.0 or the real release).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "data/Importer.h"
#include "data/ItemPropertiesReader.h"
#include "util/SystemInfo.h"

using namespace vitrina;

namespace {

int usage() {
    std::fprintf(stderr, "usage: bench_import <events.csv> [item_properties files...] [--threads N] [--runs R]\n");
    return 1;
}

std::string jsonString(const std::string& s) {
    std::string out = "\"";
    for (const char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> files;
    int threads = 2, runs = 3;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if ((arg == "--threads" || arg == "--runs") && i + 1 < argc) {
            (arg == "--threads" ? threads : runs) = std::atoi(argv[++i]);
        } else if (arg.rfind("--", 0) == 0) {
            return usage();
        } else {
            files.push_back(arg);
        }
    }
    if (files.empty() || threads < 1 || runs < 1) return usage();

    data::ImportSources sources;
    sources.events = files.front();
    data::ImportOptions options;
    options.threads = threads;

    // 1. events.csv: the best and median of `runs` (the first run also warms the page cache).
    std::vector<double> eventSeconds;
    data::Dataset dataset;
    for (int r = 0; r < runs; ++r) {
        util::Stopwatch watch;
        auto result = data::importDataset(sources, options, {});
        const double seconds = watch.seconds();
        if (!result) {
            std::fprintf(stderr, "%s\n", result.error->text().c_str());
            return 2;
        }
        eventSeconds.push_back(seconds);
        dataset = std::move(*result);
    }
    std::sort(eventSeconds.begin(), eventSeconds.end());
    const data::SourceFile& ev = *dataset.source("events");

    std::printf("{\n  \"threads\": %d,\n  \"runs\": %d,\n", threads, runs);
    std::printf("  \"events\": {\"file\": %s, \"bytes\": %llu, \"rows\": %zu, \"visitors\": %zu, \"items\": %zu, "
                "\"best_s\": %.4f, \"median_s\": %.4f, \"target_s\": 0.5}",
                jsonString(ev.path).c_str(), static_cast<unsigned long long>(ev.bytes), dataset.events.size(),
                dataset.visitors.size(), dataset.items.size(), eventSeconds.front(), eventSeconds[eventSeconds.size() / 2]);

    // 2. item_properties, streamed against the event items.
    if (files.size() > 1) {
        const std::vector<std::string> parts(files.begin() + 1, files.end());
        std::vector<double> seconds;
        data::PropertyHistories histories;
        for (int r = 0; r < runs; ++r) {
            util::Stopwatch watch;
            histories = data::readItemProperties(parts, dataset.items.ids, options, {});
            seconds.push_back(watch.seconds());
        }
        std::sort(seconds.begin(), seconds.end());
        std::uint64_t bytes = 0, rowsRead = 0, rowsKept = 0;
        for (const auto& s : histories.sources) {
            bytes += s.bytes;
            rowsRead += s.rowsRead;
            rowsKept += s.rowsKept;
        }
        const double mb = static_cast<double>(bytes) / 1e6;
        std::printf(",\n  \"item_properties\": {\"files\": %zu, \"bytes\": %llu, \"rows_read\": %llu, \"rows_kept\": %llu, "
                    "\"best_s\": %.4f, \"median_s\": %.4f, \"best_mb_per_s\": %.1f, \"median_mb_per_s\": %.1f, \"target_mb_per_s\": 200}",
                    parts.size(), static_cast<unsigned long long>(bytes), static_cast<unsigned long long>(rowsRead),
                    static_cast<unsigned long long>(rowsKept), seconds.front(), seconds[seconds.size() / 2],
                    mb / seconds.front(), mb / seconds[seconds.size() / 2]);
    }
    std::printf(",\n  \"peak_resident_mb\": %.1f\n}\n", static_cast<double>(util::peakResidentBytes()) / 1e6);
    return 0;
}
