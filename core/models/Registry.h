#pragma once
// Every model the lab knows, by stable id. New models plug in by adding one entry in Registry.cpp.
#include <memory>
#include <string>
#include <vector>

#include "models/Recommender.h"

namespace vitrina::models {

struct ModelInfo {
    std::string id;          ///< "als"
    std::string family;      ///< "baseline", "neighbourhood", "factorisation", "session", "hybrid", "neural"
    std::string englishName; ///< "ALS (implicit feedback)"; the GUI translates by id
    bool denseMemoryHeavy = false; ///< the GUI states the memory before training (EASE)
};

std::vector<ModelInfo> modelCatalog();
/// A fresh, untrained model with default parameters. Unknown id → util::Error naming the parameter "models".
std::unique_ptr<Recommender> createModel(const std::string& id);

} // namespace vitrina::models
