#include "abtest/Run.h"

#include <chrono>
#include <string>

#include "abtest/Parametric.h"
#include "abtest/Replay.h"
#include "models/ParamsJson.h"

namespace vitrina::abtest {
namespace {

/// The value of a core Result inside util::capture (its error or cancellation rethrown, its warnings kept).
template <class T> T unwrap(util::Result<T>&& result, std::vector<util::Message>& warnings) {
    warnings.insert(warnings.end(), result.warnings.begin(), result.warnings.end());
    if (result.cancelled) throw util::Cancelled();
    if (!result) throw util::Error(result.error.value_or(util::makeMessage(util::MessageCode::InternalError, {"no result"})));
    return std::move(*result);
}

} // namespace

util::Result<ExperimentRun> runExperiment(const ExperimentSetup& setup, std::shared_ptr<const data::Dataset> dataset,
                                          const RunOptions& options, const util::Progress& progress) {
    return util::capture<ExperimentRun>([&](std::vector<util::Message>& warnings) {
        requireSetup(setup);
        ExperimentRun run;
        run.setup = setup;
        AnalysisOptions analysis = analysisOptions(setup, options.threads);
        analysis.keepBootstrapDistribution = options.keepBootstrapDistribution;
        util::Progress analysisProgress = progress;
        if (setup.mode == Mode::Parametric) {
            run.data = unwrap(runParametric(parametricOptions(setup)), warnings);
            progress.set(0.3);
            analysisProgress = progress.sub(0.3, 1.0);
        } else {
            if (!dataset)
                util::fail(util::MessageCode::AbNoTestPeriod, {std::to_string(setup.days), "no dataset is open"});
            const ReplayOptions replay = replayOptions(setup, options.threads);
            const ReplaySetup prepared = unwrap(prepareReplay(dataset, replay, progress.sub(0.0, 0.6)), warnings);
            for (const auto& model : prepared.models) run.armModelParameters.push_back(models::toJson(model->parameters().values()));
            run.data = unwrap(runReplay(prepared, replay, progress.sub(0.6, 0.9)), warnings);
            analysisProgress = progress.sub(0.9, 1.0);
        }
        const auto started = std::chrono::steady_clock::now();
        run.analysis = unwrap(analyse(run.data, analysis, analysisProgress), warnings);
        run.analysisSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        return run;
    });
}

} // namespace vitrina::abtest
