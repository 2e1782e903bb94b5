#pragma once
// Turns per-list outcomes into the per-arm, per-day series of an ExperimentData (visitor-level metrics).
// Visitor-level definitions, for the day alone and cumulatively up to a day:
// - visitors: shown at least one list; exposures: lists; clicks: the sum of the lists' discounted clicks;
// - converters / carters: visitors with at least one list that led to a purchase / an addtocart;
// - CTR per visitor: x = the visitor's clicks, y = the visitor's lists (a ratio metric, delta method);
// - revenue per visitor: the sum over the visitor's lists (0 for visitors who bought nothing listed).
#include <cstdint>
#include <span>
#include <vector>

#include "abtest/Experiment.h"

namespace vitrina::abtest {

/// What one list (one session) led to.
struct ListOutcome {
    std::uint32_t visitor = 0; ///< dense slot of the exposed visitor, 0..visitorCount-1
    std::uint32_t arm = 0;
    std::int32_t day = 0;      ///< 0..dayCount-1
    double click = 0.0;        ///< in [0, 1]: the click model's weight of the best-placed listed item engaged with
    bool carted = false;
    bool converted = false;
    double revenue = 0.0;
    bool fallback = false;     ///< the visitor had no history: the arm's fallback list
};

/// Fills arms[k].days (dayCount entries) and arms[k].revenuePerVisitor of `data` (arms already named) from the
/// outcomes, in any order (the result does not depend on it: sums run day by day in visitor-slot order).
void aggregateOutcomes(std::span<const ListOutcome> outcomes, std::uint32_t visitorCount, ExperimentData& data);

} // namespace vitrina::abtest
