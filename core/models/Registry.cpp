#include "models/Registry.h"

#include <functional>

namespace vitrina::models {
namespace {

struct Entry {
    ModelInfo info;
    std::function<std::unique_ptr<Recommender>()> make;
};

// One line per model; keep the CONVENTIONS.md order of ids.
const std::vector<Entry>& entries() {
    static const std::vector<Entry> table = {
    };
    return table;
}

} // namespace

std::vector<ModelInfo> modelCatalog() {
    std::vector<ModelInfo> out;
    for (const auto& e : entries()) out.push_back(e.info);
    return out;
}

std::unique_ptr<Recommender> createModel(const std::string& id) {
    for (const auto& e : entries())
        if (e.info.id == id) return e.make();
    std::string known;
    for (const auto& e : entries()) known += (known.empty() ? "" : ", ") + e.info.id;
    util::failParameter("models", util::MessageCode::ParameterBadChoice, {"models", id, known});
}

} // namespace vitrina::models
