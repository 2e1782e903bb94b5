#pragma once
// The training part of a temporal split on its own: every event strictly before T, on the given sessions.
// Callers that fit models for a moment T outside an evaluation (the Visitors page's quick models) take it from
// here, so that they train on what the temporal protocol trains on for the same T (its mask when no item
// minimum is set; tst_protocol checks both against each other).
#include <cstdint>
#include <memory>
#include <vector>

#include "data/Dataset.h"
#include "data/Sessions.h"
#include "models/TrainingSet.h"

namespace vitrina::eval {

/// 1 for every event of `log` strictly before `trainEndMs`, else 0.
std::vector<std::uint8_t> eventsBefore(const data::EventLog& log, std::int64_t trainEndMs);

/// A TrainingSet of every event before `trainEndMs` (its cutoff), over `sessions`.
std::shared_ptr<const models::TrainingSet> trainingSetBefore(std::shared_ptr<const data::Dataset> dataset,
                                                             std::shared_ptr<const data::SessionIndex> sessions,
                                                             std::int64_t trainEndMs);

} // namespace vitrina::eval
