#pragma once
// UTC calendar arithmetic for day and ISO-week slices, without chrono time zones (GCC 12 lacks them).
// Days are counted from 1970-01-01 (day 0, a Thursday); negative values are days before it.
#include <cstdint>
#include <string>

namespace vitrina::analytics {

inline constexpr std::int64_t kMsPerDay = 86'400'000;

struct CivilDate {
    std::int64_t year = 1970;
    int month = 1; ///< 1..12
    int day = 1;   ///< 1..31
};

/// Floor division, so that -1 ms is day -1 rather than day 0.
constexpr std::int64_t floorDiv(std::int64_t a, std::int64_t b) {
    const std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

constexpr std::int64_t dayOfMs(std::int64_t ms) { return floorDiv(ms, kMsPerDay); }

/// Monday = 0 ... Sunday = 6.
constexpr int weekdayOfDay(std::int64_t day) { return static_cast<int>(day + 3 - 7 * floorDiv(day + 3, 7)); }

/// The Monday that starts the ISO week containing `day`.
constexpr std::int64_t isoWeekMonday(std::int64_t day) { return day - weekdayOfDay(day); }

CivilDate civilFromDays(std::int64_t day);
std::int64_t daysFromCivil(std::int64_t year, int month, int day);

struct IsoWeek {
    std::int64_t year = 1970; ///< ISO week-numbering year (the year of the week's Thursday)
    int week = 1;             ///< 1..53
};
IsoWeek isoWeekOfDay(std::int64_t day);

/// "2015-06-01" and "2015-W23".
std::string formatDay(std::int64_t day);
std::string formatIsoWeek(const IsoWeek& week);

} // namespace vitrina::analytics
