#pragma once
// Running an experiment's set-up (abtest/Setup.h): the replay on a dataset (training every arm, then the test
// days) or the parametric simulation, then the analysis. The A/B page runs it in a job, `vitrina-cli abtest`
// in the foreground; both save the run with store::ExperimentStore and reopen a saved one by running its
// set-up again. Deterministic for the set-up (seeds) and the thread count.
#include <memory>
#include <vector>

#include <nlohmann/json.hpp>

#include "abtest/Analysis.h"
#include "abtest/Experiment.h"
#include "abtest/Setup.h"
#include "data/Dataset.h"
#include "util/Parallel.h"
#include "util/Progress.h"
#include "util/Result.h"

namespace vitrina::abtest {

struct RunOptions {
    int threads = util::defaultThreadCount();
    bool keepBootstrapDistribution = false; ///< keep the resampled values (the A/B page plots them)
};

/// One run of a set-up: what was simulated and its analysis.
struct ExperimentRun {
    ExperimentSetup setup;
    ExperimentData data;
    Analysis analysis;
    std::vector<nlohmann::json> armModelParameters; ///< replay: each arm's parameters as fitted (defaults filled in)
    double analysisSeconds = 0.0;
};

/// Checks the set-up (requireSetup), then simulates and analyses. A replay needs `dataset`; the parametric
/// mode ignores it. Errors name the parameter.
util::Result<ExperimentRun> runExperiment(const ExperimentSetup& setup, std::shared_ptr<const data::Dataset> dataset,
                                          const RunOptions& options, const util::Progress& progress = {});

} // namespace vitrina::abtest
