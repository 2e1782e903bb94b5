#include "data/CsvValues.h"

#include <charconv>
#include <cmath>
#include <string>

#include "data/CsvLine.h"

namespace vitrina::data {
using util::MessageCode;

std::optional<std::int64_t> parseId(std::string_view text) {
    std::int64_t v = 0;
    if (parseDigits(text, v)) return v;
    text = trimSpaces(text);
    if (parseDigits(text, v)) return v;
    return std::nullopt;
}

TimestampIssue parseTimestampSlow(std::string_view text, std::int64_t& ms) {
    text = trimSpaces(text);
    bool negative = false;
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    // Mantissa digits (without the point) and where the point was; then an optional exponent.
    std::string digits;
    std::size_t fractionDigits = 0;
    bool seenPoint = false;
    std::size_t i = 0;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            if (!(digits.empty() && c == '0')) digits.push_back(c); // leading zeros are not significant
            if (seenPoint) ++fractionDigits;
        } else if (c == '.' && !seenPoint) {
            seenPoint = true;
        } else {
            break;
        }
    }
    const bool anyDigit = i > (seenPoint ? 1u : 0u);
    if (!anyDigit) return TimestampIssue::NotWholeNumber;
    bool scientific = false;
    long exponent = 0;
    if (i < text.size()) {
        if (text[i] != 'e' && text[i] != 'E') return TimestampIssue::NotWholeNumber;
        scientific = true;
        std::string_view rest = text.substr(i + 1);
        if (!rest.empty() && rest.front() == '+') rest.remove_prefix(1);
        const auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), exponent);
        if (ec != std::errc() || end != rest.data() + rest.size() || rest.empty() || exponent > 100 || exponent < -100)
            return TimestampIssue::NotWholeNumber;
    }
    // value = digits * 10^shift; `digits` has no leading zeros, and `written` counts its significant digits.
    const std::size_t written = digits.size();
    long shift = exponent - static_cast<long>(fractionDigits);
    while (shift < 0 && !digits.empty() && digits.back() == '0') {
        digits.pop_back();
        ++shift;
    }
    if (shift < 0 && !digits.empty()) return TimestampIssue::NotWholeNumber; // a fraction of a millisecond
    if (digits.empty()) {
        ms = 0;
        return TimestampIssue::OutOfRange; // zero
    }
    const std::size_t integerDigits = digits.size() + static_cast<std::size_t>(shift);
    if (scientific && written < integerDigits) return TimestampIssue::Imprecise;
    if (integerDigits > kMaxIdDigits) return TimestampIssue::OutOfRange;
    std::int64_t value = 0;
    for (const char c : digits) value = value * 10 + (c - '0');
    for (long k = 0; k < shift; ++k) value *= 10;
    if (negative) return TimestampIssue::OutOfRange;
    if (integerDigits == 10) return TimestampIssue::LooksLikeSeconds;
    if (value < kMinTimestampMs || value >= kMaxTimestampMs) return TimestampIssue::OutOfRange;
    ms = value;
    return TimestampIssue::None;
}

MessageCode timestampReason(TimestampIssue issue) {
    switch (issue) {
    case TimestampIssue::None:
    case TimestampIssue::NotWholeNumber: return MessageCode::CsvBadTimestamp;
    case TimestampIssue::LooksLikeSeconds: return MessageCode::CsvTimestampSeconds;
    case TimestampIssue::Imprecise: return MessageCode::CsvTimestampImprecise;
    case TimestampIssue::OutOfRange: return MessageCode::CsvTimestampOutOfRange;
    }
    return MessageCode::CsvBadTimestamp;
}

std::optional<float> parsePriceValue(std::string_view text) {
    text = trimSpaces(text);
    if (text.size() < 2 || text.front() != 'n') return std::nullopt;
    text.remove_prefix(1);
    float value = 0.0f;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value, std::chars_format::fixed);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

bool isValidUtf8(std::string_view text) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        std::uint32_t cp = 0, minimum = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2, cp = c & 0x1Fu, minimum = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3, cp = c & 0x0Fu, minimum = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4, cp = c & 0x07u, minimum = 0x10000;
        } else {
            return false;
        }
        if (i + length > n) return false;
        for (std::size_t k = 1; k < length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (s[i + k] & 0x3Fu);
        }
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += length;
    }
    return true;
}

} // namespace vitrina::data
