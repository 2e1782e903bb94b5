#pragma once
// Options, errors and loading that several vitrina-cli commands share (one definition each).
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "Args.h"
#include "data/Dataset.h"
#include "models/Params.h"
#include "models/Recommender.h"
#include "util/Message.h"

namespace vitrina::cli {

/// --threads: 1 to 256, default cores - 1; out of range is bad input naming the option.
int threadsOption(const Args& args);

/// Exit code 2 with a message naming the parameter (moved in: GCC 12 reports a false -Wrestrict on short literals).
[[noreturn]] void badParameter(util::MessageCode code, std::vector<std::string> args, std::string parameter);

/// A core check may name a parameter by its internal name ("rates", "p2", "list_length"); the user typed an
/// option. `internal` -> `option` (without the dashes).
struct OptionName {
    std::string internal;
    std::string option;
};

/// Runs `check` (core validation of options already parsed). A util::Error naming an internal parameter in
/// `names`, or one spelled like a given option with '_' for '-', becomes bad input naming "--option".
void checkNamingOptions(const std::vector<OptionName>& names, const std::function<void()>& check);

/// --param model.key=value (repeatable), grouped by model; values are JSON when they parse (64, 0.5, true),
/// else strings.
std::map<std::string, models::ParamValues> modelParamsOption(const Args& args);

/// "a,b,,c" -> {"a", "b", "c"}.
std::vector<std::string> splitCommas(const std::string& text);

/// The dataset of a project file (progress on stderr).
std::shared_ptr<const data::Dataset> loadProject(const std::string& path);

/// A fresh model; an unknown id is bad input naming the option `parameter` ("model" or "models").
std::unique_ptr<models::Recommender> modelNamed(const std::string& id, const std::string& parameter);

} // namespace vitrina::cli
