#pragma once
// Sessions: a visitor's consecutive events split at gaps longer than a threshold (over all event types).
// Because the event log is ordered by visitor then time, a session is a contiguous range of event indexes.
#include <cstdint>
#include <vector>

#include "data/Dataset.h"

namespace vitrina::data {

inline constexpr std::int64_t kDefaultSessionGapMs = 30LL * 60 * 1000;

struct SessionIndex {
    std::int64_t gapMs = kDefaultSessionGapMs;
    /// Session s covers events [start[s], start[s + 1]); size = sessions + 1.
    std::vector<std::uint64_t> start;
    /// Sessions of visitor v are [visitorSessions[v], visitorSessions[v + 1]); size = visitors + 1.
    std::vector<std::uint64_t> visitorSessions;
    /// Session of each event (size = events).
    std::vector<std::uint32_t> sessionOfEvent;

    std::size_t size() const { return start.empty() ? 0 : start.size() - 1; }
};

/// A new session starts at a new visitor or when the gap to the previous event is strictly greater than gapMs.
SessionIndex buildSessions(const EventLog& events, std::int64_t gapMs = kDefaultSessionGapMs);

} // namespace vitrina::data
