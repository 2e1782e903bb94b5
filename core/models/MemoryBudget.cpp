#include "models/MemoryBudget.h"

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>

#include "models/Catalogue.h"
#include "util/Message.h"

#if defined(__unix__) || defined(__APPLE__)
#include <unistd.h>
#endif

namespace vitrina::models {
namespace {

std::uint64_t physicalMemoryBytes() {
#if defined(_SC_PHYS_PAGES) && defined(_SC_PAGESIZE)
    const long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGESIZE);
    if (pages > 0 && page > 0) return static_cast<std::uint64_t>(pages) * static_cast<std::uint64_t>(page);
#endif
    return 0;
}

/// Linux's estimate of the memory that new allocations can get without swapping (0 elsewhere).
std::uint64_t availableMemoryBytes() {
    std::ifstream in("/proc/meminfo");
    std::string key;
    std::uint64_t kilobytes = 0;
    std::string unit;
    while (in >> key >> kilobytes >> unit)
        if (key == "MemAvailable:") return kilobytes * 1024;
    return 0;
}

} // namespace

std::optional<DenseMemory> denseTrainingMemory(const Recommender& model, const TrainingSet& train) {
    const ModelEntry* entry = baseModel(model.id());
    if (!entry || !entry->denseMemory) return std::nullopt;
    // EASE models the most popular candidates: the popularity order holds every candidate once.
    return entry->denseMemory(model.parameters(), {train.popularityOrder().size(), train.trainingEvents()});
}

std::uint64_t estimatedTrainingBytes(const Recommender& model, const TrainingSet& train) {
    const auto memory = denseTrainingMemory(model, train);
    return memory ? memory->bytes : 0;
}

std::uint64_t trainingMemoryBudget() {
    if (const char* limit = std::getenv("VITRINA_MEMORY_LIMIT_MB"); limit && *limit) {
        std::uint64_t mb = 0;
        const char* end = limit + std::strlen(limit);
        const auto [ptr, ec] = std::from_chars(limit, end, mb);
        if (ec == std::errc() && ptr == end && mb < (std::uint64_t{1} << 43)) return mb << 20;
    }
    const std::uint64_t physical = physicalMemoryBytes();
    const std::uint64_t available = availableMemoryBytes();
    const std::uint64_t cap = physical / 4 * 3;
    if (available > 0 && cap > 0) return std::min(available, cap);
    return available > 0 ? available : cap;
}

std::string bytesText(std::uint64_t bytes) {
    char text[32];
    const double b = static_cast<double>(bytes);
    if (b >= 1e9) std::snprintf(text, sizeof text, "%.1f GB", b / 1e9);
    else std::snprintf(text, sizeof text, "%.0f MB", b / 1e6);
    return text;
}

void requireTrainingMemory(const Recommender& model, const TrainingSet& train, std::uint64_t budget) {
    const auto memory = denseTrainingMemory(model, train);
    if (!memory || budget == 0 || memory->bytes <= budget) return;
    const std::string side = std::to_string(memory->side);
    const std::string what = side + " x " + side + " matrix in " + (memory->bytesPerCell > 4 ? "double" : "float") +
                             " precision";
    const std::string parameter = model.id() + "." + std::string(memory->sizeParameter);
    const std::string lower =
        parameter + (memory->cheaperSetting.empty() ? "" : " (or set " + model.id() + "." + std::string(memory->cheaperSetting) + ")");
    util::failParameter(parameter, util::MessageCode::ModelNeedsTooMuchMemory,
                        {model.id(), bytesText(memory->bytes), what, bytesText(budget), lower});
}

} // namespace vitrina::models
