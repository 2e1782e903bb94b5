#include "stats/Checks.h"

#include <cmath>
#include <cstdio>

#include "util/Message.h"

namespace vitrina::stats {

using util::MessageCode;

std::string numberText(double value) {
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%.10g", value);
    return buffer;
}

void requireOpenUnit(const std::string& name, double value) {
    if (!(value > 0.0 && value < 1.0))
        util::failParameter(name, MessageCode::ParameterOutOfRange, {name, numberText(value), "(0, 1)"});
}

void requireProbability(const std::string& name, double value) {
    if (!(value >= 0.0 && value <= 1.0))
        util::failParameter(name, MessageCode::StatsNotAProbability, {name, numberText(value)});
}

void requireFinite(const std::string& name, double value) {
    if (!std::isfinite(value)) util::failParameter(name, MessageCode::ParameterNotNumber, {name, numberText(value)});
}

namespace {
template <class T> void requireAllFinite(const std::string& name, std::span<const T> values) {
    for (std::size_t i = 0; i < values.size(); ++i)
        if (!std::isfinite(values[i])) util::failParameter(name, MessageCode::StatsNotFinite, {name, std::to_string(i)});
}
} // namespace

void requireFinite(const std::string& name, std::span<const double> values) { requireAllFinite(name, values); }
void requireFinite(const std::string& name, std::span<const float> values) { requireAllFinite(name, values); }

void requireAtLeast(const std::string& name, std::size_t count, std::size_t minimum) {
    if (count < minimum)
        util::failParameter(name, MessageCode::StatsTooFewValues,
                            {name, std::to_string(minimum), std::to_string(count)});
}

void requireSameLength(const std::string& nameA, std::size_t sizeA, const std::string& nameB, std::size_t sizeB) {
    if (sizeA != sizeB)
        util::failParameter(nameB, MessageCode::StatsLengthMismatch,
                            {nameA, std::to_string(sizeA), nameB, std::to_string(sizeB)});
}

void requireNonNegative(const std::string& name, std::int64_t value) {
    if (value < 0) util::failParameter(name, MessageCode::StatsNegativeCount, {name, std::to_string(value)});
}

void requirePositive(const std::string& name, double value) {
    if (!(value > 0.0) || !std::isfinite(value))
        util::failParameter(name, MessageCode::ParameterOutOfRange, {name, numberText(value), "(0, inf)"});
}

void requireCountWithin(const std::string& partName, std::int64_t part, const std::string& wholeName,
                        std::int64_t whole) {
    requireNonNegative(wholeName, whole);
    requireNonNegative(partName, part);
    if (part > whole)
        util::failParameter(partName, MessageCode::StatsCountAboveTotal,
                            {partName, std::to_string(part), wholeName, std::to_string(whole)});
}

} // namespace vitrina::stats
