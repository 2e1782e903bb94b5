// bench_whatif [<project.vitrina> | <dataset folder>] [--threads N] [--models popular,recent,itemknn,als,bpr,sknn]
//              [--visitors 40] [--events 5] [-k 10]
// The Visitors page's "what if" latency on the generator's full-size output: the models are trained on the
// default temporal split (the last 7 days are the test period), then for the three personas, the most active
// and a seeded random sample of visitors, simulated events are added one by one to a live session
// (models::LiveHistory, as the page does) and each update recomputes every model's top K (what the page's job
// does, one model after another on one worker thread). Prints one JSON document: median, 95th percentile and
// maximum milliseconds per update (all models; wall time and process CPU time, since the shared machine's load
// inflates wall time), the same per model, fit seconds (wall and CPU). Target: at most 100 ms per update. Default input: /work/fullsize.vitrina, else the folder /work/fullsize.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "BenchSupport.h"
#include "analytics/Personas.h"
#include "data/Importer.h"
#include "data/Sessions.h"
#include "models/LiveHistory.h"
#include "models/Catalogue.h"
#include "store/ProjectFile.h"
#include "util/SystemInfo.h"

using namespace vitrina;
using namespace vitrina::bench;

namespace {

/// The machine's 1-minute load average (Linux; -1 elsewhere): the shared machine's load inflates wall times.
double loadAverage() {
    double load = -1.0;
    if (std::FILE* f = std::fopen("/proc/loadavg", "r")) {
        if (std::fscanf(f, "%lf", &load) != 1) load = -1.0;
        std::fclose(f);
    }
    return load;
}

nlohmann::json summary(std::vector<double> ms) {
    if (ms.empty()) return nlohmann::json::object();
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms[static_cast<std::size_t>(q * static_cast<double>(ms.size() - 1) + 0.5)]; };
    double sum = 0.0;
    for (const double v : ms) sum += v;
    return {{"updates", ms.size()}, {"median_ms", at(0.5)}, {"p95_ms", at(0.95)}, {"max_ms", ms.back()},
            {"mean_ms", sum / static_cast<double>(ms.size())}};
}

} // namespace

int main(int argc, char** argv) {
    std::string input, modelList = "popular,recent,itemknn,als,bpr,sknn";
    int threads = 2, k = 10;
    std::size_t visitors = 40, eventsPerVisitor = 5;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
        if (a == "--threads") threads = std::stoi(next());
        else if (a == "--models") modelList = next();
        else if (a == "--visitors") visitors = std::stoul(next());
        else if (a == "--events") eventsPerVisitor = std::stoul(next());
        else if (a == "-k") k = std::stoi(next());
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
    const auto sessions = std::make_shared<const data::SessionIndex>(data::buildSessions(dataset->events));
    const double loadSeconds = loadWatch.seconds();

    // The default split: events before T train the models.
    const std::int64_t T = analytics::defaultTestBegin(dataset->events, 7);
    std::vector<std::uint8_t> mask(dataset->events.size());
    for (std::size_t e = 0; e < mask.size(); ++e) mask[e] = dataset->events.timestamp[e] < T ? 1 : 0;
    const auto train = std::make_shared<const models::TrainingSet>(dataset, std::move(mask), sessions, T);

    std::vector<std::pair<std::string, std::shared_ptr<models::Recommender>>> fitted;
    nlohmann::json fits = nlohmann::json::array();
    for (const auto& id : splitList(modelList)) {
        std::shared_ptr<models::Recommender> model = models::createModel(id);
        util::Stopwatch watch;
        const std::clock_t cpu = std::clock();
        model->fit(train, models::FitContext{42, threads, {}});
        fits.push_back({{"model", id}, {"fit_seconds", watch.seconds()}, {"fit_cpu_seconds", cpuSeconds(cpu)}});
        std::fprintf(stderr, "fit %s: %.2f s\n", id.c_str(), watch.seconds());
        fitted.emplace_back(id, std::move(model));
    }

    // Who gets the simulated sessions: the personas, then the most active and random visitors.
    analytics::PersonaOptions personaOptions;
    personaOptions.testBeginMs = T;
    personaOptions.listSize = visitors;
    util::Stopwatch personaWatch;
    const auto picks = analytics::findPersonas(dataset->events, personaOptions);
    const double personaSeconds = personaWatch.seconds();
    std::vector<analytics::VisitorPick> who;
    for (const auto& p : picks.personas)
        if (p) who.push_back(*p);
    for (std::size_t i = 0; who.size() < visitors && i < picks.mostActive.size(); i += 2) who.push_back(picks.mostActive[i]);
    for (std::size_t i = 0; who.size() < visitors && i < picks.random.size(); ++i) who.push_back(picks.random[i]);

    models::RecommendOptions options;
    options.k = k;
    std::vector<double> updates, updateCpuMs; // wall and process CPU per update (the updates run on one thread)
    std::vector<std::vector<double>> perModel(fitted.size());
    const data::EventType cycle[] = {data::EventType::View, data::EventType::View, data::EventType::AddToCart,
                                     data::EventType::View, data::EventType::Transaction};
    const std::clock_t cpu = std::clock();
    util::Stopwatch total;
    for (const auto& pick : who) {
        models::LiveHistory live(*dataset, pick.visitor, pick.at, sessions->gapMs);
        data::ItemIndex next = train->popularityOrder().front();
        for (std::size_t step = 0; step < eventsPerVisitor; ++step) {
            live.add(next, cycle[step % std::size(cycle)]);
            // One update: every model's list for the new history (the page's job).
            const auto start = std::chrono::steady_clock::now();
            const std::clock_t startCpu = std::clock();
            const models::Query query = live.query();
            std::vector<models::RecommendationList> lists;
            for (std::size_t m = 0; m < fitted.size(); ++m) {
                const auto modelStart = std::chrono::steady_clock::now();
                lists.push_back(fitted[m].second->recommend(query, options));
                perModel[m].push_back(
                    std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - modelStart).count());
            }
            updates.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
            updateCpuMs.push_back(1000.0 * cpuSeconds(startCpu));
            // The next simulated event: the last model's second item (a visitor following a recommendation).
            const auto& pickFrom = lists.back().items.size() > 1 ? lists.back() : lists.front();
            if (pickFrom.items.size() > 1) next = pickFrom.items[1];
        }
    }
    const double updateCpu = cpuSeconds(cpu), updateWall = total.seconds();

    nlohmann::json models = nlohmann::json::object();
    for (std::size_t m = 0; m < fitted.size(); ++m) models[fitted[m].first] = summary(perModel[m]);
    nlohmann::json doc{{"input", input},
                       {"events", dataset->events.size()},
                       {"visitors", dataset->visitors.size()},
                       {"items", dataset->items.size()},
                       {"train_end_ms", T},
                       {"threads_for_fit", threads},
                       {"k", k},
                       {"load_seconds", loadSeconds},
                       {"persona_search_seconds", personaSeconds},
                       {"fits", fits},
                       {"simulated_visitors", who.size()},
                       {"events_per_visitor", eventsPerVisitor},
                       {"update_all_models", summary(updates)},
                       {"update_all_models_cpu", summary(updateCpuMs)},
                       {"load_average_1min", loadAverage()},
                       {"update_wall_seconds", updateWall},
                       {"update_cpu_seconds", updateCpu},
                       {"per_model", models},
                       {"target_ms", 100},
                       {"peak_rss_bytes", util::peakResidentBytes()}};
    std::cout << doc.dump(2) << '\n';
    return 0;
}
