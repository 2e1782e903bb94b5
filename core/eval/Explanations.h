#pragma once
// Faithfulness and coverage of explanations (issue 4), generic over any Recommender.
//
// Lists: among a list protocol's lists whose history has at least `minHistory` events, one list per visitor
// (a seeded pick among that visitor's lists), then a seeded sample of `visitors` visitors. Each gets the
// model's top K (with the popularity fallback, no exclusions) and every item its reasons (explain/ExplainList).
//
// Coverage: the share of recommended items with at least one reason whose |share| of the score is at least
// `coverageShare` (10 %); reported over all items (a fallback item's PopularFallback reason has share 1) and
// over the items the model itself scored. Context reasons (the hybrid's stage, a re-ranker's move) are not
// shares of the score and do not count.
//
// Faithfulness: for every model-scored item whose reasons name a history item (BecauseViewed,
// BoughtTogether, RecentlyViewed), remove every event of the history item with the largest contribution
// (explain::strongestHistoryItem: the largest sum of shares, so a hybrid's items compare across components)
// from the query and score again: faithful when the item's score drops (strictly, in the model's float
// scores). Items whose reasons name no history item are not cases (faithfulness is undefined for a model that
// never names one); when the removal leaves no history at all the case is counted apart (`emptied`) and left
// out, since a model without history answers with its fallback scale.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "eval/Protocol.h"
#include "models/Recommender.h"
#include "util/Progress.h"
#include "util/Result.h"

namespace vitrina::eval {

struct ExplanationAuditOptions {
    std::uint64_t visitors = 1000;
    int k = 10;
    std::uint64_t minHistory = 3;
    double coverageShare = 0.10;
    std::uint64_t seed = 42;
    int threads = 1;

    /// Fails naming the parameter ("visitors", "k", "min_history", "coverage_share", "threads").
    void validate() const;
};

struct ExplanationAudit {
    std::string model;
    std::uint64_t lists = 0;             ///< audited lists (one per sampled visitor)
    std::uint64_t items = 0;             ///< recommended items
    std::uint64_t modelItems = 0;        ///< of which the model scored (not the fallback)
    std::uint64_t covered = 0;           ///< items with a reason of |share| >= coverageShare
    std::uint64_t coveredModelItems = 0;
    std::uint64_t withHistoryReason = 0; ///< model items whose reasons name a history item
    std::uint64_t cases = 0;             ///< faithfulness cases (withHistoryReason minus emptied)
    std::uint64_t drops = 0;             ///< cases whose score dropped
    std::uint64_t emptied = 0;           ///< removal left no history (not cases)
    double seconds = 0.0;
    double cpuSeconds = 0.0;

    double coverage() const { return items ? static_cast<double>(covered) / static_cast<double>(items) : 0.0; }
    double modelCoverage() const {
        return modelItems ? static_cast<double>(coveredModelItems) / static_cast<double>(modelItems) : 0.0;
    }
    /// drops / cases; std::nullopt without cases.
    std::optional<double> faithfulness() const {
        if (cases == 0) return std::nullopt;
        return static_cast<double>(drops) / static_cast<double>(cases);
    }
};

/// The audited lists (indexes into split.lists, ascending). Deterministic in options.seed.
std::vector<std::size_t> explanationAuditLists(const ProtocolSplit& split, const ExplanationAuditOptions& options);

/// Audits `model`, fitted on `train` (split.trainingSet of the same dataset), over `lists` of `split`.
util::Result<ExplanationAudit> auditExplanations(const models::Recommender& model, const models::TrainingSet& train,
                                                 const ProtocolSplit& split, const std::vector<std::size_t>& lists,
                                                 const ExplanationAuditOptions& options,
                                                 const util::Progress& progress = {});

} // namespace vitrina::eval
