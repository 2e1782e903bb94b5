#pragma once
// The generated period and its rhythm: 2015-05-03 03:00 .. 2015-09-18 03:00 UTC like the release, more
// traffic in the evening (UTC) and in midsummer, a little less on weekends; weekly item_properties snapshots.
#include <array>
#include <cmath>
#include <cstdint>
#include <vector>

#include "util/Random.h"

namespace vitrina::gen {

inline constexpr std::int64_t kPeriodStartMs = 1430622000000; ///< 2015-05-03 03:00:00 UTC (a Sunday)
inline constexpr std::int64_t kPeriodEndMs = 1442545200000;   ///< 2015-09-18 03:00:00 UTC (exclusive)
inline constexpr std::int64_t kDayMs = 86400000;
inline constexpr std::int64_t kWeekMs = 7 * kDayMs;
inline constexpr int kPeriodDays = static_cast<int>((kPeriodEndMs - kPeriodStartMs) / kDayMs); // 138
inline constexpr int kWeeks = (kPeriodDays + 6) / 7;                                           // 20
/// item_properties snapshots are taken at the start of weeks 1..19 (2015-05-10 .. 2015-09-13, 03:00 UTC);
/// snapshot s records the state of behaviour week s + 1.
inline constexpr int kSnapshots = kWeeks - 1;

inline constexpr int weekOf(std::int64_t ms) {
    const std::int64_t w = (ms - kPeriodStartMs) / kWeekMs;
    return w < 0 ? 0 : (w >= kWeeks ? kWeeks - 1 : static_cast<int>(w));
}
inline constexpr std::int64_t snapshotTime(int snapshot) { return kPeriodStartMs + kWeekMs * (snapshot + 1); }

class Calendar {
public:
    Calendar() {
        // Hour-of-day weights (UTC): quiet in the European morning, busiest in the UTC evening and night.
        constexpr std::array<double, 24> hourWeight = {0.92, 0.96, 1.00, 0.98, 0.93, 0.76, 0.47, 0.31,
                                                       0.19, 0.13, 0.16, 0.19, 0.21, 0.36, 0.61, 0.86,
                                                       1.02, 1.16, 1.10, 1.04, 1.11, 1.16, 1.10, 0.95};
        double sum = 0.0;
        for (std::size_t h = 0; h < 24; ++h) hourCumulative_[h] = (sum += hourWeight[h]);
        sum = 0.0;
        dayCumulative_.resize(kPeriodDays);
        for (int d = 0; d < kPeriodDays; ++d) {
            const double season = 1.0 + 0.25 * std::sin(3.14159265358979 * d / kPeriodDays); // midsummer bump
            const int weekday = d % 7; // day 0 is a Sunday
            const double weekend = (weekday == 0 || weekday == 6) ? 0.88 : 1.0;
            dayCumulative_[static_cast<std::size_t>(d)] = (sum += season * weekend);
        }
    }

    /// A moment of a first visit: day by the seasonal weight, hour by the daily rhythm, uniform within the hour.
    std::int64_t sampleVisitStart(util::Rng& rng) const {
        const int day = pick(dayCumulative_.data(), dayCumulative_.size(), rng);
        const int hour = pick(hourCumulative_.data(), hourCumulative_.size(), rng);
        // The period starts at 03:00 UTC, so day d, UTC hour h lies at offset (h - 3) mod 24 hours into it.
        const std::int64_t offsetHours = (hour + 21) % 24;
        return kPeriodStartMs + day * kDayMs + offsetHours * 3600000 + static_cast<std::int64_t>(rng.below(3600000));
    }

private:
    static int pick(const double* cumulative, std::size_t n, util::Rng& rng) {
        const double u = rng.uniform() * cumulative[n - 1];
        std::size_t lo = 0, hi = n - 1;
        while (lo < hi) {
            const std::size_t mid = (lo + hi) / 2;
            if (cumulative[mid] > u) hi = mid;
            else lo = mid + 1;
        }
        return static_cast<int>(lo);
    }

    std::array<double, 24> hourCumulative_{};
    std::vector<double> dayCumulative_;
};

} // namespace vitrina::gen
