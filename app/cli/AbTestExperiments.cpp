#include "AbTestExperiments.h"

#include <memory>

#include "abtest/Assignment.h"
#include "report/AbTestJson.h"
#include "store/ExperimentStore.h"
#include "store/ProjectFile.h"

namespace vitrina::cli {
namespace {

std::shared_ptr<store::ProjectFile> openProject(const std::string& path) {
    return unwrap(store::ProjectFile::open(path, store::OpenMode::OpenExisting));
}

/// The run's settings as `abtest` (replay) and `abtest-parametric` print them, plus the decision rule.
nlohmann::json settingsJson(const abtest::ExperimentRun& run, int threads) {
    const abtest::ExperimentSetup& s = run.setup;
    const std::size_t armCount = abtest::armCount(s);
    const std::string split = abtest::splitText(s.split.empty() ? abtest::equalSplit(armCount) : s.split);
    if (s.mode == abtest::Mode::Parametric)
        return {{"rates", abtest::parametricOptions(s).rates},
                {"split", split},
                {"visitors", s.visitors},
                {"days", s.days},
                {"seed", s.seed},
                {"threads", threads},
                {"rule", std::string(abtest::decisionRuleName(s.rule))}};
    const abtest::ReplayOptions replay = abtest::replayOptions(s, threads);
    const auto names = abtest::armNames(replay.arms);
    nlohmann::json arms = nlohmann::json::array();
    for (std::size_t a = 0; a < replay.arms.size(); ++a)
        arms.push_back({{"name", names[a]},
                        {"model", replay.arms[a].model},
                        {"params", a < run.armModelParameters.size() ? run.armModelParameters[a] : replay.arms[a].params}});
    return {{"arms", arms},
            {"split", split},
            {"seed", s.seed},
            {"model_seed", s.modelSeed},
            {"days", s.days},
            {"list_length", s.listLength},
            {"click_model", {{"kind", abtest::clickModelName(s.clickModel.kind)}, {"decay", s.clickModel.decay}}},
            {"horizon_hours", s.horizonHours},
            {"session_gap_minutes", s.sessionGapMinutes},
            {"threads", threads},
            {"bootstrap_resamples", s.bootstrapResamples},
            {"rule", std::string(abtest::decisionRuleName(s.rule))}};
}

/// The document of a run: settings, the set-up as stored, the simulated experiment and its analysis.
nlohmann::json runDocument(const std::string& project, const abtest::ExperimentRun& run, int threads) {
    return {{"ok", true},
            {"command", "abtest"},
            {"project", project},
            {"settings", settingsJson(run, threads)},
            {"setup", abtest::setupToJson(run.setup)},
            {"experiment", report::experimentJson(run.data)},
            {"analysis", report::toJson(run.analysis, run.data)},
            {"seconds", {{"training", run.data.trainingSeconds}, {"replay", run.data.seconds}, {"analysis", run.analysisSeconds}}}};
}

abtest::ExperimentRun runOn(const std::shared_ptr<store::ProjectFile>& project, const abtest::ExperimentSetup& setup,
                            const abtest::RunOptions& options) {
    std::shared_ptr<const data::Dataset> dataset;
    if (setup.mode == abtest::Mode::Replay)
        dataset = std::make_shared<const data::Dataset>(project->loadDataset(stderrProgress("open")));
    return unwrap(abtest::runExperiment(setup, dataset, options, stderrProgress("abtest")));
}

} // namespace

Outcome runAndSave(const std::string& path, const abtest::ExperimentSetup& setup, const abtest::RunOptions& options,
                   const std::optional<std::string>& saveName, const std::vector<OptionName>& optionNames) {
    if (saveName && saveName->empty())
        badParameter(util::MessageCode::StoreBadName, {store::kExperimentKind, ""}, "--save");
    const auto project = openProject(path);
    abtest::ExperimentRun run;
    checkNamingOptions(optionNames, [&] { run = runOn(project, setup, options); });
    nlohmann::json doc = runDocument(path, run, options.threads);
    if (saveName) {
        store::ExperimentStore(*project).save(*saveName, run);
        doc["saved"] = *saveName;
    }
    return {doc, Success};
}

Outcome listExperiments(const std::string& path) {
    const auto project = openProject(path);
    nlohmann::json list = nlohmann::json::array();
    for (const store::SavedExperiment& saved : store::ExperimentStore(*project).list())
        list.push_back({{"name", saved.name},
                        {"saved_ms", saved.savedMs},
                        {"mode", saved.mode},
                        {"verdict", saved.verdict},
                        {"setup", saved.setup ? abtest::setupToJson(*saved.setup) : nlohmann::json(nullptr)}});
    return {{{"ok", true}, {"command", "abtest"}, {"project", path}, {"experiments", list}}, Success};
}

Outcome reopenExperiment(const std::string& path, const std::string& name, const abtest::RunOptions& options) {
    const auto project = openProject(path);
    store::SavedExperiment saved;
    try {
        saved = store::ExperimentStore(*project).experiment(name);
    } catch (const util::Error& e) {
        util::Message m = e.message();
        m.parameter = "--reopen"; // the option the user typed
        throw BadInputError(std::move(m));
    }
    const abtest::ExperimentRun run = runOn(project, *saved.setup, options);
    nlohmann::json doc = runDocument(path, run, options.threads);
    doc["reopened"] = {{"name", name}, {"saved_ms", saved.savedMs}, {"saved_verdict", saved.verdict}};
    return {doc, Success};
}

} // namespace vitrina::cli
