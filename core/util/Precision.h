#pragma once
// How many digits a statistical result deserves, defined once for every place that shows one (the GUI's
// ui/common/Format wraps these rules with the locale; the core's English messages use them directly):
// - an estimate shown with its interval: the interval's half-width to two significant digits sets the last
//   decimal place of the estimate and of both bounds, so a wide interval leaves at most two significant digits
//   ("+350 %" for 352.47 % in [+40 %, +1,900 %], "+3.5 %" for 3.52 % +- 1.2 %); a value without a finite
//   spread gets three significant digits;
// - a p-value: two significant digits, more only when rounding would put it on the other side of alpha
//   (0.0504 is "0.0504" at alpha 0.05, never "0.050", which would read as significant); below 0.0001 it is
//   "< 0.0001".
#include <string>

namespace vitrina::util {

inline constexpr int kMaxDisplayDecimals = 4;
inline constexpr double kSmallestShownP = 1e-4;

/// Decimal place of the last digit shown: d >= 0 keeps d decimals, d < 0 rounds to a multiple of 10^-d.
/// `halfWidth` <= 0 or not finite: three significant digits of `value`. Never more than kMaxDisplayDecimals.
int displayDecimals(double value, double halfWidth);
/// `value` rounded at that place (NaN and infinities unchanged).
double roundToDecimals(double value, int decimals);
/// Plain text of the rounded value with max(decimals, 0) decimals: "352.47", -1 -> "350"; `withSign` adds "+".
std::string fixedText(double value, int decimals, bool withSign = false);

/// Decimals of a p-value (>= kSmallestShownP) by the rule above: two significant digits, up to six when
/// rounding would cross alpha (NaN alpha: no such check).
int pValueDecimals(double p, double alpha);
/// English text of a p-value by the rule above: "0.034", "0.0496", "< 0.0001".
std::string pValueText(double p, double alpha);

} // namespace vitrina::util
