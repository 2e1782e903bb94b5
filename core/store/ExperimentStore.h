#pragma once
// Saved A/B experiments: project artefacts of kind "abtest", shared by the A/B page and `vitrina-cli abtest
// --save/--list/--reopen`. An experiment's description holds its set-up (abtest/Setup.h JSON, under "setup"),
// its verdict and its mode; its blob holds the result document {"experiment": ..., "analysis": ...}
// (report/AbTestJson.h). Reopening runs the saved set-up again (abtest/Run.h), which gives the saved result for
// the same data and thread count. Each call is one project-file transaction: call it off the GUI thread.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "abtest/Run.h"
#include "abtest/Setup.h"

namespace vitrina::store {

class ProjectFile;

/// The artefact kind of saved experiments.
inline constexpr const char* kExperimentKind = "abtest";

/// A saved experiment as listed (its description only; the result is not read).
struct SavedExperiment {
    std::string name;
    std::int64_t savedMs = 0;
    std::string mode;    ///< "replay" or "parametric"
    std::string verdict; ///< abtest::verdictName of the saved run; empty if not recorded
    std::optional<abtest::ExperimentSetup> setup; ///< empty when the stored set-up cannot be read
};

class ExperimentStore {
public:
    explicit ExperimentStore(ProjectFile& project) : project_(project) {}

    /// Saves `run` under `name`, replacing an experiment of that name. An empty name fails naming "name".
    void save(const std::string& name, const abtest::ExperimentRun& run);
    /// Every saved experiment, by name.
    std::vector<SavedExperiment> list() const;
    /// A saved experiment with its set-up (always present here). Fails with store.experiment_missing
    /// (parameter "name") or store.experiment_unreadable.
    SavedExperiment experiment(const std::string& name) const;
    /// The saved result document ({"experiment", "analysis"}); fails like experiment().
    nlohmann::json result(const std::string& name) const;
    /// Removes a saved experiment (nothing happens when there is none of that name).
    void remove(const std::string& name);

private:
    ProjectFile& project_;
};

} // namespace vitrina::store
