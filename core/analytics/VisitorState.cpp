#include "analytics/VisitorState.h"

#include <algorithm>
#include <string>

#include "util/Message.h"

namespace vitrina::analytics {
namespace {

void requireVisitor(const data::EventLog& events, data::VisitorIndex v) {
    if (v >= events.visitorCount())
        util::failParameter("visitor", util::MessageCode::AnalysisVisitorOutOfRange,
                            {std::to_string(v), std::to_string(events.visitorCount())});
}

/// Index one past the visitor's last event with timestamp < t (the visitor's events are in time order).
std::uint64_t endBefore(const data::EventLog& events, data::VisitorIndex v, std::int64_t t) {
    const auto first = events.timestamp.begin() + static_cast<std::ptrdiff_t>(events.begin(v));
    const auto last = events.timestamp.begin() + static_cast<std::ptrdiff_t>(events.end(v));
    return static_cast<std::uint64_t>(std::lower_bound(first, last, t) - events.timestamp.begin());
}

} // namespace

FunnelStage stageAt(const data::EventLog& events, data::VisitorIndex v, std::int64_t t) {
    requireVisitor(events, v);
    StageTracker tracker;
    const std::uint64_t end = endBefore(events, v, t);
    for (std::uint64_t i = events.begin(v); i < end; ++i) tracker.add(events.type[i]);
    return tracker.stage();
}

ActivitySegment segmentAt(const data::EventLog& events, data::VisitorIndex v, std::int64_t t) {
    requireVisitor(events, v);
    return segmentForCount(endBefore(events, v, t) - events.begin(v));
}

} // namespace vitrina::analytics
