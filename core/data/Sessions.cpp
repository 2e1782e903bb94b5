#include "data/Sessions.h"

#include <limits>
#include <string>

#include "util/Message.h"
#include "util/Prefault.h"

namespace vitrina::data {

SessionIndex buildSessions(const EventLog& events, std::int64_t gapMs) {
    if (gapMs < 0)
        util::failParameter("gapMs", util::MessageCode::ParameterOutOfRange,
                            {"gapMs", std::to_string(gapMs), "[0, 9223372036854775807]"});
    const std::size_t eventCount = events.size();
    const std::size_t visitorCount = events.visitorCount();
    // The offsets must tile [0, events) exactly, or a session could cover someone else's events.
    if ((visitorCount == 0 && eventCount != 0) ||
        (visitorCount > 0 && (events.visitorOffsets.front() != 0 || events.visitorOffsets.back() != eventCount)))
        util::fail(util::MessageCode::AnalysisEventLogInconsistent,
                   {"visitor offsets do not cover the " + std::to_string(eventCount) + " events"});
    if (eventCount > std::numeric_limits<std::uint32_t>::max())
        util::fail(util::MessageCode::AnalysisEventLogInconsistent,
                   {"more than 4294967295 events cannot be split into sessions"});

    SessionIndex index;
    index.gapMs = gapMs;
    util::resizePrefaulted(index.sessionOfEvent, eventCount);
    util::resizePrefaulted(index.visitorSessions, visitorCount + 1);
    util::reservePrefaulted(index.start, eventCount * 2 / 3 + 2); // most visitors have one session

    const std::int64_t* time = events.timestamp.data();
    std::uint32_t* sessionOf = index.sessionOfEvent.data();
    std::uint64_t sessions = 0;
    for (std::size_t v = 0; v < visitorCount; ++v) {
        index.visitorSessions[v] = sessions;
        const std::uint64_t begin = events.visitorOffsets[v];
        const std::uint64_t end = events.visitorOffsets[v + 1];
        if (end < begin || end > eventCount)
            util::fail(util::MessageCode::AnalysisEventLogInconsistent,
                       {"visitor offsets are not ascending at visitor " + std::to_string(v)});
        for (std::uint64_t i = begin; i < end; ++i) {
            // Strictly greater: a gap of exactly gapMs keeps the session going (core/README.md: "at most").
            if (i == begin || time[i] - time[i - 1] > gapMs) {
                index.start.push_back(i);
                ++sessions;
            }
            sessionOf[i] = static_cast<std::uint32_t>(sessions - 1);
        }
    }
    index.visitorSessions[visitorCount] = sessions;
    index.start.push_back(eventCount);
    return index;
}

} // namespace vitrina::data
