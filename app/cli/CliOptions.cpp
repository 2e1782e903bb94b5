#include "CliOptions.h"

#include <sstream>

#include "Cli.h"
#include "models/Registry.h"
#include "store/ProjectFile.h"
#include "util/Parallel.h"

namespace vitrina::cli {

int threadsOption(const Args& args) {
    return static_cast<int>(args.intInRange("threads", util::defaultThreadCount(), 1, 256));
}

void badParameter(util::MessageCode code, std::vector<std::string> args, std::string parameter) {
    util::Message message = util::makeMessage(code, std::move(args));
    message.parameter = std::move(parameter);
    throw BadInputError(std::move(message));
}

std::map<std::string, nlohmann::json> modelParamsOption(const Args& args) {
    std::map<std::string, nlohmann::json> params;
    for (const auto& p : args.values("param")) {
        const auto dot = p.find('.');
        const auto eq = p.find('=');
        if (dot == std::string::npos || eq == std::string::npos || dot == 0 || eq < dot + 2)
            throw UsageError("option --param must look like model.key=value, got '" + p + "'");
        const std::string model = p.substr(0, dot), key = p.substr(dot + 1, eq - dot - 1), text = p.substr(eq + 1);
        nlohmann::json value = nlohmann::json::parse(text, nullptr, false);
        if (value.is_discarded() || value.is_object() || value.is_array()) value = text;
        auto& object = params[model];
        if (object.is_null()) object = nlohmann::json::object();
        object[key] = value;
    }
    return params;
}

std::vector<std::string> splitCommas(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream in(text);
    for (std::string part; std::getline(in, part, ',');)
        if (!part.empty()) out.push_back(part);
    return out;
}

std::shared_ptr<const data::Dataset> loadProject(const std::string& path) {
    return std::make_shared<const data::Dataset>(unwrap(store::loadDatasetFrom(path, stderrProgress("open"))));
}

std::unique_ptr<models::Recommender> modelNamed(const std::string& id, const std::string& parameter) {
    try {
        return models::createModel(id);
    } catch (const util::Error& e) {
        util::Message m = e.message();
        m.parameter = parameter;
        if (!m.args.empty()) m.args[0] = parameter;
        throw BadInputError(std::move(m));
    }
}

} // namespace vitrina::cli
