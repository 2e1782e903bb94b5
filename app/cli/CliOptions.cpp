#include "CliOptions.h"

#include <algorithm>
#include <optional>
#include <sstream>

#include "Cli.h"
#include "models/Catalogue.h"
#include "models/ParamsJson.h"
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

namespace {

/// `m` naming the option of its internal parameter, when `names` knows one.
std::optional<util::Message> namingOption(util::Message m, const std::vector<OptionName>& names) {
    std::string option;
    for (const auto& n : names)
        if (n.internal == m.parameter) option = n.option;
    if (option.empty()) {
        std::string dashed = m.parameter;
        std::replace(dashed.begin(), dashed.end(), '_', '-');
        for (const auto& n : names)
            if (n.option == dashed) option = n.option;
    }
    if (option.empty()) return std::nullopt;
    const std::string typed = optionText(option);
    for (auto& a : m.args)
        if (a == m.parameter) a = typed;
    m.parameter = typed;
    return m;
}

} // namespace

void checkNamingOptions(const std::vector<OptionName>& names, const std::function<void()>& check) {
    try {
        check();
    } catch (const BadInputError& e) {
        auto renamed = namingOption(e.message(), names);
        if (!renamed) throw;
        throw BadInputError(std::move(*renamed));
    } catch (const util::Error& e) {
        auto renamed = namingOption(e.message(), names);
        if (!renamed) throw;
        throw BadInputError(std::move(*renamed));
    }
}

std::map<std::string, models::ParamValues> modelParamsOption(const Args& args) {
    std::map<std::string, models::ParamValues> params;
    for (const auto& p : args.values("param")) {
        const auto dot = p.find('.');
        const auto eq = p.find('=');
        if (dot == std::string::npos || eq == std::string::npos || dot == 0 || eq < dot + 2)
            throw UsageError("option --param must look like model.key=value, got '" + p + "'");
        const std::string model = p.substr(0, dot), key = p.substr(dot + 1, eq - dot - 1), text = p.substr(eq + 1);
        nlohmann::json value = nlohmann::json::parse(text, nullptr, false);
        if (value.is_discarded() || value.is_object() || value.is_array()) value = text;
        params[model].set(key, models::paramValueFromJson(value));
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
        m.parameter = optionText(parameter);
        if (!m.args.empty()) m.args[0] = m.parameter;
        throw BadInputError(std::move(m));
    }
}

} // namespace vitrina::cli
