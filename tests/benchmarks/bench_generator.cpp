// Times the demo generator and reports what it wrote and the peak memory.
// Usage: bench_generator [--scale S] [--seed N] [--threads T] [--no-properties] [--no-names] -o <folder>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "generator/Generator.h"
#include "util/SystemInfo.h"

using namespace vitrina;

int main(int argc, char** argv) {
    gen::GeneratorOptions options;
    options.scale = 1.0;
    options.threads = 2;
    std::string folder;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "option %s needs a value\n", arg.c_str());
                std::exit(1);
            }
            return argv[++i];
        };
        if (arg == "--scale") options.scale = std::atof(next().c_str());
        else if (arg == "--seed") options.seed = std::strtoull(next().c_str(), nullptr, 10);
        else if (arg == "--threads") options.threads = std::atoi(next().c_str());
        else if (arg == "--no-properties") options.writeItemProperties = false;
        else if (arg == "--no-names") options.writeNames = false;
        else if (arg == "-o") folder = next();
        else {
            std::fprintf(stderr, "unknown argument %s\n", arg.c_str());
            return 1;
        }
    }
    if (folder.empty()) {
        std::fprintf(stderr, "usage: bench_generator [--scale S] [--seed N] [--threads T] [--no-properties] "
                             "[--no-names] -o <folder>\n");
        return 1;
    }
    util::Stopwatch watch;
    const auto result = gen::generateDataset(folder, options, {});
    const double seconds = watch.seconds();
    if (!result.ok()) {
        std::fprintf(stderr, "error: %s\n", result.error ? result.error->text().c_str() : "unknown");
        return 2;
    }
    std::printf("{\"scale\": %g, \"seed\": %llu, \"threads\": %d, \"seconds\": %.3f, \"peak_rss_mb\": %.1f,\n"
                " \"events\": %llu, \"visitors\": %llu, \"event_items\": %llu, \"property_rows\": %llu,\n"
                " \"property_items\": %llu, \"categories\": %llu, \"bytes\": %llu}\n",
                options.scale, static_cast<unsigned long long>(options.seed), options.threads, seconds,
                static_cast<double>(util::peakResidentBytes()) / 1048576.0,
                static_cast<unsigned long long>(result->events), static_cast<unsigned long long>(result->visitors),
                static_cast<unsigned long long>(result->items), static_cast<unsigned long long>(result->propertyRows),
                static_cast<unsigned long long>(result->propertyItems),
                static_cast<unsigned long long>(result->categories), static_cast<unsigned long long>(result->bytes));
    return 0;
}
