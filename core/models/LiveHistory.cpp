#include "models/LiveHistory.h"

#include <algorithm>
#include <string>

#include "util/Message.h"

namespace vitrina::models {

LiveHistory::LiveHistory(const data::Dataset& dataset, std::optional<data::VisitorIndex> visitor, std::int64_t at,
                         std::int64_t gapMs)
    : visitor_(visitor), at_(at), gapMs_(gapMs) {
    const auto& log = dataset.events;
    if (visitor) {
        if (*visitor >= log.visitorCount())
            util::failParameter("visitor", util::MessageCode::AnalysisVisitorOutOfRange,
                                {std::to_string(*visitor), std::to_string(log.visitorCount())});
        const auto first = log.timestamp.begin() + static_cast<std::ptrdiff_t>(log.begin(*visitor));
        const auto last = log.timestamp.begin() + static_cast<std::ptrdiff_t>(log.end(*visitor));
        const auto end = static_cast<std::uint64_t>(std::lower_bound(first, last, at) - log.timestamp.begin());
        for (std::uint64_t e = log.begin(*visitor); e < end; ++e) {
            items_.push_back(log.item[e]);
            types_.push_back(log.type[e]);
            times_.push_back(log.timestamp[e]);
        }
    }
    historySize_ = items_.size();
    historySessionBegin_ = historySize_;
    // Walk back over gaps of at most gapMs: the history's last session.
    if (historySize_ > 0) {
        historySessionBegin_ = historySize_ - 1;
        while (historySessionBegin_ > 0 && times_[historySessionBegin_] - times_[historySessionBegin_ - 1] <= gapMs_)
            --historySessionBegin_;
    }
}

void LiveHistory::add(data::ItemIndex item, data::EventType type) {
    const std::int64_t time = at_ + static_cast<std::int64_t>(liveSize()) * kLiveStepMs;
    items_.push_back(item);
    types_.push_back(type);
    times_.push_back(time);
}

void LiveHistory::clearLive() {
    items_.resize(historySize_);
    types_.resize(historySize_);
    times_.resize(historySize_);
}

std::int64_t LiveHistory::queryMoment() const { return liveSize() == 0 ? at_ : times_.back() + 1; }

std::size_t LiveHistory::sessionBegin() const {
    // The live session continues the history's last session when the visitor was active within the gap.
    const bool continues = historySize_ > 0 && at_ - times_[historySize_ - 1] <= gapMs_;
    return continues ? historySessionBegin_ : historySize_;
}

Query LiveHistory::query() const {
    Query q;
    q.items = items_;
    q.types = types_;
    q.times = times_;
    q.sessionBegin = sessionBegin();
    q.at = queryMoment();
    q.visitor = visitor_;
    return q;
}

analytics::FunnelStage LiveHistory::stage() const {
    analytics::StageTracker tracker;
    for (const data::EventType type : types_) tracker.add(type);
    return tracker.stage();
}

} // namespace vitrina::models
