#pragma once
// The validation split the hybrid learns its weights on, carved out of its own training data only (so test
// events can never reach the weights, whatever the outer protocol):
// - V = the end of the UTC day of the last training event minus `days` days;
// - sub-train = the training events before V (the components are fitted on it for the search);
// - one list per training addtocart / transaction at or after V (rolling, as the temporal protocol): the
//   history is the visitor's events strictly before the target's moment (a contiguous run of the log, all of
//   them before the outer split), the current session the events within the session gap before it, and the
//   relevant item the target's item; stage = the visitor's funnel stage from that history;
// - at most `maxLists` of them, a seeded sample in log order.
#include <cstdint>
#include <memory>
#include <vector>

#include "analytics/VisitorState.h"
#include "models/Query.h"
#include "models/TrainingSet.h"

namespace vitrina::models::hybrid {

struct ValidationList {
    data::VisitorIndex visitor = 0;
    std::uint64_t historyBegin = 0, historyEnd = 0, sessionBegin = 0;
    std::int64_t at = 0;
    data::ItemIndex relevant = 0;
    analytics::FunnelStage stage = analytics::FunnelStage::New;
};

struct ValidationSplit {
    std::int64_t validationBeginMs = 0;
    std::shared_ptr<const TrainingSet> subTrain;
    std::vector<ValidationList> lists;
    std::uint64_t listsBeforeSampling = 0;

    Query query(const data::Dataset& dataset, const ValidationList& list) const;
};

/// Fails naming `parameter` (e.g. "hybrid.validation_days") when the carve leaves no sub-train events or no
/// validation list. `train` must outlive the result (the sub-train borrows its session index).
ValidationSplit carveValidation(const TrainingSet& train, int days, std::uint64_t maxLists, std::uint64_t seed,
                                const std::string& parameter);

/// Funnel stage at the query moment, from the query's own history (StageTracker over its event types).
analytics::FunnelStage stageOf(const Query& query);

} // namespace vitrina::models::hybrid
