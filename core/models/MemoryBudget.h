#pragma once
// The memory a model may take while training, checked before it starts. EASE holds an N x N matrix (N² × 4
// bytes in float, N² × 12 in double): at N = 40,000 in double precision that is about 19 GB followed by an
// hours-long inversion, so a fit whose estimate exceeds what the machine can spare is refused up front with a
// message naming the parameter to lower. The GUI's model picker shows the same estimate; the evaluator, the
// A/B replay, the CLI and every other fit path share this check (it runs at the start of EASE's fit too).
#include <cstdint>
#include <optional>
#include <string>

#include "models/Catalogue.h"
#include "models/Recommender.h"
#include "models/TrainingSet.h"

namespace vitrina::models {

/// The catalogue's dense-memory estimate (ModelEntry::denseMemory) of `model` with its parameters on `train`;
/// none for models whose training memory is small next to the dataset's (everything but EASE today).
std::optional<DenseMemory> denseTrainingMemory(const Recommender& model, const TrainingSet& train);
/// Its bytes, 0 without an estimate.
std::uint64_t estimatedTrainingBytes(const Recommender& model, const TrainingSet& train);

/// What training may take: the environment variable VITRINA_MEMORY_LIMIT_MB when set (a whole number of MB),
/// otherwise the memory the system reports available (Linux MemAvailable), at most three quarters of the
/// physical memory; 0 when neither is known (no check).
std::uint64_t trainingMemoryBudget();

/// "19.2 GB", "640 MB".
std::string bytesText(std::uint64_t bytes);

/// Fails with ModelNeedsTooMuchMemory (naming the model's size parameter, e.g. "ease.items") when the
/// estimate exceeds `budget` (0 = no limit).
void requireTrainingMemory(const Recommender& model, const TrainingSet& train, std::uint64_t budget = trainingMemoryBudget());

} // namespace vitrina::models
