// bench_knn <dataset folder> [--threads N] [--queries N] [--k K]
// Imports a RetailRocket-format folder, trains on every event before the last 7 days, and times ItemKNN's
// fit (with the visitor x item matrix build reported apart) and its top-K scoring of the test period's
// addtocart / transaction events (rolling mode: each list from every earlier event of the visitor).
// The other neighbourhood and session models' fit times are reported beside it. Prints one JSON document.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

#include "BenchSupport.h"
#include "data/Importer.h"
#include "data/Sessions.h"
#include "models/Catalogue.h"
#include "models/neighbourhood/ItemKnnModel.h"
#include "models/TrainingSet.h"
#include "util/SystemInfo.h"

using namespace vitrina;
using namespace vitrina::bench;

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: bench_knn <dataset folder> [--threads N] [--queries N] [--k K]\n";
        return 1;
    }
    int threads = 2, k = 20;
    std::size_t maxQueries = 0; // 0 = every target event of the test period
    for (int a = 2; a + 1 < argc; a += 2) {
        if (!std::strcmp(argv[a], "--threads")) threads = std::atoi(argv[a + 1]);
        else if (!std::strcmp(argv[a], "--queries")) maxQueries = static_cast<std::size_t>(std::atoll(argv[a + 1]));
        else if (!std::strcmp(argv[a], "--k")) k = std::atoi(argv[a + 1]);
    }
    nlohmann::json report;
    report["compiler"] = compilerFlags();
    report["threads"] = threads;

    util::Stopwatch clock;
    auto sources = data::discoverSources({argv[1]});
    if (!sources) {
        std::cerr << sources.error->text() << "\n";
        return 2;
    }
    sources->itemProperties.clear(); // ItemKNN does not read item properties; the import stays short
    data::ImportOptions importOptions;
    importOptions.threads = threads;
    auto imported = data::importDataset(*sources, importOptions, {});
    if (!imported) {
        std::cerr << imported.error->text() << "\n";
        return 2;
    }
    auto dataset = std::make_shared<const data::Dataset>(std::move(*imported.value));
    report["import_seconds"] = clock.seconds();
    const auto& log = dataset->events;
    report["events"] = log.size();
    report["visitors"] = dataset->visitors.size();
    report["items"] = dataset->items.size();

    const std::int64_t last = *std::max_element(log.timestamp.begin(), log.timestamp.end());
    const std::int64_t cutoff = last - 7LL * 86'400'000;
    std::vector<std::uint8_t> mask(log.size());
    for (std::size_t e = 0; e < log.size(); ++e) mask[e] = log.timestamp[e] < cutoff ? 1 : 0;
    auto sessions = std::make_shared<const data::SessionIndex>(data::buildSessions(log));
    auto train = std::make_shared<const models::TrainingSet>(dataset, std::move(mask), sessions, cutoff);
    report["training_events"] = train->trainingEvents();

    models::FitContext ctx;
    ctx.threads = threads;
    models::ItemKnnRecommender knn;
    clock.restart();
    // ItemKNN's default weighting (1 / 3 / 5, summed): the training set caches the matrix, so the fit below
    // reuses it and the two figures add up to a cold fit.
    const auto matrix = train->visitorItem(data::EventWeights{}, data::Combine::Sum);
    report["itemknn"]["matrix_seconds"] = clock.seconds();
    report["itemknn"]["matrix_nonzeros"] = matrix->nonZeros();
    clock.restart();
    knn.fit(train, ctx);
    report["itemknn"]["fit_seconds"] = clock.seconds();
    report["itemknn"]["fit_with_matrix_seconds"] =
        report["itemknn"]["fit_seconds"].get<double>() + report["itemknn"]["matrix_seconds"].get<double>();
    report["itemknn"]["neighbour_entries"] = knn.neighbours().nonZeros();
    report["itemknn"]["memory_bytes"] = knn.memoryBytes();

    // Rolling-mode queries: each target event of the test period with the visitor's earlier events.
    std::vector<models::Query> queries;
    for (std::size_t v = 0; v < log.visitorCount(); ++v) {
        const auto begin = log.begin(static_cast<data::VisitorIndex>(v)), end = log.end(static_cast<data::VisitorIndex>(v));
        for (auto e = begin; e < end; ++e) {
            if (log.timestamp[e] < cutoff || log.type[e] == data::EventType::View) continue;
            auto first = e; // events strictly before the target's moment
            while (first > begin && log.timestamp[first - 1] == log.timestamp[e]) --first;
            const auto session = sessions->start[sessions->sessionOfEvent[e]];
            queries.push_back(models::Query::fromLog(log, begin, first, std::min<std::uint64_t>(session, first),
                                                     log.timestamp[e], static_cast<data::VisitorIndex>(v)));
        }
    }
    if (maxQueries > 0 && queries.size() > maxQueries) queries.resize(maxQueries);
    models::RecommendOptions options;
    options.k = k;
    clock.restart();
    const auto lists = knn.recommendBatch(queries, options, threads);
    const double scoring = clock.seconds();
    report["itemknn"]["queries"] = queries.size();
    report["itemknn"]["score_seconds"] = scoring;
    report["itemknn"]["microseconds_per_list"] = queries.empty() ? 0.0 : 1e6 * scoring / static_cast<double>(queries.size());

    for (const std::string id : {"popular", "cooc", "sknn", "vsknn"}) {
        auto model = models::createModel(id);
        clock.restart();
        model->fit(train, ctx);
        report[id]["fit_seconds"] = clock.seconds();
        report[id]["memory_bytes"] = model->memoryBytes();
        clock.restart();
        model->recommendBatch(queries, options, threads);
        report[id]["score_seconds"] = clock.seconds();
    }
    report["peak_resident_bytes"] = util::peakResidentBytes();
    std::cout << report.dump(2) << "\n";
    return 0;
}
