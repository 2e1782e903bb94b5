#pragma once
// Special floating-point values named once for the whole core (a file-local copy in each source would clash in
// unity builds and says nothing new).
#include <limits>

namespace vitrina {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
inline constexpr double kInfinity = std::numeric_limits<double>::infinity();
/// The score of an item that must not be recommended (seen, excluded, unknown): below every real score.
inline constexpr float kExcluded = -std::numeric_limits<float>::infinity();

} // namespace vitrina
