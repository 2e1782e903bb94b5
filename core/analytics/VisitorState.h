#pragma once
// Funnel stage and activity segment of a visitor at a moment, from their events strictly before it
// (definitions in core/README.md, Conventions).
#include <cstdint>
#include <string_view>

#include "data/Dataset.h"

namespace vitrina::analytics {

enum class FunnelStage : std::uint8_t { New = 0, Browsing = 1, Intent = 2, Converted = 3 };
inline constexpr int kFunnelStageCount = 4;
enum class ActivitySegment : std::uint8_t { Cold = 0, Light = 1, Medium = 2, Heavy = 3 };
inline constexpr int kActivitySegmentCount = 4;

constexpr std::string_view stageName(FunnelStage s) {
    switch (s) {
    case FunnelStage::New: return "new";
    case FunnelStage::Browsing: return "browsing";
    case FunnelStage::Intent: return "intent";
    case FunnelStage::Converted: return "converted";
    }
    return "?";
}
constexpr std::string_view segmentName(ActivitySegment s) {
    switch (s) {
    case ActivitySegment::Cold: return "cold";
    case ActivitySegment::Light: return "light";
    case ActivitySegment::Medium: return "medium";
    case ActivitySegment::Heavy: return "heavy";
    }
    return "?";
}

/// cold 0, light 1-2, medium 3-9, heavy >= 10 events before the moment.
constexpr ActivitySegment segmentForCount(std::uint64_t eventsBefore) {
    if (eventsBefore == 0) return ActivitySegment::Cold;
    if (eventsBefore <= 2) return ActivitySegment::Light;
    if (eventsBefore <= 9) return ActivitySegment::Medium;
    return ActivitySegment::Heavy;
}

/// Incremental stage tracker: feed a visitor's events in time order.
/// new: nothing yet; browsing: only views; intent: an addtocart not followed by a transaction;
/// converted: at least one transaction (a purchase with no logged addtocart counts).
class StageTracker {
public:
    void add(data::EventType type) {
        ++events_;
        if (type == data::EventType::Transaction) converted_ = true;
        else if (type == data::EventType::AddToCart) openCart_ = true;
        if (type == data::EventType::Transaction) openCart_ = false;
    }
    FunnelStage stage() const {
        if (converted_) return FunnelStage::Converted;
        if (openCart_) return FunnelStage::Intent;
        return events_ == 0 ? FunnelStage::New : FunnelStage::Browsing;
    }
    std::uint64_t events() const { return events_; }
    ActivitySegment segment() const { return segmentForCount(events_); }

private:
    std::uint64_t events_ = 0;
    bool openCart_ = false;
    bool converted_ = false;
};

/// Stage of visitor v at time t from the dataset (events with timestamp < t).
FunnelStage stageAt(const data::EventLog& events, data::VisitorIndex v, std::int64_t t);
ActivitySegment segmentAt(const data::EventLog& events, data::VisitorIndex v, std::int64_t t);

} // namespace vitrina::analytics
