#pragma once
// The hybrid's ablation in one run (issue 4): the funnel-aware hybrid, the static hybrid, each component
// removed in turn, no session views (history only), uniform event weights, and each component alone; NDCG@10
// on the protocol's lists, the difference to the full hybrid with its paired bootstrap interval and the
// Wilcoxon p-value, overall and per funnel stage with enough lists. As in the significance matrix
// (stats/Significance.h) each family (the overall rows; all stage rows) gets simultaneous intervals at level
// 1 - alpha/m, a row is significant exactly when its interval excludes 0, and the Holm-corrected Wilcoxon p
// beside it is a robustness check whose disagreement is flagged.
//
// Affordable because nothing is fitted twice: the components are fitted once on the hybrid's validation
// sub-train and once on the whole training set (and once more each, for uniform event weights, only the
// components that weigh events); every column's normalised top-N is cached for the validation and the test
// lists; each variant only re-learns its weights on the validation cache (never on test) and blends the test
// cache. The row "hybrid" equals `evaluate --models hybrid` list by list (same arithmetic, same fallback).
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "eval/Protocol.h"
#include "models/Params.h"
#include "stats/Distributions.h"
#include "util/Progress.h"
#include "util/Result.h"

namespace vitrina::eval {

struct AblationOptions {
    models::ParamValues params; ///< hybrid parameters (as for the "hybrid" model)
    std::uint64_t seed = 42;
    int threads = 1;
    std::uint32_t bootstrapResamples = 2000;
    std::uint64_t minStageLists = 500; ///< per-stage comparisons for stages with at least this many lists
    bool singles = true;               ///< rows for each component alone

    /// Fails naming the parameter ("threads", "bootstrap", "min_stage_lists", "hybrid.<key>").
    void validate() const;
};

struct AblationRow {
    std::string variant;  ///< "hybrid", "hybrid-static", "without:als", "without:session-views", "uniform-events", "only:recent"
    std::string kind;     ///< "full", "static", "without", "fusion", "events", "single"
    std::string component;///< the removed / kept component, if any
    double ndcg = 0.0;    ///< mean NDCG@10 over the lists with a relevant item
    double difference = 0.0;             ///< ndcg - the full hybrid's
    stats::ConfidenceInterval interval;  ///< paired bootstrap interval of the difference, AblationReport::intervalLevel
    double wilcoxonP = 1.0;
    double wilcoxonPHolm = 1.0;          ///< Holm over every row but the full hybrid
    bool significant = false;            ///< the interval excludes 0
    bool wilcoxonSignificant = false;    ///< wilcoxonPHolm <= alpha (the robustness check)
    double validationNdcg = 0.0;         ///< the weight search's objective (pools only, static vector)
    std::vector<double> staticWeights;   ///< per column
    std::array<std::vector<double>, 4> stageWeights;
    std::vector<float> perList;          ///< NDCG@10 per list with a relevant item (not in the JSON)
};

struct AblationStageRow {
    std::string stage;
    std::uint64_t lists = 0;
    std::string variant;
    double hybridNdcg = 0.0, otherNdcg = 0.0;
    double difference = 0.0; ///< hybrid - other (positive: the funnel-aware hybrid is better)
    stats::ConfidenceInterval interval; ///< level AblationReport::stageIntervalLevel
    double wilcoxonP = 1.0;
    double wilcoxonPHolm = 1.0;         ///< Holm over every stage row
    bool significant = false;           ///< the interval excludes 0
    bool wilcoxonSignificant = false;   ///< wilcoxonPHolm <= alpha
};

struct AblationReport {
    std::vector<std::string> columns;
    std::uint64_t lists = 0;           ///< lists with a relevant item
    std::uint64_t validationLists = 0;
    std::int64_t validationBeginMs = 0;
    std::array<std::uint64_t, 4> stageLists{};
    std::vector<AblationRow> rows;
    std::vector<AblationStageRow> stages;
    double alpha = 0.05;               ///< family-wise level of both families
    double intervalLevel = 0.95;       ///< of the rows' intervals: 1 - alpha / (rows - 1)
    double stageIntervalLevel = 0.95;  ///< of the stage rows' intervals: 1 - alpha / stage rows
    double fitSeconds = 0.0, fitCpuSeconds = 0.0;
    double totalSeconds = 0.0, totalCpuSeconds = 0.0;
    std::vector<util::Message> warnings;
};

/// Runs the ablation on a list protocol's split (temporal or leave-last-out).
util::Result<AblationReport> runAblation(std::shared_ptr<const data::Dataset> dataset, const ProtocolSplit& split,
                                         const AblationOptions& options, const util::Progress& progress = {});

nlohmann::json ablationJson(const AblationReport& report);

} // namespace vitrina::eval
