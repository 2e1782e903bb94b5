// models: the model catalogue as JSON (ids, families, English names and descriptions, parameters with their
// types, defaults, ranges and choices, capabilities; then the re-rankers).
#include "Cli.h"
#include "report/CatalogueJson.h"

namespace vitrina::cli {
namespace {

Outcome runModels(const std::vector<std::string>& argv) {
    const Args args(argv, {}, {});
    args.requirePositionals(0, "models");
    nlohmann::json doc = report::catalogueJson();
    doc["ok"] = true;
    return {doc, Success};
}

} // namespace

std::vector<Command> catalogueCommands() {
    return {{"models", "models (the model catalogue: ids, families, parameters, capabilities)", runModels}};
}

} // namespace vitrina::cli
