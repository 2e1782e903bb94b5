#include "analytics/Calendar.h"

#include <cstdio>

#include "analytics/Funnel.h"

namespace vitrina::analytics {

// Proleptic Gregorian conversions by 400-year eras (146,097 days each), with years starting on March 1 so
// that the leap day is the last day of the shifted year.
CivilDate civilFromDays(std::int64_t day) {
    const std::int64_t shifted = day + 719'468; // days from 0000-03-01 to 1970-01-01
    const std::int64_t era = floorDiv(shifted, 146'097);
    const std::int64_t dayOfEra = shifted - era * 146'097;                                         // [0, 146096]
    const std::int64_t yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36'524 - dayOfEra / 146'096) / 365;
    const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100); // [0, 365]
    const std::int64_t monthFromMarch = (5 * dayOfYear + 2) / 153;                                 // [0, 11]
    CivilDate date;
    date.day = static_cast<int>(dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
    date.month = static_cast<int>(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
    date.year = yearOfEra + era * 400 + (date.month <= 2 ? 1 : 0);
    return date;
}

std::int64_t daysFromCivil(std::int64_t year, int month, int day) {
    const std::int64_t y = year - (month <= 2 ? 1 : 0);
    const std::int64_t era = floorDiv(y, 400);
    const std::int64_t yearOfEra = y - era * 400;
    const std::int64_t monthFromMarch = month > 2 ? month - 3 : month + 9;
    const std::int64_t dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1;
    const std::int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146'097 + dayOfEra - 719'468;
}

IsoWeek isoWeekOfDay(std::int64_t day) {
    // The ISO year of a week is the year of its Thursday; week 1 holds that year's first Thursday.
    const std::int64_t thursday = isoWeekMonday(day) + 3;
    IsoWeek week;
    week.year = civilFromDays(thursday).year;
    week.week = static_cast<int>((thursday - daysFromCivil(week.year, 1, 1)) / 7 + 1);
    return week;
}

std::string formatDay(std::int64_t day) {
    const CivilDate d = civilFromDays(day);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04lld-%02d-%02d", static_cast<long long>(d.year), d.month, d.day);
    return buffer;
}

std::string formatIsoWeek(const IsoWeek& week) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04lld-W%02d", static_cast<long long>(week.year), week.week);
    return buffer;
}

std::string dayKey(std::int64_t ms) { return formatDay(dayOfMs(ms)); }

std::string isoWeekKey(std::int64_t ms) { return formatIsoWeek(isoWeekOfDay(dayOfMs(ms))); }

} // namespace vitrina::analytics
