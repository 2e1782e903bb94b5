#pragma once
// Input checks shared by the metric and statistics functions: each failure names the offending parameter
// (util::failParameter) so that the CLI and the GUI can point at it.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

namespace vitrina::stats {

/// alpha (or any error rate) must lie strictly inside (0, 1).
void requireOpenUnit(const std::string& name, double value);
/// A probability or rate in [0, 1].
void requireProbability(const std::string& name, double value);
/// A finite number.
void requireFinite(const std::string& name, double value);
/// Every value finite (the message gives the first bad position).
void requireFinite(const std::string& name, std::span<const double> values);
void requireFinite(const std::string& name, std::span<const float> values);
/// At least `minimum` values.
void requireAtLeast(const std::string& name, std::size_t count, std::size_t minimum);
/// Equal lengths of two paired inputs.
void requireSameLength(const std::string& nameA, std::size_t sizeA, const std::string& nameB, std::size_t sizeB);
/// A count that must not be negative.
void requireNonNegative(const std::string& name, std::int64_t value);
/// A strictly positive finite number (variances of a plan, tau^2, ...).
void requirePositive(const std::string& name, double value);
/// part <= whole, both non-negative (conversions <= visitors).
void requireCountWithin(const std::string& partName, std::int64_t part, const std::string& wholeName,
                        std::int64_t whole);

/// Shortest text that reads back as the same double (for messages).
std::string numberText(double value);

} // namespace vitrina::stats
