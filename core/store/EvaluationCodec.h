#pragma once
// A lossless binary form of an EvaluationReport for the project file ("evaluation" artefacts): every mean,
// interval, segment, comparison and per-list vector, NaN included (the JSON form writes NaN as null and leaves
// some fields out). Message codes travel by their stable dotted name, so a report survives new codes.
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "eval/Evaluator.h"

namespace vitrina::store {

/// 2: the significance matrix's family level, interval level, resamples and both flags (version 1 still reads).
inline constexpr std::uint32_t kEvaluationCodecVersion = 2;

std::vector<std::byte> encodeReport(const eval::EvaluationReport& report);
/// Throws util::Error on a truncated or corrupt blob or another codec version.
eval::EvaluationReport decodeReport(std::span<const std::byte> bytes);

} // namespace vitrina::store
