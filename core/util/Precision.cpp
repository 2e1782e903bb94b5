#include "util/Precision.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace vitrina::util {
namespace {

/// Position of the leading digit: 0 for [1, 10), 2 for [100, 1000), -2 for [0.01, 0.1).
int leadingDigit(double magnitude) { return static_cast<int>(std::floor(std::log10(magnitude))); }

double roundSignificant(double value, int digits) {
    if (value == 0.0 || !std::isfinite(value)) return value;
    return roundToDecimals(value, digits - 1 - leadingDigit(std::fabs(value)));
}

} // namespace

int displayDecimals(double value, double halfWidth) {
    int decimals = 0;
    if (halfWidth > 0.0 && std::isfinite(halfWidth)) decimals = 1 - leadingDigit(halfWidth);
    else if (value != 0.0 && std::isfinite(value)) decimals = 2 - leadingDigit(std::fabs(value));
    return std::min(decimals, kMaxDisplayDecimals);
}

double roundToDecimals(double value, int decimals) {
    if (!std::isfinite(value)) return value;
    const double scale = std::pow(10.0, std::abs(decimals));
    const double rounded = decimals >= 0 ? std::round(value * scale) / scale : std::round(value / scale) * scale;
    return rounded == 0.0 ? 0.0 : rounded; // no "-0"
}

std::string fixedText(double value, int decimals, bool withSign) {
    if (std::isnan(value)) return "n/a";
    if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, withSign ? "%+.*f" : "%.*f", std::max(decimals, 0),
                  roundToDecimals(value, decimals));
    return buffer;
}

int pValueDecimals(double p, double alpha) {
    if (!(p > 0.0) || !std::isfinite(p)) return 2;
    int digits = 2;
    if (std::isfinite(alpha))
        while (digits < 6 && (roundSignificant(p, digits) <= alpha) != (p <= alpha)) ++digits;
    const double rounded = roundSignificant(p, digits);
    return std::max(0, digits - 1 - leadingDigit(rounded));
}

std::string pValueText(double p, double alpha) {
    if (std::isnan(p)) return "n/a";
    if (p < kSmallestShownP) return "< 0.0001";
    const int decimals = pValueDecimals(p, alpha);
    return fixedText(p, decimals);
}

} // namespace vitrina::util
