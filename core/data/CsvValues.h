#pragma once
// Field values of the RetailRocket files: ids, millisecond timestamps (with the spreadsheet rules), property
// values. The inline fast paths take plain digits; anything else goes through the careful parsers.
#include <cstdint>
#include <optional>
#include <string_view>

#include "util/Message.h"

namespace vitrina::data {

inline constexpr std::int64_t kMinTimestampMs = 946684800000LL;  ///< 2000-01-01T00:00:00Z
inline constexpr std::int64_t kMaxTimestampMs = 4102444800000LL; ///< 2100-01-01T00:00:00Z (excluded)
inline constexpr std::size_t kMaxIdDigits = 18;                  ///< always fits std::int64_t

/// Plain ASCII digits only, 1..18 of them.
inline bool parseDigits(std::string_view s, std::int64_t& value) {
    if (s.empty() || s.size() > kMaxIdDigits) return false;
    std::int64_t v = 0;
    for (const char c : s) {
        const unsigned d = static_cast<unsigned>(static_cast<unsigned char>(c)) - '0';
        if (d > 9) return false;
        v = v * 10 + static_cast<std::int64_t>(d);
    }
    value = v;
    return true;
}

/// A non-negative whole number of at most 18 digits; surrounding spaces are tolerated.
std::optional<std::int64_t> parseId(std::string_view text);

enum class TimestampIssue : std::uint8_t { None, NotWholeNumber, LooksLikeSeconds, Imprecise, OutOfRange };

/// Integer milliseconds in [2000-01-01, 2100-01-01). Scientific notation (1.433193132535E+12) is accepted when
/// it spells out every digit of the integer it denotes (13 significant digits for any time after 2001-09-09),
/// so `1.43E+12` is rejected as imprecise; a 10-digit value looks like seconds.
TimestampIssue parseTimestampSlow(std::string_view text, std::int64_t& ms);

/// True for a 13-digit millisecond value inside [2000-01-01, 2100-01-01). Zero-padded values such as
/// 0000000000123 have 13 digits too, so the lower bound is checked as well.
inline constexpr bool inTimestampRange(std::int64_t ms) { return ms >= kMinTimestampMs && ms < kMaxTimestampMs; }

inline TimestampIssue parseTimestamp(std::string_view text, std::int64_t& ms) {
    std::int64_t v = 0;
    if (text.size() == 13 && parseDigits(text, v) && inTimestampRange(v)) {
        ms = v;
        return TimestampIssue::None;
    }
    return parseTimestampSlow(text, ms);
}

util::MessageCode timestampReason(TimestampIssue issue);

/// Property `790`: one numeric token `n<decimal>` (e.g. n5400.000); nullopt otherwise.
std::optional<float> parsePriceValue(std::string_view text);

/// Property `available`: "0" or "1".
inline std::optional<std::uint8_t> parseAvailableValue(std::string_view text) {
    if (text.size() == 1 && (text[0] == '0' || text[0] == '1')) return static_cast<std::uint8_t>(text[0] - '0');
    if (text.size() != 1) {
        const auto id = parseId(text);
        if (id && *id <= 1) return static_cast<std::uint8_t>(*id);
    }
    return std::nullopt;
}

/// Well-formed UTF-8 (no overlong forms, surrogates or code points above U+10FFFF).
bool isValidUtf8(std::string_view text);

} // namespace vitrina::data
