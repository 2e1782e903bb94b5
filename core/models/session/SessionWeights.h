#pragma once
// V-SKNN's weight functions (core/models/README.md, vsknn; session-rec vsknn.py), with our clamping at 0
// where the original code lets `linear` go negative or cuts it at position 10.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>

namespace vitrina::models {

enum class SessionDecay : std::uint8_t { Div, Linear, Quadratic, Log, Same };

inline SessionDecay parseSessionDecay(const std::string& name) {
    if (name == "linear") return SessionDecay::Linear;
    if (name == "quadratic") return SessionDecay::Quadratic;
    if (name == "log") return SessionDecay::Log;
    if (name == "same") return SessionDecay::Same;
    return SessionDecay::Div;
}

/// Weight of click position p (1 = oldest) in a current session of m clicks.
inline double positionWeight(SessionDecay f, std::size_t p, std::size_t m) {
    const double pp = static_cast<double>(p), mm = static_cast<double>(m);
    switch (f) {
    case SessionDecay::Div: return pp / mm;
    case SessionDecay::Linear: return std::max(0.0, 1.0 - 0.1 * (mm - pp));
    case SessionDecay::Quadratic: return (pp / mm) * (pp / mm);
    case SessionDecay::Log: return 1.0 / std::log10(mm - pp + 1.7);
    case SessionDecay::Same: return 1.0;
    }
    return 1.0;
}

/// Decay of a neighbour's contribution whose most recent shared click is `step` clicks from the end (1 = last).
inline double stepDecay(SessionDecay f, std::size_t step) {
    const double s = static_cast<double>(step);
    switch (f) {
    case SessionDecay::Div: return 1.0 / s;
    case SessionDecay::Linear: return std::max(0.0, 1.0 - 0.1 * s);
    case SessionDecay::Quadratic: return 1.0 / (s * s);
    case SessionDecay::Log: return 1.0 / std::log10(s + 1.7);
    case SessionDecay::Same: return 1.0;
    }
    return 1.0;
}

} // namespace vitrina::models
