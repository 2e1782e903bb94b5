#include "eval/Evaluator.h"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <fstream>
#include <limits>
#include <set>

#include <nlohmann/json.hpp>

#include "models/Catalogue.h"
#include "models/MemoryBudget.h"
#include "models/SharedFits.h"
#include "util/SystemInfo.h"

namespace vitrina::eval {
namespace {

using util::MessageCode;

using util::requireRange;

std::size_t kIndexOf(const std::vector<int>& cutoffs, int k) {
    return static_cast<std::size_t>(std::find(cutoffs.begin(), cutoffs.end(), k) - cutoffs.begin());
}

/// Beyond-accuracy tables of the training data. ItemStatistics spans every dataset item (relevant items may have
/// no training interaction); coverage, Gini and the popularity percentile are then restated over the candidates.
ItemStatisticsInput itemTables(const data::Dataset& dataset, const models::TrainingSet& train) {
    ItemStatisticsInput in;
    in.itemCount = dataset.items.size();
    if (dataset.items.category.loaded()) {
        in.categories.resize(in.itemCount);
        for (data::ItemIndex i = 0; i < in.itemCount; ++i) in.categories[i] = dataset.items.latestCategory(i);
    }
    in.trainingVisitors = train.itemVisitorCounts();
    in.trainingVisitorCount = std::max<std::uint64_t>(train.activeVisitors(), 1);
    in.interactions.assign(train.itemEventCounts().begin(), train.itemEventCounts().end());
    return in;
}

/// pct over all items -> pct over the n_cand candidates: every list item is a candidate (pop >= 1), so its weak
/// rank among all items counts the n_all - n_cand items without interactions on top of its rank among candidates.
double percentileOverCandidates(double pctAll, std::size_t all, std::size_t candidates) {
    if (std::isnan(pctAll) || candidates == 0) return pctAll;
    const double nAll = static_cast<double>(all), nCand = static_cast<double>(candidates);
    return (pctAll * nAll / 100.0 - (nAll - nCand)) * 100.0 / nCand;
}

void restateOverCandidates(const MetricAccumulator& acc, const models::TrainingSet& train, MetricSummary& summary) {
    const auto& candidate = train.candidates();
    for (std::size_t k = 0; k < summary.cutoffs.size(); ++k) {
        const auto counts = acc.exposureCounts(k);
        if (counts.empty()) continue;
        std::vector<std::uint64_t> kept;
        kept.reserve(train.candidateCount());
        for (std::size_t i = 0; i < counts.size(); ++i)
            if (candidate[i]) kept.push_back(counts[i]);
        summary.coverage[k] = itemCoverage(kept);
        summary.gini[k] = giniIndex(kept);
        auto& pct = summary.mean[static_cast<std::size_t>(Metric::PopularityPercentile)][k];
        pct = percentileOverCandidates(pct, train.itemCount(), train.candidateCount());
    }
}

/// Top-K of every list, in list order (recommendBatch is bit-identical to single recommend()).
std::vector<models::RecommendationList> recommendAll(const models::Recommender& model, const data::Dataset& dataset,
                                                     const ProtocolSplit& split, int maxK, int threads,
                                                     const util::Progress& progress) {
    models::RecommendOptions options;
    options.k = maxK;
    options.exclusions.alreadySeen = split.options.excludeSeen;
    std::vector<models::RecommendationList> out;
    out.reserve(split.lists.size());
    constexpr std::size_t kChunk = 2048; // cancel and progress between chunks
    std::vector<models::Query> queries;
    for (std::size_t begin = 0; begin < split.lists.size(); begin += kChunk) {
        progress.check();
        progress.set(static_cast<double>(begin) / static_cast<double>(split.lists.size()), "evaluate");
        const std::size_t end = std::min(split.lists.size(), begin + kChunk);
        queries.clear();
        for (std::size_t i = begin; i < end; ++i) queries.push_back(split.query(dataset, split.lists[i]));
        auto lists = model.recommendBatch(queries, options, threads);
        for (auto& l : lists) out.push_back(std::move(l));
    }
    return out;
}

void evaluateLists(const models::Recommender& model, const data::Dataset& dataset, const models::TrainingSet& train,
                   const ProtocolSplit& split, const EvaluationOptions& options, const ItemStatistics& items,
                   ModelResult& result, const util::Progress& progress) {
    const int maxK = *std::max_element(options.cutoffs.begin(), options.cutoffs.end());
    const auto recs = recommendAll(model, dataset, split, maxK, options.threads, progress);
    MetricConfig config;
    config.cutoffs = options.cutoffs;
    auto acc = evaluateListsInParallel(split.lists.size(), options.threads, config, &items,
                                       [&](std::size_t i, MetricAccumulator& a) {
                                           a.add(recs[i].items, split.relevant(split.lists[i]));
                                       });
    result.summary = acc.summary();
    restateOverCandidates(acc, train, result.summary);
    const std::size_t k = kIndexOf(options.cutoffs, options.significanceK);
    const std::vector<std::uint16_t> oneSegment(split.lists.size(), 0);
    for (std::size_t m = 0; m < kAccuracyMetricCount; ++m)
        for (std::size_t c = 0; c < options.cutoffs.size(); ++c)
            result.intervals[m].push_back(segmentStatistics(acc.perList(static_cast<Metric>(m), c), oneSegment, 1)[0].interval);
    result.segments = segmentBreakdown(acc, split.lists, options.significanceMetric, k);
    const auto column = acc.perList(options.significanceMetric, k);
    for (std::size_t i = 0; i < split.lists.size(); ++i) {
        if (std::isnan(column[i])) continue; // no relevant item: outside the accuracy means
        result.comparisonValues.push_back(column[i]);
        if (options.focusMinHistory > 0 && split.lists[i].historySize() >= options.focusMinHistory)
            result.focusValues.push_back(column[i]);
    }
    if (options.keepRecommendations) {
        result.recs.assign(split.lists.size() * static_cast<std::size_t>(maxK), 0);
        result.recCounts.resize(split.lists.size());
        for (std::size_t i = 0; i < recs.size(); ++i) {
            std::copy(recs[i].items.begin(), recs[i].items.end(), result.recs.begin() + static_cast<std::ptrdiff_t>(i * maxK));
            result.recCounts[i] = static_cast<std::uint16_t>(recs[i].items.size());
        }
    }
}

/// Next-item ranks at every position of every test session, ranked against all training items (ties count
/// against the target, as the official GRU4Rec evaluator does).
void evaluateSessions(const models::Recommender& model, const models::TrainingSet& train, const ProtocolSplit& split,
                      const EvaluationOptions& options, ModelResult& result, const util::Progress& progress) {
    const std::size_t n = train.itemCount();
    const auto& candidate = train.candidates();
    const std::size_t sessions = split.testSessions.size();
    const std::size_t chunks = std::max<std::size_t>(1, std::min<std::size_t>(static_cast<std::size_t>(options.threads), sessions));
    std::vector<NextItemAccumulator> partial(chunks, NextItemAccumulator(options.cutoffs));
    // --export-recs: prediction p of session s is firstPrediction[s] + t - 1; each thread writes its own.
    const std::size_t maxK = static_cast<std::size_t>(*std::max_element(options.cutoffs.begin(), options.cutoffs.end()));
    std::vector<std::size_t> firstPrediction;
    if (options.keepRecommendations) {
        firstPrediction.assign(sessions + 1, 0);
        for (std::size_t s = 0; s < sessions; ++s) {
            const std::size_t length = split.testSessions[s].end - split.testSessions[s].begin;
            firstPrediction[s + 1] = firstPrediction[s] + (length > 0 ? length - 1 : 0);
        }
        result.recs.assign(firstPrediction.back() * maxK, 0);
        result.recCounts.assign(firstPrediction.back(), 0);
        result.recRanks.assign(firstPrediction.back(), 0);
    }
    util::parallelChunks(sessions, static_cast<int>(chunks), [&](std::size_t begin, std::size_t end, std::size_t chunk) {
        constexpr std::size_t kBlock = 16;
        std::vector<float> buffer;
        std::vector<models::Query> queries;
        std::vector<std::uint64_t> ranks;
        for (std::size_t s = begin; s < end; ++s) {
            if (chunk == 0 && (s - begin) % 64 == 0)
                progress.set(static_cast<double>(s - begin) / static_cast<double>(std::max<std::size_t>(end - begin, 1)), "evaluate");
            progress.check();
            const auto& session = split.testSessions[s];
            const std::size_t length = session.end - session.begin;
            ranks.clear();
            for (std::size_t t0 = 1; t0 < length; t0 += kBlock) {
                const std::size_t t1 = std::min(length, t0 + kBlock);
                queries.clear();
                for (std::size_t t = t0; t < t1; ++t) queries.push_back(split.sessionQuery(session, t));
                buffer.assign(queries.size() * n, 0.0f);
                model.scoreBlock(queries, buffer);
                for (std::size_t q = 0; q < queries.size(); ++q) {
                    std::span<float> row(buffer.data() + q * n, n);
                    for (std::size_t i = 0; i < n; ++i)
                        if (!candidate[i]) row[i] = -std::numeric_limits<float>::infinity();
                    ranks.push_back(rankCountingTies(row, split.sessionItems[session.begin + t0 + q]));
                    if (!options.keepRecommendations) continue;
                    const std::size_t p = firstPrediction[s] + t0 - 1 + q;
                    const auto top = models::topK(row, maxK, false);
                    std::copy(top.begin(), top.end(), result.recs.begin() + static_cast<std::ptrdiff_t>(p * maxK));
                    result.recCounts[p] = static_cast<std::uint16_t>(top.size());
                    result.recRanks[p] = static_cast<std::uint32_t>(ranks.back());
                }
            }
            partial[chunk].addSession(ranks);
        }
    });
    for (std::size_t c = 1; c < chunks; ++c) partial[0].merge(partial[c]);
    result.nextItem = partial[0].summary();
    const std::size_t k = kIndexOf(options.cutoffs, options.significanceK);
    const auto column = options.significanceMetric == Metric::ReciprocalRank ? partial[0].perSessionMrr(k)
                                                                             : partial[0].perSessionHitRate(k);
    result.comparisonValues.assign(column.begin(), column.end());
}

std::string metricLabel(const ProtocolSplit& split, const EvaluationOptions& options) {
    std::string name(metricName(options.significanceMetric));
    if (split.isSessionProtocol()) name = options.significanceMetric == Metric::ReciprocalRank ? "mrr" : "hit_rate";
    return name + "@" + std::to_string(options.significanceK);
}

/// --export-recs of the session presets: one line per prediction, in session and position order.
void writeSessionPredictions(std::ostream& out, const data::Dataset& dataset, const ProtocolSplit& split,
                             const EvaluationReport& report, std::size_t maxK) {
    for (const auto& model : report.models) {
        std::size_t p = 0;
        for (std::size_t s = 0; s < split.testSessions.size(); ++s) {
            const SessionCase& session = split.testSessions[s];
            for (std::size_t t = 1; t < session.end - session.begin; ++t, ++p) {
                if (p >= model.recCounts.size()) return; // not kept for this model
                nlohmann::json recs = nlohmann::json::array();
                for (std::size_t r = 0; r < model.recCounts[p]; ++r) recs.push_back(dataset.items.ids.raw(model.recs[p * maxK + r]));
                const nlohmann::json line{{"model", model.id},
                                          {"visitor", dataset.visitors.raw(session.visitor)},
                                          {"at", split.sessionQuery(session, t).at},
                                          {"session", s},
                                          {"position", t},
                                          {"recs", recs},
                                          {"relevant", {dataset.items.ids.raw(split.sessionItems[session.begin + t])}},
                                          {"rank", model.recRanks[p]}};
                out << line.dump() << '\n';
            }
        }
    }
}

} // namespace

void EvaluationOptions::validate() const {
    requireCutoffs(cutoffs, "k");
    for (const int k : cutoffs) requireRange("k", k, 1, 1000);
    requireRange("threads", threads, 1, 256);
    if (std::find(cutoffs.begin(), cutoffs.end(), significanceK) == cutoffs.end())
        util::failParameter("significance_k", MessageCode::ParameterOutOfRange,
                            {"significance_k", std::to_string(significanceK), "the cut-offs of 'k'"});
    if (!isAccuracyMetric(significanceMetric))
        util::failParameter("significance_metric", MessageCode::ParameterBadChoice,
                            {"significance_metric", std::string(metricName(significanceMetric)),
                             "precision, recall, capped_recall, hit_rate, ndcg, map, mrr"});
    requireRange("bootstrap", bootstrapResamples, 100, 1'000'000);
}

ModelStep modelStepAt(double fraction, std::size_t models) {
    if (models == 0) return {};
    const double scaled = std::clamp(fraction, 0.0, 1.0) * static_cast<double>(models);
    const std::size_t model = std::min(static_cast<std::size_t>(scaled), models - 1);
    return {model, scaled - static_cast<double>(model) < kFitShareOfModel};
}

util::Result<EvaluationReport> evaluateModels(std::shared_ptr<const data::Dataset> dataset, const ProtocolSplit& split,
                                              const std::vector<ModelSpec>& specs, const EvaluationOptions& options,
                                              const util::Progress& progress) {
    return util::capture<EvaluationReport>([&](std::vector<util::Message>& warnings) {
        util::Stopwatch total;
        options.validate();
        if (specs.empty())
            util::failParameter("models", MessageCode::ParameterOutOfRange, {"models", "0", "at least one model"});
        // Every model and parameter is checked before anything is trained.
        std::vector<std::unique_ptr<models::Recommender>> models;
        std::set<std::string> seen;
        for (const auto& spec : specs) {
            if (!seen.insert(spec.id).second) util::failParameter("models", MessageCode::EvalDuplicateModel, {spec.id});
            models.push_back(models::createModel(spec.id));
            models.back()->setParameters(spec.params);
        }
        EvaluationReport report;
        report.protocol = std::string(protocolName(split.options.kind));
        if (split.options.kind == ProtocolKind::Temporal) report.mode = std::string(modeName(split.options.mode));
        report.facts = split.facts;
        report.cutoffs = options.cutoffs;
        report.lists = split.isSessionProtocol() ? split.testSessions.size() : split.lists.size();
        report.comparisonMetric = metricLabel(split, options);
        report.warnings = split.warnings;

        const auto train = options.training ? options.training : split.trainingSet(dataset);
        const auto reusable = [&](std::size_t m) {
            const auto* given = m < options.prefitted.size() ? options.prefitted[m].get() : nullptr;
            return given && given->fitted() && given->id() == models[m]->id() &&
                   given->parameters() == models[m]->parameters();
        };
        // A model too large for this machine is refused before anything is trained.
        for (std::size_t m = 0; m < models.size(); ++m)
            if (!reusable(m)) models::requireTrainingMemory(*models[m], *train);
        const ItemStatistics items(itemTables(*dataset, *train));
        // Fitting once: every model fitted (or reused) here is offered to the later models of the run, and kept
        // only while a later model still asks for its key (its own, or one of a hybrid's components).
        models::SharedFits shared(train, options.seed, options.threads);
        std::vector<std::vector<std::string>> wanted(models.size());
        for (std::size_t m = 0; m < models.size(); ++m) {
            wanted[m] = models[m]->componentFitKeys();
            wanted[m].push_back(models::SharedFits::keyOf(*models[m]));
        }
        const auto wantedAfter = [&](std::size_t m, const std::string& key) {
            for (std::size_t later = m + 1; later < models.size(); ++later)
                if (std::find(wanted[later].begin(), wanted[later].end(), key) != wanted[later].end()) return true;
            return false;
        };
        for (std::size_t m = 0; m < models.size(); ++m)
            if (reusable(m) && wantedAfter(m, wanted[m].back())) shared.add(options.prefitted[m]);
        const double share = 1.0 / static_cast<double>(models.size());
        for (std::size_t m = 0; m < models.size(); ++m) {
            const util::Progress fitProgress = progress.sub(m * share, (m + kFitShareOfModel) * share, "fit." + specs[m].id);
            const util::Progress evalProgress =
                progress.sub((m + kFitShareOfModel) * share, (m + 1) * share, "evaluate." + specs[m].id);
            ModelResult result;
            result.id = specs[m].id;
            util::Stopwatch watch;
            std::clock_t cpu = std::clock();
            std::shared_ptr<const models::Recommender> model;
            if (reusable(m)) {
                model = options.prefitted[m];
                result.reused = true;
            } else if (auto fitted = shared.find(wanted[m].back())) {
                model = std::move(fitted);
                result.shared = true;
            } else {
                models::FitContext context{options.seed, options.threads, fitProgress};
                if (options.onEpoch) context.onEpoch = [&options, m](const models::EpochReport& r) { options.onEpoch(m, r); };
                context.shared = &shared;
                models[m]->fit(train, context);
                model = std::shared_ptr<const models::Recommender>(std::move(models[m]));
                if (wantedAfter(m, wanted[m].back())) shared.add(model);
            }
            models[m].reset();
            const bool trained = !result.reused && !result.shared;
            result.fitSeconds = trained ? watch.seconds() : 0.0;
            result.fitCpuSeconds = trained ? static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC : 0.0;
            result.params = model->parameters().values();
            result.memoryBytes = model->memoryBytes();
            watch.restart();
            cpu = std::clock();
            if (split.isSessionProtocol()) evaluateSessions(*model, *train, split, options, result, evalProgress);
            else evaluateLists(*model, *dataset, *train, split, options, items, result, evalProgress);
            result.evalSeconds = watch.seconds();
            result.evalCpuSeconds = static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC;
            if (options.keepModels || result.reused || result.shared) result.model = std::move(model);
            model.reset(); // otherwise free the learned state before the next model
            shared.retain([&](const std::string& key) { return wantedAfter(m, key); });
            report.models.push_back(std::move(result));
        }
        util::Stopwatch significanceWatch;
        if (options.significance && report.models.size() >= 2) {
            std::vector<std::string> names;
            std::vector<std::vector<float>> all, focus;
            for (const auto& r : report.models) {
                names.push_back(r.id);
                all.push_back(r.comparisonValues);
                focus.push_back(r.focusValues);
            }
            if (all.front().size() < 2)
                report.warnings.push_back(util::makeMessage(MessageCode::EvalFewListsForSignificance,
                                                            {std::to_string(all.front().size())}, util::Severity::Warning));
            report.comparisons.push_back(compareModels("all", report.comparisonMetric, names, all,
                                                       options.bootstrapResamples, options.seed, options.threads));
            if (!split.isSessionProtocol() && options.focusMinHistory > 0) {
                report.focusLists = focus.front().size();
                report.comparisons.push_back(compareModels("history>=" + std::to_string(options.focusMinHistory),
                                                           report.comparisonMetric, names, focus,
                                                           options.bootstrapResamples, options.seed, options.threads));
            }
        }
        report.significanceSeconds = significanceWatch.seconds();
        warnings.insert(warnings.end(), report.warnings.begin(), report.warnings.end());
        report.totalSeconds = total.seconds();
        report.peakResidentBytes = util::peakResidentBytes();
        return report;
    });
}

void writeRecommendationsJsonl(const std::string& path, const data::Dataset& dataset, const ProtocolSplit& split,
                               const EvaluationReport& report) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) util::failParameter("export-recs", MessageCode::InternalError, {"cannot write '" + path + "'"});
    const std::size_t maxK = report.cutoffs.empty() ? 0 : static_cast<std::size_t>(
                                 *std::max_element(report.cutoffs.begin(), report.cutoffs.end()));
    if (split.isSessionProtocol()) {
        writeSessionPredictions(out, dataset, split, report, maxK);
        out.flush();
        if (!out) util::failParameter("export-recs", MessageCode::InternalError, {"cannot write '" + path + "'"});
        return;
    }
    for (const auto& model : report.models) {
        if (model.recCounts.size() != split.lists.size()) continue;
        for (std::size_t i = 0; i < split.lists.size(); ++i) {
            const auto& list = split.lists[i];
            nlohmann::json recs = nlohmann::json::array(), relevant = nlohmann::json::array();
            for (std::size_t r = 0; r < model.recCounts[i]; ++r) recs.push_back(dataset.items.ids.raw(model.recs[i * maxK + r]));
            for (const auto item : split.relevant(list)) relevant.push_back(dataset.items.ids.raw(item));
            const nlohmann::json line{{"model", model.id},
                                      {"visitor", dataset.visitors.raw(list.visitor)},
                                      {"at", list.at},
                                      {"recs", recs},
                                      {"relevant", relevant}};
            out << line.dump() << '\n';
        }
    }
    out.flush();
    if (!out) util::failParameter("export-recs", MessageCode::InternalError, {"cannot write '" + path + "'"});
}

} // namespace vitrina::eval
