// bench_neural [<project.vitrina> | <dataset folder>] [--threads 2] [--parts data,gru4rec,sasrec,curve,baselines,threads,demo]
//              [--param gru4rec.n_epochs=10 ...] [--curve-epochs 20] [--export-reference DIR]
// The figures of the neural-models issue in one run, on the generator's full-size output (default
// /work/fullsize.vitrina, else the folder /work/fullsize) under the gru4rec-official protocol:
// - gru4rec: GRU4Rec at the official RetailRocket defaults: seconds per epoch, events per second, the epoch
//   losses, peak RSS after training, Recall@20 and MRR@20 (conservative ties, full catalogue);
// - sasrec: the same for SASRec at its defaults; curve: SASRec's validation curve (the protocol's validation
//   split, Recall@20 / MRR@20 after every epoch) that justifies its default epoch count;
// - baselines: Popular, co-occurrence, SKNN and V-SKNN on the same split, and the paired comparison
//   (per-session HR@20, bootstrap interval, Holm-corrected p) between every pair;
// - threads: GRU4Rec again on one thread (Recall@20 must agree within 0.005; the weights are in fact identical);
// - demo: GRU4Rec and SASRec training time on the demo dataset (generator scale 0.02, temporal protocol).
// --export-reference DIR writes the split as the official implementation reads it (train.tsv, test.tsv:
// SessionId, ItemId, Time; sessions in training order), so hidasib/GRU4Rec_PyTorch_Official runs on the
// same data. Every timing is printed with the load average at its start and end (/proc/loadavg).
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

#include "BenchSupport.h"
#include "data/Importer.h"
#include "eval/Evaluator.h"
#include "generator/Generator.h"
#include "models/Catalogue.h"
#include "models/ParamsJson.h"
#include "models/neural/Gemm.h"
#include "models/neural/Layers.h"
#include "report/EvaluationJson.h"
#include "store/ProjectFile.h"

using namespace vitrina;
using namespace vitrina::bench;

namespace {

std::string loadAverage() {
    std::ifstream in("/proc/loadavg");
    std::string a, b, c;
    in >> a >> b >> c;
    return a + " " + b + " " + c;
}

std::shared_ptr<const data::Dataset> loadInput(const std::string& input, int threads) {
    if (std::filesystem::is_directory(input)) {
        data::ImportOptions options;
        options.threads = threads;
        return std::make_shared<const data::Dataset>(
            orDie(data::importDataset(orDie(data::discoverSources({input}), "discover"), options, {}), "import"));
    }
    return std::make_shared<const data::Dataset>(orDie(store::loadDatasetFrom(input, {}), "open"));
}

/// Recall@20 and MRR@20 of `model` over the split's test sessions (conservative ties), on `threads` threads.
std::pair<double, double> nextItemAt20(const models::Recommender& model, const models::TrainingSet& train,
                                      const eval::ProtocolSplit& split, int threads) {
    std::vector<eval::NextItemAccumulator> parts(static_cast<std::size_t>(threads), eval::NextItemAccumulator({20}, false));
    const auto& candidate = train.candidates();
    const std::size_t n = train.itemCount();
    util::parallelChunks(split.testSessions.size(), threads, [&](std::size_t begin, std::size_t end, std::size_t chunk) {
        std::vector<float> buffer;
        std::vector<models::Query> queries;
        std::vector<std::uint64_t> ranks;
        for (std::size_t s = begin; s < end; ++s) {
            const auto& session = split.testSessions[s];
            queries.clear();
            for (std::size_t t = 1; t < session.end - session.begin; ++t) queries.push_back(split.sessionQuery(session, t));
            buffer.assign(queries.size() * n, 0.0f);
            model.scoreBlock(queries, buffer);
            ranks.clear();
            for (std::size_t q = 0; q < queries.size(); ++q) {
                std::span<float> row(buffer.data() + q * n, n);
                for (std::size_t i = 0; i < n; ++i)
                    if (!candidate[i]) row[i] = -std::numeric_limits<float>::infinity();
                ranks.push_back(eval::rankCountingTies(row, split.sessionItems[session.begin + 1 + q]));
            }
            parts[chunk].addSession(ranks);
        }
    });
    for (std::size_t c = 1; c < parts.size(); ++c) parts[0].merge(parts[c]);
    const auto summary = parts[0].summary();
    return {summary.hitRate[0], summary.mrr[0]};
}

struct Trained {
    std::shared_ptr<models::Recommender> model;
    nlohmann::json report;
};

/// Fits model `id` with `params`, timing each epoch; the report has the per-epoch figures and the peak RSS.
Trained train(const std::string& id, const nlohmann::json& params, std::shared_ptr<const models::TrainingSet> training,
              int threads, const std::function<void(const models::Recommender&, nlohmann::json&)>& afterEpoch = {}) {
    Trained t;
    t.model = models::createModel(id);
    t.model->setParameters(params);
    nlohmann::json epochs = nlohmann::json::array();
    models::FitContext ctx;
    ctx.seed = 42;
    ctx.threads = threads;
    ctx.onEpoch = [&](const models::EpochReport& r) {
        nlohmann::json e{{"epoch", r.epoch}, {"seconds", r.seconds}, {"loss", r.loss}, {"examples", r.examples},
                         {"events_per_second", static_cast<double>(r.examples) / r.seconds}, {"loadavg", loadAverage()}};
        if (afterEpoch) afterEpoch(*t.model, e);
        std::fprintf(stderr, "%s epoch %d/%d: %.1f s, %.0f events/s, loss %.4f (load %s)\n", id.c_str(), r.epoch, r.epochs,
                     r.seconds, static_cast<double>(r.examples) / r.seconds, r.loss, loadAverage().c_str());
        epochs.push_back(e);
    };
    const std::string loadBefore = loadAverage();
    Timer timer;
    t.model->fit(std::move(training), ctx);
    double epochSeconds = 0.0, examples = 0.0;
    for (const auto& e : epochs) {
        epochSeconds += e["seconds"].get<double>();
        examples += e["examples"].get<double>();
    }
    t.report = {{"model", id},
                {"params", models::toJson(t.model->parameters().values())},
                {"threads", threads},
                {"fit", timer.json()},
                {"seconds_per_epoch", epochSeconds / static_cast<double>(std::max<std::size_t>(epochs.size(), 1))},
                {"events_per_second", examples / std::max(epochSeconds, 1e-9)},
                {"epochs", epochs},
                {"peak_rss_bytes_after_fit", util::peakResidentBytes()},
                {"loadavg_before", loadBefore},
                {"loadavg_after", loadAverage()}};
    return t;
}

void exportReference(const std::string& dir, const data::Dataset& ds, const eval::ProtocolSplit& split,
                     const models::TrainingSet& train) {
    std::filesystem::create_directories(dir);
    // The sequences exactly as GRU4Rec trains on them (time order of first events), written with their times.
    std::ofstream out(dir + "/train.tsv");
    out << "SessionId\tItemId\tTime\n";
    const auto& log = ds.events;
    const auto& sessions = train.sessions();
    std::vector<std::pair<std::int64_t, std::size_t>> order;
    for (std::size_t s = 0; s < sessions.size(); ++s) {
        std::size_t count = 0;
        std::int64_t first = 0;
        for (auto e = sessions.start[s]; e < sessions.start[s + 1]; ++e)
            if (train.isTraining(e) && count++ == 0) first = log.timestamp[e];
        if (count >= 2) order.emplace_back(first, s);
    }
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t k = 0; k < order.size(); ++k)
        for (auto e = sessions.start[order[k].second]; e < sessions.start[order[k].second + 1]; ++e)
            if (train.isTraining(e)) out << k << '\t' << ds.items.ids.raw(log.item[e]) << '\t' << log.timestamp[e] << '\n';
    std::ofstream test(dir + "/test.tsv");
    test << "SessionId\tItemId\tTime\n";
    for (std::size_t s = 0; s < split.testSessions.size(); ++s)
        for (auto p = split.testSessions[s].begin; p < split.testSessions[s].end; ++p)
            test << s << '\t' << ds.items.ids.raw(split.sessionItems[p]) << '\t' << split.sessionTimes[p] << '\n';
}

/// GFLOPS of the products one GRU4Rec step makes (batch 80, width 224, 80 + 2048 columns), on 1 and 2 threads.
nlohmann::json productSpeed() {
    namespace nn = models::neural;
    struct Shape {
        const char* what;
        std::size_t m, n, k;
        nn::Transpose ta, tb;
    };
    const Shape shapes[] = {{"scores x.W^T", 80, 2128, 224, nn::Transpose::No, nn::Transpose::Yes},
                            {"dx = dS.W", 80, 224, 2128, nn::Transpose::No, nn::Transpose::No},
                            {"dW = dS^T.x", 2128, 224, 80, nn::Transpose::Yes, nn::Transpose::No},
                            {"gates x.Wih", 80, 672, 224, nn::Transpose::No, nn::Transpose::No},
                            {"dWih = x^T.dG", 224, 672, 80, nn::Transpose::Yes, nn::Transpose::No},
                            {"dx = dG.Wih^T", 80, 224, 672, nn::Transpose::No, nn::Transpose::Yes}};
    nlohmann::json out = nlohmann::json::array();
    util::Rng rng(1);
    for (const auto& s : shapes) {
        nn::Matrix<float> a(s.ta == nn::Transpose::No ? s.m : s.k, s.ta == nn::Transpose::No ? s.k : s.m);
        nn::Matrix<float> b(s.tb == nn::Transpose::No ? s.k : s.n, s.tb == nn::Transpose::No ? s.n : s.k);
        nn::fillUniform(a, 1.0, rng);
        nn::fillUniform(b, 1.0, rng);
        nlohmann::json row{{"product", s.what}, {"m", s.m}, {"n", s.n}, {"k", s.k}};
        for (const int threads : {1, 2}) {
            nn::Team team(threads);
            nn::Matrix<float> c;
            constexpr int reps = 200;
            Timer timer;
            for (int r = 0; r < reps; ++r) nn::multiply<float>(a, s.ta, b, s.tb, c, {nn::Accumulate::Overwrite, &team});
            const double seconds = timer.wall.seconds() / reps, cpu = cpuSeconds(timer.cpu) / reps;
            const double flops = 2.0 * static_cast<double>(s.m * s.n * s.k);
            row["gflops_" + std::to_string(threads) + "t"] = flops / seconds * 1e-9;
            // On a busy machine the wall time measures the share of the cores we got; CPU time the kernel.
            row["gflops_per_cpu_second_" + std::to_string(threads) + "t"] = flops / cpu * 1e-9;
        }
        std::fprintf(stderr, "%-16s %.1f GFLOPS (1 thread) %.1f (2 threads); per CPU second %.1f / %.1f\n", s.what,
                     row["gflops_1t"].get<double>(), row["gflops_2t"].get<double>(),
                     row["gflops_per_cpu_second_1t"].get<double>(), row["gflops_per_cpu_second_2t"].get<double>());
        out.push_back(row);
    }
    return out;
}

} // namespace

int main(int argc, char** argv) {
    std::string input, exportDir, parts = "kernels,gru4rec,sasrec,curve,baselines,threads,demo";
    int threads = 2, curveEpochs = 20;
    nlohmann::json params = nlohmann::json::object();
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
        if (a == "--threads") threads = std::stoi(next());
        else if (a == "--parts") parts = next();
        else if (a == "--curve-epochs") curveEpochs = std::stoi(next());
        else if (a == "--export-reference") exportDir = next();
        else if (a == "--param") {
            const std::string kv = next();
            const auto dot = kv.find('.'), eq = kv.find('=');
            if (dot == std::string::npos || eq == std::string::npos || eq < dot) return std::fprintf(stderr, "bad --param %s\n", kv.c_str()), 1;
            params[kv.substr(0, dot)][kv.substr(dot + 1, eq - dot - 1)] = kv.substr(eq + 1);
        } else input = a;
    }
    const auto want = [&](const std::string& part) { return ("," + parts + ",").find("," + part + ",") != std::string::npos; };
    if (want("kernels")) {
        nlohmann::json k{{"products", productSpeed()}, {"loadavg", loadAverage()}};
        if (parts == "kernels") return std::cout << k.dump(2) << '\n', 0;
    }
    const auto paramsOf = [&](const std::string& id) { return params.contains(id) ? params[id] : nlohmann::json::object(); };
    if (input.empty()) input = std::filesystem::exists("/work/fullsize.vitrina") ? "/work/fullsize.vitrina" : "/work/fullsize";
    nlohmann::json doc{{"input", input}, {"threads", threads}, {"compiler", compilerFlags()}, {"loadavg_start", loadAverage()}};
    const auto dataset = loadInput(input, threads);
    eval::ProtocolOptions protocol;
    protocol.kind = eval::ProtocolKind::Gru4recOfficial;
    const auto split = orDie(eval::buildProtocol(*dataset, protocol), "protocol");
    const auto training = split.trainingSet(dataset);
    doc["facts"] = report::toJson(split.facts);
    if (!exportDir.empty()) exportReference(exportDir, *dataset, split, *training);

    std::vector<eval::ModelSpec> specs;
    std::vector<std::shared_ptr<const models::Recommender>> prefitted;
    for (const std::string id : {"gru4rec", "sasrec"}) {
        if (!want(id)) continue;
        auto t = train(id, paramsOf(id), training, threads);
        const auto [recall, mrr] = nextItemAt20(*t.model, *training, split, threads);
        t.report["recall@20"] = recall;
        t.report["mrr@20"] = mrr;
        std::fprintf(stderr, "%s: Recall@20 %.4f MRR@20 %.4f\n", id.c_str(), recall, mrr);
        doc[id] = t.report;
        specs.push_back({id, models::paramValuesFromJson(paramsOf(id), id)});
        prefitted.push_back(t.model);
    }
    if (want("curve")) {
        eval::ProtocolOptions validation = protocol;
        validation.validation = true;
        const auto vsplit = orDie(eval::buildProtocol(*dataset, validation), "validation protocol");
        const auto vtrain = vsplit.trainingSet(dataset);
        nlohmann::json p = paramsOf("sasrec");
        p["num_epochs"] = curveEpochs;
        auto t = train("sasrec", p, vtrain, threads, [&](const models::Recommender& m, nlohmann::json& e) {
            const auto [recall, mrr] = nextItemAt20(m, *vtrain, vsplit, threads);
            e["validation_recall@20"] = recall;
            e["validation_mrr@20"] = mrr;
            std::fprintf(stderr, "  validation Recall@20 %.4f MRR@20 %.4f\n", recall, mrr);
        });
        doc["sasrec_validation_curve"] = t.report;
    }
    if (want("baselines") || !specs.empty()) {
        if (want("baselines"))
            for (const std::string id : {"popular", "cooc", "sknn", "vsknn"}) specs.push_back({id, models::paramValuesFromJson(paramsOf(id), id)});
        eval::EvaluationOptions options;
        options.threads = threads;
        options.cutoffs = {5, 10, 20};
        options.significanceMetric = eval::Metric::HitRate;
        options.significanceK = 20;
        options.focusMinHistory = 0;
        options.prefitted = prefitted;
        options.training = training;
        const auto report = orDie(eval::evaluateModels(dataset, split, specs, options), "evaluate");
        doc["evaluation"] = report::toJson(report, protocol);
    }
    if (want("threads") && want("gru4rec")) {
        auto one = train("gru4rec", paramsOf("gru4rec"), training, 1);
        const auto [recall, mrr] = nextItemAt20(*one.model, *training, split, threads);
        one.report["recall@20"] = recall;
        one.report["mrr@20"] = mrr;
        one.report["identical_weights_to_the_threads_run"] = one.model->save() == prefitted.front()->save();
        doc["gru4rec_one_thread"] = one.report;
    }
    if (want("demo")) {
        const std::string folder = (std::filesystem::temp_directory_path() / "vitrina-bench-neural-demo").string();
        gen::GeneratorOptions g;
        g.scale = 0.02;
        g.seed = 20150503;
        g.threads = threads;
        orDie(gen::generateDataset(folder, g, {}), "generate demo");
        const auto demo = loadInput(folder, threads);
        const auto demoSplit = orDie(eval::buildProtocol(*demo, eval::ProtocolOptions{}), "demo protocol");
        const auto demoTrain = demoSplit.trainingSet(demo);
        nlohmann::json demoRuns = nlohmann::json::array();
        for (const std::string id : {"gru4rec", "sasrec"}) demoRuns.push_back(train(id, paramsOf(id), demoTrain, threads).report);
        doc["demo"] = demoRuns;
        std::filesystem::remove_all(folder);
    }
    doc["peak_rss_bytes"] = util::peakResidentBytes();
    doc["loadavg_end"] = loadAverage();
    std::cout << doc.dump(2) << '\n';
    return 0;
}
