#pragma once
// The conversion funnel view -> addtocart -> transaction, counted by events, visitors and sessions,
// optionally sliced. Definitions (documented in README "Funnel definitions"):
// - events: number of events of each type;
// - visitors (reached): visitors with at least one event of the stage's type, any item, any order;
// - visitors (ordered, same item): visitors with a view, then an addtocart of the same item after it, then a
//   transaction of that item after the addtocart (stage k counts visitors who completed steps 1..k);
// - sessions: sessions containing at least one event of the stage's type.
// A purchase with no logged addtocart counts in the transaction stage of the reached/event/session funnels.
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
    int activitySegment = -1; ///< -1 = all, else ActivitySegment value (segment of the unit; see README)
    int returning = -1;       ///< -1 = all, 0 = new visitors/first sessions, 1 = returning
};

FunnelReport computeFunnel(const data::Dataset& dataset, const data::SessionIndex& sessions,
                           FunnelSlicing slicing, const FunnelFilter& filter = {},
                           const util::Progress& progress = {});

/// "2015-W23" style ISO week key for a UTC millisecond timestamp, and "2015-06-01" style day key.
std::string isoWeekKey(std::int64_t ms);
std::string dayKey(std::int64_t ms);

} // namespace vitrina::analytics
