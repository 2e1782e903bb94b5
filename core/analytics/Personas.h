#pragma once
// Visitors worth looking at, found in the data automatically (the Visitors page's pick lists and the defence
// demo's personas): the most active visitors, a seeded random sample, and three personas of the funnel:
//   new       a test-period visitor shown at their first event (no earlier events at all);
//   browsing  a visitor with views only (never an addtocart or transaction);
//   intent    a visitor with an addtocart, shown just after it (no purchase before that moment).
// Each pick carries the moment it is shown at: the history is the visitor's events strictly before `at`, the
// events from `at` on are what they "really did later". Everything is deterministic: fixed ranking keys with
// ties broken by the dense visitor index, and util::Rng for the random sample.
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "data/Dataset.h"
#include "util/Progress.h"

namespace vitrina::analytics {

enum class PersonaKind : std::uint8_t { New = 0, Browsing = 1, Intent = 2 };
inline constexpr int kPersonaKindCount = 3;

constexpr std::string_view personaName(PersonaKind kind) {
    switch (kind) {
    case PersonaKind::New: return "new";
    case PersonaKind::Browsing: return "browsing";
    case PersonaKind::Intent: return "intent";
    }
    return "?";
}

/// A visitor and the moment to show them at.
struct VisitorPick {
    data::VisitorIndex visitor = 0;
    std::int64_t at = 0;         ///< history = the visitor's events with timestamp < at
    std::uint64_t events = 0;    ///< all of the visitor's events
    std::uint64_t before = 0;    ///< events before `at`
};

struct PersonaOptions {
    /// T: the split boundary of the trained models; events at or after it form the test period.
    std::int64_t testBeginMs = 0;
    std::size_t listSize = 20;   ///< length of the most-active and random lists
    std::uint64_t seed = 42;     ///< of the random sample
};

struct PersonaPicks {
    std::vector<VisitorPick> mostActive; ///< by event count descending, ties by visitor index
    std::vector<VisitorPick> random;     ///< distinct visitors in draw order
    std::array<std::optional<VisitorPick>, kPersonaKindCount> personas; ///< by PersonaKind; empty when none fits

    const std::optional<VisitorPick>& persona(PersonaKind kind) const {
        return personas[static_cast<std::size_t>(kind)];
    }
};

/// T of the default temporal protocol (7 test days): the end of the UTC day of the last event minus `testDays`
/// days. 0 for an empty log.
std::int64_t defaultTestBegin(const data::EventLog& log, int testDays = 7);
/// The same from the time of the last event (DatasetSummary::lastMs), without a pass over the log.
std::int64_t testBeginAfter(std::int64_t lastEventMs, int testDays = 7);

/// The moment a visitor is shown at unless something else is asked: just before their first event at or after
/// T (so the events of the test period are "later"); for a visitor without test-period events, one millisecond
/// after their last event (the whole history, nothing later).
std::int64_t defaultMoment(const data::EventLog& log, data::VisitorIndex visitor, std::int64_t testBeginMs);

/// The pick for `visitor` at its default moment.
VisitorPick pickAt(const data::EventLog& log, data::VisitorIndex visitor, std::int64_t at);

/// Finds the lists and personas (one pass over the log; progress and cancellation every 64 K visitors).
///   new:      first event at/after T; preferred: more events (capped at 10), then one with a later addtocart
///             or purchase; shown at the first event.
///   browsing: views only, at least one view before the default moment; preferred: events on both sides of T,
///             then more events before (capped at 10), then more after (capped at 10).
///   intent:   shown 1 ms after an addtocart with no transaction up to that moment (the first addtocart at/after
///             T when there is one, else the visitor's first); preferred: the cart in the test period, then
///             events after the moment, then more events before (capped at 10).
PersonaPicks findPersonas(const data::EventLog& log, const PersonaOptions& options,
                          const util::Progress& progress = {});

} // namespace vitrina::analytics
