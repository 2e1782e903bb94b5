#pragma once
// The conversion funnel view -> addtocart -> transaction, counted by events, visitors and sessions,
// optionally sliced. These definitions are quoted by the README ("Funnel definitions").
//
// Units ("after" means later in the visitor's log: by time, ties in file order):
// - events: the number of events of each type;
// - visitors (reached): visitors with at least one event of the stage's type, any item, any order;
// - visitors (ordered, same item): stage 1 = visitors with a view; stage 2 = visitors who viewed an item and
//   then added that same item to the cart; stage 3 = ... and then bought that item after the addtocart;
// - sessions: sessions with at least one event of the stage's type.
// A purchase with no logged addtocart counts in the transaction stage of events, reached visitors and
// sessions, never in the ordered funnel; purchasesWithoutCart and buyersWithoutCart report how many.
//
// Slicings by top-level category, UTC day and ISO week (Monday first) split the EVENTS: an event's category
// slice is the root (CategoryTree::root) of its item's category at the event's time (ItemCatalog::categoryAt,
// the latest known category when the event precedes the history); an item without a category goes to the
// "unknown" slice. Every unit is then counted on the slice's events only: a visitor or session counts in a
// slice's stage when it has an event of that type in the slice, and the ordered funnel is followed within
// the slice. A visitor active in two slices counts in both, so visitor and session rows need not add up to
// the overall row. Category rows are ordered by events (descending), "unknown" last; day and week rows cover
// every day/week from the first to the last event, empty ones included.
//
// Slicings by activity segment and new vs returning put each unit in exactly one slice, so the rows add up
// to the overall row:
// - events: the visitor's segment at the event (events with an earlier timestamp, core/README.md);
//   returning = the event's session is not the visitor's first session;
// - sessions: the segment at the session's first event; returning = not the visitor's first session;
// - visitors (reached and ordered): the segment by the visitor's total number of events (so no visitor is
//   cold: cold holds only first events and first sessions); returning = the visitor has more than one session.
// FunnelFilter keeps, for each unit, the units whose segment / returning flag (as defined just above) match;
// with a category, day or week slicing the filter applies first, then the slice's events are counted.
//
// Time to addtocart / purchase: per visitor passing the filter, from their first view to their first
// addtocart (transaction) after it, any item; median and quartiles by linear interpolation (Quantiles.h).
// purchasesWithoutCart: transactions (passing the event filter) with no earlier addtocart of the same item by
// the same visitor. buyersWithoutCart: visitors (passing the visitor filter) with a transaction and no
// addtocart at all.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "data/Dataset.h"
#include "data/Sessions.h"
#include "util/Progress.h"

namespace vitrina::analytics {

enum class FunnelUnit : std::uint8_t { Events = 0, Visitors = 1, OrderedVisitors = 2, Sessions = 3 };
inline constexpr int kFunnelUnitCount = 4;

struct FunnelCounts {
    std::array<std::uint64_t, 3> stage{}; ///< view, addtocart, transaction

    /// stage[k] / stage[k-1] (k = 1, 2); 0 when the previous stage is empty.
    double stepConversion(int k) const {
        return stage[k - 1] ? static_cast<double>(stage[k]) / static_cast<double>(stage[k - 1]) : 0.0;
    }
    /// stage[2] / stage[0].
    double overallConversion() const {
        return stage[0] ? static_cast<double>(stage[2]) / static_cast<double>(stage[0]) : 0.0;
    }
    /// 1 - stepConversion(k).
    double dropOff(int k) const { return stage[k - 1] ? 1.0 - stepConversion(k) : 0.0; }
};

/// One row of a funnel report: the whole data or one slice of it.
struct FunnelRow {
    std::string key;    ///< stable key: "all", a raw root category id, "2015-06-01", "2015-W23", "heavy", "new"...
    std::string label;  ///< display text (category path with names when known); the GUI may translate keys
    std::array<FunnelCounts, kFunnelUnitCount> byUnit{};
    const FunnelCounts& operator[](FunnelUnit u) const { return byUnit[static_cast<int>(u)]; }
};

enum class FunnelSlicing : std::uint8_t { None, TopCategory, Day, IsoWeek, ActivitySegment, NewVsReturning };

/// Median and quartiles of a duration in milliseconds; count = how many visitors contributed.
struct DurationQuartiles {
    std::uint64_t count = 0;
    double q1Ms = 0.0;
    double medianMs = 0.0;
    double q3Ms = 0.0;
};

struct FunnelReport {
    FunnelSlicing slicing = FunnelSlicing::None;
    FunnelRow overall;
    std::vector<FunnelRow> slices;
    DurationQuartiles viewToCart;     ///< per visitor: first view -> first later addtocart
    DurationQuartiles viewToPurchase; ///< per visitor: first view -> first later transaction
    std::uint64_t purchasesWithoutCart = 0; ///< transactions with no earlier addtocart of the item by the visitor
    std::uint64_t buyersWithoutCart = 0;    ///< buyers who never logged an addtocart
};

/// Restricts the funnel to part of the data (the page's segment selector).
struct FunnelFilter {
    int activitySegment = -1; ///< -1 = all, else an ActivitySegment value (of each unit, as defined above)
    int returning = -1;       ///< -1 = all, 0 = new visitors/first sessions, 1 = returning
};

FunnelReport computeFunnel(const data::Dataset& dataset, const data::SessionIndex& sessions,
                           FunnelSlicing slicing, const FunnelFilter& filter = {},
                           const util::Progress& progress = {});

/// "2015-W23" style ISO week key for a UTC millisecond timestamp, and "2015-06-01" style day key.
std::string isoWeekKey(std::int64_t ms);
std::string dayKey(std::int64_t ms);

} // namespace vitrina::analytics
