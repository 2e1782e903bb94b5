#pragma once
// `vitrina-cli abtest`: running a set-up on a project and the saved experiments of the project (the same
// store::ExperimentStore the A/B page uses): --save NAME after a run, --list, --reopen NAME.
#include <optional>
#include <string>
#include <vector>

#include "Cli.h"
#include "CliOptions.h"
#include "abtest/Run.h"
#include "abtest/Setup.h"

namespace vitrina::cli {

/// Runs `setup` on the project's dataset and prints the result; with `saveName` also saves the run under it.
/// A core error naming a parameter in `optionNames` names the option the user typed.
Outcome runAndSave(const std::string& project, const abtest::ExperimentSetup& setup, const abtest::RunOptions& run,
                   const std::optional<std::string>& saveName, const std::vector<OptionName>& optionNames);
/// The saved experiments of the project: name, time, mode, verdict and set-up.
Outcome listExperiments(const std::string& project);
/// Runs a saved experiment's set-up again and prints the result like a run; an unknown name is bad input
/// naming it (parameter "--reopen").
Outcome reopenExperiment(const std::string& project, const std::string& name, const abtest::RunOptions& run);

} // namespace vitrina::cli
