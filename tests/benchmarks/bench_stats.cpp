// Speed of the metric and statistics building blocks, printed as one JSON document:
//   bench_stats [--threads N] [--lists N] [--runs N]
// - ranking metrics: 1 M lists of 20 items (K = 5, 10, 20, every metric, 235,000-item catalogue);
// - paired bootstrap, B = 2,000 on 1 M lists: continuous differences (index resampling) and metric-like
//   differences with few distinct values (multinomial over them), plus the whole pair comparison;
// - significance matrix of 5 models on 1 M lists (continuous and discrete values);
// - A/A calibration: 10,000 tests x 10,000 visitors per arm, 14 daily looks (issue 5: at most 10 s);
// - Bayesian beta-binomial with 50,000 conversions per arm (exact sums + 100,000 Monte Carlo draws).
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "eval/MetricAccumulator.h"
#include "stats/Bayesian.h"
#include "stats/Bootstrap.h"
#include "stats/Calibration.h"
#include "stats/Significance.h"
#include "util/Random.h"
#include "util/SystemInfo.h"

using namespace vitrina;

namespace {

template <class Fn> nlohmann::json timeIt(int runs, Fn&& fn) {
    std::vector<double> t;
    for (int r = 0; r < runs; ++r) {
        util::Stopwatch watch;
        fn();
        t.push_back(watch.seconds());
    }
    std::sort(t.begin(), t.end());
    return {{"best_s", t.front()}, {"median_s", t[t.size() / 2]}, {"max_s", t.back()}};
}

/// NDCG@20-like values for one relevant item: 0 or 1/log2(rank+1), hit with probability `hit`.
std::vector<float> ndcgLike(util::Rng& rng, std::size_t n, double hit) {
    std::vector<float> v(n, 0.0f);
    for (float& x : v)
        if (rng.bernoulli(hit)) x = static_cast<float>(1.0 / std::log2(static_cast<double>(rng.below(20)) + 2.0));
    return v;
}

} // namespace

int main(int argc, char** argv) {
    int threads = 2, runs = 3;
    std::size_t lists = 1'000'000;
    for (int k = 1; k + 1 < argc; k += 2) {
        const std::string a = argv[k];
        if (a == "--threads") threads = std::max(1, std::atoi(argv[k + 1]));
        else if (a == "--lists") lists = static_cast<std::size_t>(std::max(2, std::atoi(argv[k + 1])));
        else if (a == "--runs") runs = std::max(1, std::atoi(argv[k + 1]));
    }
    nlohmann::json doc;
    doc["threads"] = threads;
    doc["lists"] = lists;
#if defined(__AVX2__)
    doc["cpu_baseline"] = "avx2 or above (-march=native?)";
#else
    doc["cpu_baseline"] = "x86-64-v2 (no AVX2 at compile time)";
#endif

    // Ranking metrics over 1 M lists.
    {
        const std::size_t items = 235'000;
        eval::ItemStatisticsInput in;
        in.itemCount = items;
        in.categories.resize(items);
        in.trainingVisitors.resize(items);
        in.interactions.resize(items);
        util::Rng rng(1);
        for (std::size_t i = 0; i < items; ++i) {
            in.categories[i] = static_cast<data::CategoryIndex>(rng.below(1200));
            in.trainingVisitors[i] = static_cast<std::uint32_t>(rng.below(500));
            in.interactions[i] = rng.below(2000);
        }
        in.trainingVisitorCount = 1'400'000;
        const eval::ItemStatistics st(in);
        eval::MetricConfig config;
        std::uint64_t evaluated = 0;
        doc["metrics_1M_lists"] = timeIt(runs, [&] {
            const auto acc = eval::evaluateListsInParallel(lists, threads, config, &st, [&](std::size_t i, eval::MetricAccumulator& a) {
                util::Rng r = util::Rng::forStream(7, i);
                std::array<data::ItemIndex, 20> top{};
                for (auto& item : top) item = static_cast<data::ItemIndex>(r.below(items));
                const std::array<data::ItemIndex, 1> relevant = {top[r.below(40) % 20]};
                a.add(top, r.below(10) == 0 ? std::span<const data::ItemIndex>{} : std::span<const data::ItemIndex>(relevant));
            });
            evaluated = acc.summary().lists;
        });
        doc["metrics_1M_lists"]["lists"] = evaluated;
    }

    // Paired bootstrap on 1 M lists.
    {
        util::Rng rng(2);
        std::vector<double> continuous(lists);
        for (double& d : continuous) d = rng.normal(0.01, 0.3);
        const auto distinctContinuous = stats::distinctValues(continuous);
        stats::BootstrapOptions o;
        o.threads = threads;
        doc["bootstrap_B2000_1M_continuous"] = timeIt(runs, [&] { stats::bootstrapMean(distinctContinuous, o); });
        const auto a = ndcgLike(rng, lists, 0.20), b = ndcgLike(rng, lists, 0.22);
        const auto d = stats::pairedDifferences(a, b);
        doc["distinct_values_1M"] = timeIt(runs, [&] { stats::distinctValues(d); });
        const auto dv = stats::distinctValues(d);
        doc["bootstrap_B2000_1M_discrete"] = timeIt(runs, [&] { stats::bootstrapMean(dv, o); });
        doc["bootstrap_B2000_1M_discrete"]["distinct_values"] = dv.values.size();
        stats::SignificanceOptions so;
        so.bootstrap = o;
        doc["compare_paired_1M_discrete"] = timeIt(runs, [&] { stats::comparePaired(a, b, so); });

        std::vector<std::vector<float>> discrete, cont;
        for (int m = 0; m < 5; ++m) {
            discrete.push_back(ndcgLike(rng, lists, 0.18 + 0.01 * m));
            std::vector<float> c(lists);
            for (float& x : c) x = static_cast<float>(rng.uniform());
            cont.push_back(std::move(c));
        }
        const std::vector<std::span<const float>> ds(discrete.begin(), discrete.end()), cs(cont.begin(), cont.end());
        doc["matrix_5_models_1M_discrete"] = timeIt(1, [&] { stats::significanceMatrix(ds, so); });
        doc["matrix_5_models_1M_continuous"] = timeIt(1, [&] { stats::significanceMatrix(cs, so); });
    }

    // A/A calibration at the size.
    {
        stats::CalibrationOptions o;
        o.threads = threads;
        stats::CalibrationResult r;
        doc["aa_calibration_10000x10000"] = timeIt(runs, [&] { r = stats::runCalibration(o); });
        auto rate = [](const stats::RejectionRate& x) {
            return nlohmann::json{{"rate", x.rate}, {"rejections", x.rejections}, {"ci95", {x.interval.lower, x.interval.upper}}};
        };
        doc["aa_calibration_10000x10000"]["settings"] = {{"tests", o.tests}, {"visitors_per_arm", o.visitorsPerArm},
                                                          {"days", o.days}, {"rate", o.controlRate}, {"alpha", o.alpha},
                                                          {"tau2", r.tau2}, {"growthbook_tuning", r.growthbookTuningSize}};
        doc["aa_calibration_10000x10000"]["false_positive"] = {{"fixed_horizon", rate(r.fixedHorizon)},
                                                                {"daily_peeking", rate(r.dailyPeeking)},
                                                                {"msprt", rate(r.msprt)},
                                                                {"growthbook", rate(r.growthbook)}};
    }

    // Bayesian with large arms.
    {
        stats::BayesianOptions o;
        o.threads = threads;
        doc["bayesian_50000_conversions"] =
            timeIt(runs, [&] { stats::betaBinomial({50'000, 1'000'000}, {50'600, 1'000'000}, o); });
    }
    doc["peak_rss_mb"] = static_cast<double>(util::peakResidentBytes()) / 1e6;
    std::printf("%s\n", doc.dump(2).c_str());
    return 0;
}
