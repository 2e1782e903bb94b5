#pragma once
// The visitor model: each simulated visitor gets a profile (engagement, shopping propensity, how often they
// come back), category interests that drift between visits, and a funnel state (viewed items, cart, bought
// items) that decides how each visit starts and what they do in it. datasets/README.md describes the model and
// the calibration of every constant.
#include <cstdint>
#include <vector>

#include "data/Ids.h"
#include "generator/Calendar.h"
#include "generator/Catalog.h"

namespace vitrina::gen {

struct SimEvent {
    std::int64_t time = 0;
    std::uint32_t visitor = 0;  ///< simulation index (raw ids are assigned when writing)
    std::uint32_t item = 0;     ///< catalogue index
    std::uint32_t basket = 0;   ///< 1-based purchase number within the visitor, 0 unless a transaction
    data::EventType type = data::EventType::View;
};

class VisitorSimulator {
public:
    VisitorSimulator(const Catalog& catalog, const Calendar& calendar, std::uint64_t seed)
        : catalog_(catalog), calendar_(calendar), seed_(seed) {}

    /// Appends visitor `visitor`'s events in time order. Depends only on the seed and the index.
    void simulate(std::uint32_t visitor, std::vector<SimEvent>& out) const;

private:
    const Catalog& catalog_;
    const Calendar& calendar_;
    std::uint64_t seed_;
};

/// Full-size visitor count of the release; the generator simulates round(scale * this) visitors.
inline constexpr double kFullVisitors = 1407580.0;

} // namespace vitrina::gen
