#pragma once
// A visitor's history at a moment plus a simulated live session (the Visitors page's "what if"), owning its
// events so that a models::Query can point into them while models score it on a worker thread.
//
// Rules (documented on the page):
// - History = the visitor's events with timestamp < `at` (none for a made-up visitor).
// - Live events are placed one minute apart from `at` on (`at`, `at` + 1 min, ...), and the list is made 1 ms
//   after the last of them, so they always form one session.
// - The current session (Query::sessionBegin) is the history's last session when its last event is at most the
//   session gap before the first live event (or before `at` when nothing was added): the visitor is still on
//   the site; otherwise it starts at the first live event (empty when nothing was added).
// - Stage and segment follow core/README.md (Conventions) over history + live events.
#include <cstdint>
#include <optional>
#include <vector>

#include "analytics/VisitorState.h"
#include "data/Dataset.h"
#include "data/Sessions.h"
#include "models/Query.h"

namespace vitrina::models {

class LiveHistory {
public:
    static constexpr std::int64_t kLiveStepMs = 60'000;

    LiveHistory() = default;
    /// The history of `visitor` before `at` (no events when `visitor` is empty).
    LiveHistory(const data::Dataset& dataset, std::optional<data::VisitorIndex> visitor, std::int64_t at,
                std::int64_t gapMs = data::kDefaultSessionGapMs);

    /// Appends a live event (the next minute).
    void add(data::ItemIndex item, data::EventType type);
    /// Drops every live event (back to the history alone).
    void clearLive();

    /// The question for the models; valid while this object lives and is not changed.
    Query query() const;
    analytics::FunnelStage stage() const;
    analytics::ActivitySegment segment() const { return analytics::segmentForCount(items_.size()); }

    std::size_t historySize() const { return historySize_; }
    std::size_t liveSize() const { return items_.size() - historySize_; }
    std::size_t size() const { return items_.size(); }
    /// Index of the first event of the current session (== size() when the session is empty).
    std::size_t sessionBegin() const;
    std::int64_t moment() const { return at_; }
    /// The moment the list is made: `at`, or 1 ms after the last live event.
    std::int64_t queryMoment() const;
    std::optional<data::VisitorIndex> visitor() const { return visitor_; }

    const std::vector<data::ItemIndex>& items() const { return items_; }
    const std::vector<data::EventType>& types() const { return types_; }
    const std::vector<std::int64_t>& times() const { return times_; }

private:
    std::optional<data::VisitorIndex> visitor_;
    std::int64_t at_ = 0;
    std::int64_t gapMs_ = data::kDefaultSessionGapMs;
    std::size_t historySize_ = 0;
    std::size_t historySessionBegin_ = 0; ///< first event of the history's last session
    std::vector<data::ItemIndex> items_;
    std::vector<data::EventType> types_;
    std::vector<std::int64_t> times_;
};

} // namespace vitrina::models
