#pragma once
// Trains each chosen model on a protocol's training mask and evaluates it on every list of the protocol:
// accuracy at every K (P, R, capped R, HR, NDCG, MAP, MRR), coverage, Gini, intra-list diversity by category,
// novelty and popularity percentile (core/eval/README.md sections 3-4), broken down by activity segment and
// funnel stage at the moment of each list; session presets give next-item HR@K and MRR@K (section 5). Then
// the pairwise significance matrix over the same lists (Comparison.h). Deterministic: the same seed and
// thread count give identical numbers (lists are scored independently; per-list values merge in list order).
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "eval/Comparison.h"
#include "eval/MetricAccumulator.h"
#include "eval/NextItemMetrics.h"
#include "eval/Protocol.h"
#include "models/Recommender.h"
#include "util/Progress.h"
#include "util/Result.h"

namespace vitrina::eval {

struct ModelSpec {
    std::string id;            ///< catalogue id, e.g. "als" or "itemknn+mmr"
    models::ParamValues params; ///< hyperparameters as given (validated by the model)
};

struct EvaluationOptions {
    std::vector<int> cutoffs = defaultCutoffs();
    std::uint64_t seed = 42;           ///< training seed of every model and the bootstrap seed
    int threads = 1;
    /// Significance: the metric and K compared between models. Session presets use hit_rate or mrr.
    Metric significanceMetric = Metric::Ndcg;
    int significanceK = 10;
    std::uint32_t bootstrapResamples = 2000;
    /// A second matrix over the lists whose visitor has at least this many earlier events (0 = none).
    std::uint64_t focusMinHistory = 3;
    bool significance = true;
    bool keepRecommendations = false;  ///< keep every list's top K (for --export-recs)
    /// Keep each fitted model in ModelResult::model (to reuse or store it) instead of freeing it after its
    /// evaluation: the memory of every model is then held at once.
    bool keepModels = false;
    /// Models already fitted on this split (same training set), by ModelSpec index: evaluated, not re-fitted
    /// (ModelResult::reused). Null entries, a shorter vector, or a model of another id or other parameters fit as usual.
    std::vector<std::shared_ptr<const models::Recommender>> prefitted;
    /// The split's training set when the caller has one already (shared with prefitted models); null = build it.
    std::shared_ptr<const models::TrainingSet> training;
    /// Called on the training thread after each epoch of an iteratively trained model (the neural models) with
    /// the model's index in the specs (the Models page's live loss chart). May be empty.
    std::function<void(std::size_t model, const models::EpochReport& epoch)> onEpoch;

    /// Fails naming the parameter ("k", "threads", "significance_k", "bootstrap", ...).
    void validate() const;
};

struct ModelResult {
    std::string id;
    models::ParamValues params; ///< every hyperparameter, defaults filled in
    double fitSeconds = 0.0;
    double evalSeconds = 0.0;
    /// Process CPU seconds (every thread) of the two phases: on a shared machine they show the work itself.
    double fitCpuSeconds = 0.0;
    double evalCpuSeconds = 0.0;
    std::uint64_t memoryBytes = 0;
    MetricSummary summary;          ///< list protocols (coverage, Gini and percentile over the candidates)
    /// Student-t 95 % interval of each accuracy mean: intervals[metric][kIndex] (list protocols).
    std::array<std::vector<stats::ConfidenceInterval>, kAccuracyMetricCount> intervals;
    NextItemSummary nextItem;       ///< session presets
    std::vector<SegmentResult> segments;
    /// Per-list values of the significance metric (lists with a relevant item / sessions), in list order.
    std::vector<float> comparisonValues;
    std::vector<float> focusValues; ///< the same over the focus lists
    /// Top-K of every list when keepRecommendations: list i = recs[i * maxK, ...), recCounts[i] entries.
    /// Session presets: one "list" per prediction (session by session, position by position).
    std::vector<data::ItemIndex> recs;
    std::vector<std::uint16_t> recCounts;
    /// Session presets with keepRecommendations: the target's rank per prediction (1 = first; items with an
    /// equal score count against it, as in the official GRU4Rec evaluator), for recomputing HR and MRR.
    std::vector<std::uint32_t> recRanks;
    /// The fitted model (keepModels or prefitted), trained on the split's training set; not serialised.
    std::shared_ptr<const models::Recommender> model;
    /// The model came from EvaluationOptions::prefitted (fitSeconds then 0: nothing was trained).
    bool reused = false;
    /// The model was fitted earlier in this run as a component of another model (a hybrid) and taken from
    /// there (models/SharedFits.h; fitSeconds then 0).
    bool shared = false;
};

struct EvaluationReport {
    std::string protocol;
    std::string mode;
    ProtocolFacts facts;
    std::vector<int> cutoffs;
    std::uint64_t lists = 0;            ///< lists (list protocols) or test sessions (presets)
    std::uint64_t focusLists = 0;
    std::string comparisonMetric;       ///< e.g. "ndcg@10"
    std::vector<ModelResult> models;
    std::vector<ComparisonResult> comparisons; ///< "all" lists, then "history>=3" lists
    std::vector<util::Message> warnings;
    double protocolSeconds = 0.0;
    double significanceSeconds = 0.0; ///< the comparison matrices (this run's timing: not stored in the project)
    double totalSeconds = 0.0;
    std::uint64_t peakResidentBytes = 0;
};

/// How evaluateModels divides its progress range: model m of n covers [m/n, (m+1)/n], its training the first
/// kFitShareOfModel of that and its evaluation the rest. modelStepAt() inverts it, so that a progress text
/// ("Model 2 of 5: training …") always agrees with the fraction shown beside it.
inline constexpr double kFitShareOfModel = 0.6;
struct ModelStep {
    std::size_t model = 0; ///< 0-based
    bool training = true;  ///< else evaluating
};
ModelStep modelStepAt(double fraction, std::size_t models);

/// Trains and evaluates every model on `split` (built from `dataset` by buildProtocol). Unknown models and bad
/// hyperparameters fail naming the parameter before any training starts.
util::Result<EvaluationReport> evaluateModels(std::shared_ptr<const data::Dataset> dataset, const ProtocolSplit& split,
                                              const std::vector<ModelSpec>& models, const EvaluationOptions& options,
                                              const util::Progress& progress = {});

/// Writes one JSON object per evaluated list and model (core/README.md, Command line, plus "model"):
/// {"model": id, "visitor": raw, "at": ms, "recs": [raw item ids], "relevant": [raw item ids]}.
/// Session presets: one object per prediction, plus "session" (test session index), "position" (t: the list
/// is made from the session's first t items) and "rank" (the target's rank counting ties against it).
/// Needs keepRecommendations. Fails naming the file when it cannot be written.
void writeRecommendationsJsonl(const std::string& path, const data::Dataset& dataset, const ProtocolSplit& split,
                               const EvaluationReport& report);

} // namespace vitrina::eval
