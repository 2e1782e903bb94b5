#include "eval/Ablation.h"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <numeric>

#include <nlohmann/json.hpp>

#include "models/Catalogue.h"
#include "models/hybrid/HybridModel.h"
#include "models/hybrid/HybridValidation.h"
#include "stats/MultipleTesting.h"
#include "stats/Significance.h"
#include "util/Message.h"
#include "util/SystemInfo.h"

namespace vitrina::eval {
namespace {

using models::hybrid::ColumnTop;
using models::hybrid::HybridConfig;
using models::hybrid::PoolSet;

double cpuNow() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

/// Every column's tops on the validation and the test queries, for one event weighting.
struct ColumnCache {
    std::vector<std::vector<ColumnTop>> validation, test;
};

bool weighsEvents(const HybridConfig& config, std::size_t component) {
    for (const auto& s : models::parameterSpecsOf(config.components[component]))
        if (s.name == "weight_view") return true;
    return false;
}

/// Fits the components (only those in `refit`; others keep `base`'s columns) and caches their columns.
ColumnCache buildCache(const HybridConfig& config, const std::vector<std::uint8_t>& refit, const ColumnCache* base,
                       const models::hybrid::ValidationSplit& validation,
                       const std::shared_ptr<const models::TrainingSet>& train, std::span<const models::Query> valQueries,
                       std::span<const models::Query> testQueries, const AblationOptions& options,
                       const util::Progress& progress) {
    const std::size_t columns = config.columns(), n = train->itemCount();
    ColumnCache cache;
    cache.validation.resize(columns);
    cache.test.resize(columns);
    const double step = 1.0 / static_cast<double>(2 * config.components.size());
    for (int phase = 0; phase < 2; ++phase) {
        const auto& fitOn = phase == 0 ? validation.subTrain : train;
        const auto queries = phase == 0 ? valQueries : testQueries;
        auto& target = phase == 0 ? cache.validation : cache.test;
        for (std::size_t m = 0; m < config.components.size(); ++m) {
            const double at = step * static_cast<double>(phase * config.components.size() + m);
            if (!refit[m]) {
                for (std::size_t c = 0; c < columns; ++c)
                    if (config.componentOf(c) == m) target[c] = (phase == 0 ? base->validation : base->test)[c];
                continue;
            }
            auto model = models::hybrid::makeComponent(config, config.components[m], "hybrid");
            model->fit(fitOn, {options.seed, options.threads, progress.sub(at, at + step * 0.6, "fit." + config.components[m])});
            for (std::size_t c = 0; c < columns; ++c)
                if (config.componentOf(c) == m)
                    target[c] = models::hybrid::columnTops(*model, config.sessionColumn(c), queries, n, config,
                                                           options.threads, progress.sub(at + step * 0.6, at + step));
        }
    }
    return cache;
}

PoolSet poolsOf(const std::vector<std::vector<ColumnTop>>& tops, std::span<const std::vector<data::ItemIndex>> relevant,
                std::span<const std::uint8_t> stages) {
    PoolSet pools(tops.size());
    std::vector<const ColumnTop*> row(tops.size());
    for (std::size_t i = 0; i < stages.size(); ++i) {
        for (std::size_t c = 0; c < tops.size(); ++c) row[c] = &tops[c][i];
        pools.add(row, relevant[i], stages[i]);
    }
    return pools;
}

/// NDCG@10 per test list exactly as the evaluator sees the hybrid: positive blended candidates ranked, then
/// the popularity fallback, with the protocol's exclusions.
std::vector<float> testNdcg(const PoolSet& pools, const models::hybrid::LearnedWeights& w, bool perStage,
                            const models::TrainingSet& train, std::span<const models::Query> queries, bool excludeSeen) {
    std::vector<float> out;
    std::vector<float> blended;
    const auto& candidates = train.candidates();
    for (std::size_t i = 0; i < pools.size(); ++i) {
        if (pools.relevant(i).empty()) continue;
        pools.blend(i, perStage ? w.stageWeights[pools.stage(i)] : w.staticWeights, blended);
        const auto items = pools.items(i);
        std::vector<data::ItemIndex> seen;
        if (excludeSeen) {
            seen.assign(queries[i].items.begin(), queries[i].items.end());
            std::sort(seen.begin(), seen.end());
        }
        const auto allowed = [&](data::ItemIndex item) {
            return candidates[item] && !(excludeSeen && std::binary_search(seen.begin(), seen.end(), item));
        };
        for (std::size_t p = 0; p < items.size(); ++p)
            if (!allowed(items[p])) blended[p] = 0.0f;
        auto ranked = models::hybrid::rankPool(items, blended, 10);
        std::vector<data::ItemIndex> chosen = ranked;
        std::sort(chosen.begin(), chosen.end());
        for (const data::ItemIndex item : train.popularityOrder()) {
            if (ranked.size() >= 10) break;
            if (!allowed(item) || std::binary_search(chosen.begin(), chosen.end(), item)) continue;
            ranked.push_back(item);
        }
        out.push_back(static_cast<float>(models::hybrid::ndcgAt(ranked, pools.relevant(i), 10)));
    }
    return out;
}

double mean(const std::vector<float>& v) {
    double s = 0.0;
    for (const float x : v) s += x;
    return v.empty() ? 0.0 : s / static_cast<double>(v.size());
}

} // namespace

void AblationOptions::validate() const {
    if (threads < 1 || threads > 256)
        util::failParameter("threads", util::MessageCode::ParameterOutOfRange, {"threads", std::to_string(threads), "[1, 256]"});
    if (bootstrapResamples < 100 || bootstrapResamples > 1'000'000)
        util::failParameter("bootstrap", util::MessageCode::ParameterOutOfRange,
                            {"bootstrap", std::to_string(bootstrapResamples), "[100, 1000000]"});
    if (minStageLists < 2)
        util::failParameter("min_stage_lists", util::MessageCode::ParameterOutOfRange,
                            {"min_stage_lists", std::to_string(minStageLists), "[2, ...]"});
    models::hybrid::readConfig(models::validateParameters("hybrid", params), "hybrid");
}

util::Result<AblationReport> runAblation(std::shared_ptr<const data::Dataset> dataset, const ProtocolSplit& split,
                                         const AblationOptions& options, const util::Progress& progress) {
    return util::capture<AblationReport>([&](std::vector<util::Message>&) {
        util::Stopwatch total;
        const double cpu0 = cpuNow();
        options.validate();
        if (split.isSessionProtocol())
            util::failParameter("protocol", util::MessageCode::ParameterBadChoice,
                                {"protocol", std::string(protocolName(split.options.kind)), "temporal, leave-last-out"});
        const HybridConfig config = models::hybrid::readConfig(models::validateParameters("hybrid", options.params), "hybrid");
        const auto train = split.trainingSet(dataset);
        const auto validation = models::hybrid::carveValidation(*train, config.validationDays, config.maxValidationLists,
                                                                options.seed, "hybrid.validation_days");
        AblationReport report;
        report.validationLists = validation.lists.size();
        report.validationBeginMs = validation.validationBeginMs;
        const std::size_t columns = config.columns();
        for (std::size_t c = 0; c < columns; ++c) report.columns.push_back(config.columnName(c));

        std::vector<models::Query> valQueries, testQueries;
        std::vector<std::vector<data::ItemIndex>> valRelevant, testRelevant;
        std::vector<std::uint8_t> valStages, testStages;
        for (const auto& l : validation.lists) {
            valQueries.push_back(validation.query(*dataset, l));
            valRelevant.push_back({l.relevant});
            valStages.push_back(static_cast<std::uint8_t>(l.stage));
        }
        for (const auto& l : split.lists) {
            testQueries.push_back(split.query(*dataset, l));
            const auto r = split.relevant(l);
            testRelevant.emplace_back(r.begin(), r.end());
            testStages.push_back(static_cast<std::uint8_t>(models::hybrid::stageOf(testQueries.back())));
            if (!r.empty()) ++report.stageLists[static_cast<std::size_t>(l.stage)];
        }

        // Columns: the configured event weights, then uniform ones (only event-weighing components refitted).
        util::Stopwatch fitWatch;
        const ColumnCache main = buildCache(config, std::vector<std::uint8_t>(config.components.size(), 1), nullptr,
                                            validation, train, valQueries, testQueries, options,
                                            progress.sub(0.0, 0.55, "ablation.fit"));
        HybridConfig uniform = config;
        uniform.eventWeights = data::EventWeights{1.0f, 1.0f, 1.0f};
        std::vector<std::uint8_t> refit(config.components.size(), 0);
        for (std::size_t m = 0; m < refit.size(); ++m) refit[m] = weighsEvents(config, m) ? 1 : 0;
        const ColumnCache flat = buildCache(uniform, refit, &main, validation, train, valQueries, testQueries, options,
                                            progress.sub(0.55, 0.85, "ablation.fit.uniform"));
        report.fitSeconds = fitWatch.seconds();
        report.fitCpuSeconds = cpuNow() - cpu0;

        const PoolSet mainVal = poolsOf(main.validation, valRelevant, valStages);
        const PoolSet mainTest = poolsOf(main.test, testRelevant, testStages);
        const PoolSet flatVal = poolsOf(flat.validation, valRelevant, valStages);
        const PoolSet flatTest = poolsOf(flat.test, testRelevant, testStages);

        const auto addRow = [&](std::string variant, std::string kind, std::string component, bool useFlat,
                                const std::vector<std::uint8_t>& active, bool perStage, bool learn) {
            progress.check();
            AblationRow row;
            row.variant = std::move(variant);
            row.kind = std::move(kind);
            row.component = std::move(component);
            models::hybrid::LearnedWeights w;
            if (learn) {
                w = models::hybrid::learnWeights(useFlat ? flatVal : mainVal, active, config, options.threads);
            } else { // a single column at weight 1: the component alone
                w.staticWeights.assign(columns, 0.0);
                for (std::size_t c = 0; c < columns; ++c) w.staticWeights[c] = active[c] ? 1.0 : 0.0;
                for (auto& s : w.stageWeights) s = w.staticWeights;
                w.staticNdcg = models::hybrid::meanPoolNdcg(mainVal, w.staticWeights, {}, options.threads);
            }
            row.validationNdcg = w.staticNdcg;
            row.staticWeights = w.staticWeights;
            row.stageWeights = w.stageWeights;
            row.perList = testNdcg(useFlat ? flatTest : mainTest, w, perStage, *train, testQueries, split.options.excludeSeen);
            row.ndcg = mean(row.perList);
            report.rows.push_back(std::move(row));
        };
        const std::vector<std::uint8_t> all(columns, 1);
        const util::Progress rowsProgress = progress.sub(0.85, 0.95, "ablation.variants");
        addRow("hybrid", "full", "", false, all, true, true);
        addRow("hybrid-static", "static", "", false, all, false, true);
        for (std::size_t m = 0; m < config.components.size(); ++m) {
            std::vector<std::uint8_t> active = all;
            for (std::size_t c = 0; c < columns; ++c)
                if (config.componentOf(c) == m) active[c] = 0;
            addRow("without:" + config.components[m], "without", config.components[m], false, active, true, true);
        }
        if (!config.sessionViews.empty()) {
            std::vector<std::uint8_t> active = all;
            for (std::size_t c = 0; c < columns; ++c) active[c] = config.sessionColumn(c) ? 0 : 1;
            addRow("without:session-views", "fusion", "", false, active, true, true);
        }
        addRow("uniform-events", "events", "", true, all, true, true);
        if (options.singles)
            for (std::size_t m = 0; m < config.components.size(); ++m) {
                std::vector<std::uint8_t> active(columns, 0);
                active[m] = 1;
                addRow("only:" + config.components[m], "single", config.components[m], false, active, false, false);
            }
        rowsProgress.set(1.0);

        // Differences to the full hybrid: overall, then per stage with enough lists.
        const auto& full = report.rows.front();
        report.lists = full.perList.size();
        stats::SignificanceOptions sig;
        sig.bootstrap.resamples = options.bootstrapResamples;
        sig.bootstrap.seed = options.seed;
        sig.bootstrap.threads = options.threads;
        report.alpha = sig.alpha;
        const std::size_t variants = report.rows.size() - 1;
        if (variants >= 1 && report.lists >= 2) {
            stats::SignificanceOptions rowSig = sig;
            rowSig.bootstrap = stats::simultaneousBootstrap(sig.bootstrap, sig.alpha, variants);
            report.intervalLevel = 1.0 - rowSig.bootstrap.alpha;
            std::vector<double> ps;
            for (std::size_t r = 1; r < report.rows.size(); ++r) {
                auto& row = report.rows[r];
                const auto cmp = stats::comparePaired(full.perList, row.perList, rowSig);
                row.difference = row.ndcg - full.ndcg;
                row.interval = cmp.bootstrap.interval;
                row.significant = stats::excludesZero(row.interval);
                row.wilcoxonP = cmp.wilcoxon.pValue;
                ps.push_back(row.wilcoxonP);
            }
            const auto holm = stats::holmAdjusted(ps);
            for (std::size_t r = 1; r < report.rows.size(); ++r) {
                report.rows[r].wilcoxonPHolm = holm[r - 1];
                report.rows[r].wilcoxonSignificant = holm[r - 1] <= sig.alpha;
            }
        }

        std::vector<std::uint8_t> listStage;
        for (std::size_t i = 0; i < split.lists.size(); ++i)
            if (!testRelevant[i].empty()) listStage.push_back(testStages[i]);
        std::vector<std::vector<std::size_t>> stageLists;
        for (int s = 0; s < analytics::kFunnelStageCount; ++s) {
            std::vector<std::size_t> idx;
            for (std::size_t i = 0; i < listStage.size(); ++i)
                if (listStage[i] == s) idx.push_back(i);
            stageLists.push_back(idx.size() >= options.minStageLists ? std::move(idx) : std::vector<std::size_t>{});
        }
        std::size_t stageComparisons = 0;
        for (const auto& idx : stageLists) stageComparisons += idx.empty() ? 0 : variants;
        stats::SignificanceOptions stageSig = sig;
        if (stageComparisons > 0) {
            stageSig.bootstrap = stats::simultaneousBootstrap(sig.bootstrap, sig.alpha, stageComparisons);
            report.stageIntervalLevel = 1.0 - stageSig.bootstrap.alpha;
        }
        for (int s = 0; s < analytics::kFunnelStageCount; ++s) {
            const auto& idx = stageLists[static_cast<std::size_t>(s)];
            if (idx.empty()) continue;
            std::vector<float> a(idx.size()), b(idx.size());
            for (std::size_t j = 0; j < idx.size(); ++j) a[j] = full.perList[idx[j]];
            for (std::size_t r = 1; r < report.rows.size(); ++r) {
                for (std::size_t j = 0; j < idx.size(); ++j) b[j] = report.rows[r].perList[idx[j]];
                const auto cmp = stats::comparePaired(b, a, stageSig); // hybrid - other
                AblationStageRow sr;
                sr.stage = std::string(analytics::stageName(static_cast<analytics::FunnelStage>(s)));
                sr.lists = idx.size();
                sr.variant = report.rows[r].variant;
                sr.hybridNdcg = cmp.meanSecond;
                sr.otherNdcg = cmp.meanFirst;
                sr.difference = cmp.meanSecond - cmp.meanFirst;
                sr.interval = cmp.bootstrap.interval;
                sr.significant = stats::excludesZero(sr.interval);
                sr.wilcoxonP = cmp.wilcoxon.pValue;
                report.stages.push_back(sr);
            }
        }
        std::vector<double> stageP;
        for (const auto& sr : report.stages) stageP.push_back(sr.wilcoxonP);
        const auto stageHolm = stats::holmAdjusted(stageP);
        for (std::size_t i = 0; i < report.stages.size(); ++i) {
            report.stages[i].wilcoxonPHolm = stageHolm[i];
            report.stages[i].wilcoxonSignificant = stageHolm[i] <= sig.alpha;
        }
        progress.set(1.0, "ablation.done");
        report.totalSeconds = total.seconds();
        report.totalCpuSeconds = cpuNow() - cpu0;
        return report;
    });
}

nlohmann::json ablationJson(const AblationReport& report) {
    using nlohmann::json;
    const auto num = [](double x) { return std::isfinite(x) ? json(x) : json(nullptr); };
    json rows = json::array();
    for (const auto& r : report.rows) {
        json stagesW = json::object();
        for (int s = 0; s < analytics::kFunnelStageCount; ++s)
            stagesW[std::string(analytics::stageName(static_cast<analytics::FunnelStage>(s)))] = r.stageWeights[static_cast<std::size_t>(s)];
        rows.push_back({{"variant", r.variant}, {"kind", r.kind}, {"component", r.component}, {"ndcg@10", num(r.ndcg)},
                        {"difference", num(r.difference)},
                        {"ci", {num(r.interval.lower), num(r.interval.upper)}},
                        {"significant", r.significant},
                        {"wilcoxon_p", num(r.wilcoxonP)}, {"wilcoxon_p_holm", num(r.wilcoxonPHolm)},
                        {"wilcoxon_significant", r.wilcoxonSignificant},
                        {"checks_agree", r.significant == r.wilcoxonSignificant},
                        {"validation_ndcg@10", num(r.validationNdcg)}, {"static_weights", r.staticWeights},
                        {"stage_weights", stagesW}});
    }
    json stages = json::array();
    for (const auto& s : report.stages)
        stages.push_back({{"stage", s.stage}, {"lists", s.lists}, {"versus", s.variant}, {"hybrid_ndcg@10", num(s.hybridNdcg)},
                          {"other_ndcg@10", num(s.otherNdcg)}, {"difference", num(s.difference)},
                          {"ci", {num(s.interval.lower), num(s.interval.upper)}}, {"significant", s.significant},
                          {"wilcoxon_p", num(s.wilcoxonP)}, {"wilcoxon_p_holm", num(s.wilcoxonPHolm)},
                          {"wilcoxon_significant", s.wilcoxonSignificant},
                          {"checks_agree", s.significant == s.wilcoxonSignificant}});
    json stageLists = json::object();
    for (int s = 0; s < analytics::kFunnelStageCount; ++s)
        stageLists[std::string(analytics::stageName(static_cast<analytics::FunnelStage>(s)))] = report.stageLists[static_cast<std::size_t>(s)];
    return {{"columns", report.columns}, {"lists", report.lists}, {"stage_lists", stageLists},
            {"alpha", report.alpha}, {"interval_level", report.intervalLevel},
            {"stage_interval_level", report.stageIntervalLevel},
            {"rule", "each family (rows; stage rows) has simultaneous bootstrap intervals at 1 - alpha/m (Bonferroni); "
                     "significant: the interval excludes 0; wilcoxon_significant: Holm-corrected Wilcoxon p <= alpha "
                     "(robustness check)"},
            {"validation_lists", report.validationLists}, {"validation_begin_ms", report.validationBeginMs},
            {"rows", rows}, {"stages", stages},
            {"seconds", {{"fit_wall", report.fitSeconds}, {"fit_cpu", report.fitCpuSeconds},
                         {"total_wall", report.totalSeconds}, {"total_cpu", report.totalCpuSeconds}}}};
}

} // namespace vitrina::eval
