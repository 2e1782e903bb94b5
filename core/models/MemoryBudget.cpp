#include "models/MemoryBudget.h"

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>

#include "models/factorisation/EaseModel.h"
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

std::uint64_t estimatedTrainingBytes(const Recommender& model, const TrainingSet& train) {
    if (const auto* ease = dynamic_cast<const EaseRecommender*>(&model)) {
        const Params& p = ease->parameters();
        const auto n = std::min<std::uint64_t>(static_cast<std::uint64_t>(p.integer("items")), train.popularityOrder().size());
        return EaseRecommender::estimatedMemoryBytes(static_cast<std::size_t>(n), p.choice("precision") == "double",
                                                     train.trainingEvents());
    }
    return 0;
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
    const std::uint64_t needed = estimatedTrainingBytes(model, train);
    if (budget == 0 || needed <= budget) return;
    // EASE is the only model with an estimate: its size is set by `items` (and tripled by double precision).
    const Params& p = model.parameters();
    const auto n = std::min<std::uint64_t>(static_cast<std::uint64_t>(p.integer("items")), train.popularityOrder().size());
    const bool isDouble = p.choice("precision") == "double";
    const std::string what = std::to_string(n) + " x " + std::to_string(n) + " matrix in " + (isDouble ? "double" : "float") +
                             " precision";
    const std::string lower = model.id() + ".items" + (isDouble ? " (or set " + model.id() + ".precision=float)" : "");
    util::failParameter(model.id() + ".items", util::MessageCode::ModelNeedsTooMuchMemory,
                        {model.id(), bytesText(needed), what, bytesText(budget), lower});
}

} // namespace vitrina::models
