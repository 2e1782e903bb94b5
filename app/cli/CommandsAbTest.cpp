// abtest (replay on a project), abtest-parametric (known rates, one experiment or a calibration study), power.
#include <algorithm>
#include <cmath>
#include <memory>

#include "Cli.h"
#include "CliOptions.h"
#include "abtest/Analysis.h"
#include "abtest/Assignment.h"
#include "abtest/Parametric.h"
#include "abtest/Replay.h"
#include "abtest/Run.h"
#include "abtest/Setup.h"
#include "AbTestExperiments.h"
#include "report/AbTestJson.h"
#include "report/Json.h"
#include "stats/Checks.h"
#include "stats/Power.h"
#include "store/ProjectFile.h"
#include "util/Parallel.h"
#include "util/SystemInfo.h"

namespace vitrina::cli {
namespace {

/// Upper bounds of the size options (documented in the README's command table).
constexpr long long kMaxVisitors = 1'000'000'000;      // abtest-parametric --visitors: total over arms and days
constexpr long long kMaxExperiments = 10'000'000;      // abtest-parametric --experiments
constexpr long long kMaxBootstrap = 1'000'000;         // --bootstrap resamples
constexpr double kMaxPlannedVisitors = 1e12;           // --planned-visitors per arm (a plan, never allocated)

/// Core checks that name a parameter differently from the option a user typed.
const std::vector<OptionName> kAbTestOptionNames{{"list_length", "list-length"}, {"click_decay", "click-decay"},
                                                 {"horizon", "horizon-hours"}, {"gap", "gap-minutes"},
                                                 {"planned_rate", "planned-rate"}, {"planned_visitors", "planned-visitors"},
                                                 {"rates", "baseline"}, {"split", "split"}, {"arms", "arms"},
                                                 {"days", "days"}, {"visitors", "visitors"}, {"metric", "metric"},
                                                 {"alpha", "alpha"}, {"power", "power"}, {"tau2", "tau2"},
                                                 {"click_model", "click-model"}, {"experiments", "experiments"},
                                                 {"rule", "rule"}, {"model_seed", "model-seed"}};

std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> out;
    std::size_t begin = 0;
    for (;;) {
        const std::size_t comma = text.find(',', begin);
        out.push_back(text.substr(begin, comma == std::string::npos ? std::string::npos : comma - begin));
        if (comma == std::string::npos) break;
        begin = comma + 1;
    }
    return out;
}

/// --param <arm or model>.<key>=<value>: an arm's name ("als#2") wins over its model id ("als").
void applyParams(const Args& args, std::vector<abtest::ArmSpec>& arms) {
    const auto names = abtest::armNames(arms);
    std::vector<std::pair<std::string, std::string>> given; // (target.key, value)
    for (const auto& p : args.values("param")) {
        const std::size_t eq = p.find('='), dot = p.find('.');
        if (eq == std::string::npos || dot == std::string::npos || dot > eq)
            throw UsageError("option --param must look like model.key=value, got '" + p + "'");
        given.emplace_back(p.substr(0, eq), p.substr(eq + 1));
    }
    // Model-wide settings first, then arm-specific ones ("als#2.factors") on top.
    for (int pass = 0; pass < 2; ++pass)
        for (const auto& [target, value] : given) {
            const std::string who = target.substr(0, target.find('.')), key = target.substr(target.find('.') + 1);
            const bool isModel = std::any_of(arms.begin(), arms.end(), [&](const abtest::ArmSpec& a) { return a.model == who; });
            const bool isName = std::find(names.begin(), names.end(), who) != names.end();
            if (!isModel && !isName) badParameter(util::MessageCode::ParameterUnknown, {target}, "--param");
            for (std::size_t a = 0; a < arms.size(); ++a)
                if ((pass == 0 && isModel && arms[a].model == who) || (pass == 1 && !isModel && names[a] == who))
                    arms[a].params[key] = value;
        }
}

abtest::AnalysisOptions analysisOptions(const Args& args, int threads) {
    abtest::AnalysisOptions o;
    checkNamingOptions(kAbTestOptionNames, [&] { o.metric = abtest::parseMetric(args.valueOr("metric", "conversion")); });
    o.alpha = args.realInRange("alpha", 0.05, {0.0, 1.0, true, true});
    o.power = args.realInRange("power", 0.8, {0.0, 1.0, true, true});
    o.bootstrapResamples = static_cast<std::uint32_t>(args.intInRange("bootstrap", 2000, 0, kMaxBootstrap));
    o.keepBootstrapDistribution = args.flag("distributions");
    o.seed = args.seed("seed");
    o.tau2 = args.realInRange("tau2", 0.0, {0.0, 1e12});
    o.plannedRate = args.realInRange("planned-rate", 0.0, {0.0, 1.0, false, true});
    o.plannedVisitorsPerArm = args.realInRange("planned-visitors", 0.0, {0.0, kMaxPlannedVisitors});
    o.threads = threads;
    return o;
}

const std::vector<std::string> kAnalysisOptions{"metric", "alpha", "power", "bootstrap", "tau2", "planned-rate",
                                                "planned-visitors", "seed", "threads", "split", "days"};
/// The options of `abtest` that make up a replay set-up (with --list and --reopen the set-up is the saved one).
const std::vector<std::string> kReplaySetupOptions{"arms", "model-seed", "list-length", "click-model", "click-decay",
                                                   "horizon-hours", "gap-minutes", "param", "rule", "metric", "alpha",
                                                   "power", "bootstrap", "tau2", "planned-rate", "planned-visitors",
                                                   "seed", "split", "days"};

/// The replay set-up the options describe, checked before the (slow) project load: unknown arms, a bad split
/// or bad model parameters fail fast, naming the option.
abtest::ExperimentSetup replaySetup(const Args& args) {
    if (!args.value("arms")) throw UsageError("option --arms is required (control first), e.g. --arms als,popular");
    std::vector<abtest::ArmSpec> arms;
    for (const auto& id : splitList(*args.value("arms"))) arms.push_back({id, nlohmann::json::object(), ""});
    if (args.flag("aa")) arms.assign(2, arms.front());
    applyParams(args, arms);
    abtest::ExperimentSetup s;
    s.mode = abtest::Mode::Replay;
    // A/A with the same parameters in both arms is stored as such (the A/B page shows it ticked); an arm given
    // its own parameters ("als#2.factors") makes two arms of one model.
    s.aa = args.flag("aa") && arms[0].params == arms[1].params;
    if (s.aa) arms.resize(1);
    s.arms.clear(); // not the default arms
    for (const auto& arm : arms) {
        s.arms.push_back(arm.model);
        s.armParams.push_back(arm.params);
    }
    s.seed = args.seed("seed");
    s.modelSeed = args.seed("model-seed");
    s.days = static_cast<int>(args.intInRange("days", 14, 1, 366));
    s.listLength = static_cast<int>(args.intInRange("list-length", 10, 1, 100));
    s.clickModel.decay = args.realInRange("click-decay", 0.8, {0.0, 1.0, true, false});
    s.horizonHours = args.realInRange("horizon-hours", 24.0, {0.0, 8784.0, true, false});
    s.sessionGapMinutes = static_cast<int>(args.intInRange("gap-minutes", 30, 1, 7 * 24 * 60));
    const abtest::AnalysisOptions analysis = analysisOptions(args, 1);
    s.metric = analysis.metric;
    s.alpha = analysis.alpha;
    s.power = analysis.power;
    s.bootstrapResamples = analysis.bootstrapResamples;
    s.tau2 = analysis.tau2;
    s.plannedRate = analysis.plannedRate;
    s.plannedVisitorsPerArm = analysis.plannedVisitorsPerArm;
    checkNamingOptions(kAbTestOptionNames, [&] {
        if (const auto split = args.value("split")) s.split = abtest::parseSplit(*split, abtest::armCount(s));
        s.clickModel.kind = abtest::parseClickModel(args.valueOr("click-model", "geometric"));
        s.rule = abtest::parseDecisionRule(args.valueOr("rule", "fixed-horizon"));
        abtest::requireSetup(s);
    });
    return s;
}

Outcome runAbTest(const std::vector<std::string>& argv) {
    auto valued = kReplaySetupOptions;
    valued.insert(valued.end(), {"threads", "save", "reopen"});
    const Args args(argv, valued, {"aa", "distributions", "list"});
    args.requirePositionals(1, "abtest <project.vitrina> --arms als,popular [--days 14 --split 50/50 --seed N ... "
                               "--save NAME] | --list | --reopen NAME");
    const std::string project = args.positionals()[0];
    const int threads = threadsOption(args);
    const abtest::RunOptions run{threads, args.flag("distributions")};
    if (args.flag("list") || args.value("reopen")) {
        const std::string mode = args.flag("list") ? "--list" : "--reopen";
        for (const auto& name : kReplaySetupOptions)
            if (args.value(name)) throw UsageError("option " + mode + " takes the saved set-up; --" + name + " cannot be added");
        if (args.flag("aa")) throw UsageError("option " + mode + " takes the saved set-up; --aa cannot be added");
        if (args.value("save") || (args.flag("list") && args.value("reopen")))
            throw UsageError("use one of --list, --reopen NAME and --save NAME");
        return args.flag("list") ? listExperiments(project) : reopenExperiment(project, *args.value("reopen"), run);
    }
    return runAndSave(project, replaySetup(args), run, args.value("save"), kAbTestOptionNames);
}

Outcome runParametricCommand(const std::vector<std::string>& argv) {
    auto valued = kAnalysisOptions;
    valued.insert(valued.end(), {"baseline", "lift", "arms", "visitors", "experiments"});
    const Args args(argv, valued, {"distributions"});
    if (!args.positionals().empty())
        throw UsageError("usage: abtest-parametric --baseline 0.05 --lift 0.1 [--arms 2 --visitors 20000 --days 14 "
                         "--split 50/50 --seed N --experiments 1]");
    const int threads = threadsOption(args);
    const long long arms = args.intInRange("arms", 2, 2, 26);
    abtest::ParametricOptions p;
    const double baseline = args.realInRange("baseline", 0.05, {0.0, 1.0, true, true});
    const double lift = args.realInRange("lift", 0.0, {-1.0, 1000.0, true, false});
    const double treated = baseline * (1.0 + lift);
    if (!(treated > 0.0 && treated < 1.0)) {
        std::string range("a treatment rate --baseline x (1 + --lift) in (0, 1), got ");
        range.append(stats::numberText(treated));
        badParameter(util::MessageCode::ParameterOutOfRange, {"--lift", stats::numberText(lift), range}, "--lift");
    }
    p.rates = abtest::plantedRates(baseline, lift, static_cast<std::size_t>(arms));
    p.visitors = args.intInRange("visitors", 20000, 2 * arms, kMaxVisitors);
    p.days = static_cast<int>(args.intInRange("days", 14, 1, 366));
    p.seed = args.seed("seed");
    checkNamingOptions(kAbTestOptionNames, [&] {
        if (const auto split = args.value("split")) p.split = abtest::parseSplit(*split, p.rates.size());
        abtest::requireParametricOptions(p);
    });
    const auto ao = analysisOptions(args, threads);
    const long long experiments = args.intInRange("experiments", 1, 1, kMaxExperiments);
    nlohmann::json settings{{"rates", p.rates},
                            {"split", abtest::splitText(p.split.empty() ? abtest::equalSplit(p.rates.size()) : p.split)},
                            {"visitors", p.visitors},
                            {"days", p.days},
                            {"seed", p.seed},
                            {"threads", threads}};
    if (experiments > 1) {
        abtest::StudyOptions s;
        s.experiment = p;
        s.experiments = static_cast<std::uint32_t>(experiments);
        s.analysis = ao;
        s.threads = threads;
        abtest::StudyResult study;
        checkNamingOptions(kAbTestOptionNames, [&] { study = unwrap(abtest::runParametricStudy(s, stderrProgress("study"))); });
        return {{{"ok", true}, {"command", "abtest-parametric"}, {"settings", settings}, {"study", report::toJson(study)}},
                Success};
    }
    abtest::AnalysisOptions single = ao;
    if (single.plannedRate <= 0.0) single.plannedRate = p.rates[0];
    if (single.plannedVisitorsPerArm <= 0.0)
        single.plannedVisitorsPerArm = static_cast<double>(p.visitors) / static_cast<double>(p.rates.size());
    const auto data = unwrap(abtest::runParametric(p));
    abtest::Analysis analysis;
    checkNamingOptions(kAbTestOptionNames, [&] { analysis = unwrap(abtest::analyse(data, single, stderrProgress("analysis"))); });
    return {{{"ok", true},
             {"command", "abtest-parametric"},
             {"settings", settings},
             {"experiment", report::experimentJson(data)},
             {"analysis", report::toJson(analysis, data)}},
            Success};
}

Outcome runPower(const std::vector<std::string>& argv) {
    const RealRange kPowerVisitors{2.0, 1e12}; // visitors per arm of a plan (a formula's input, never allocated)
    const Args args(argv, {"baseline", "mde", "alpha", "power", "visitors"}, {"absolute"});
    if (!args.positionals().empty() || !args.value("baseline") || (!args.value("mde") && !args.value("visitors")))
        throw UsageError("usage: power --baseline 0.05 --mde 0.1 [--alpha 0.05 --power 0.8] [--absolute] "
                         "[--visitors N per arm]");
    const RealRange unit{0.0, 1.0, true, true};
    const double baseline = args.realInRange("baseline", 0.05, unit), alpha = args.realInRange("alpha", 0.05, unit);
    const double power = args.realInRange("power", 0.8, unit);
    nlohmann::json doc{{"ok", true}, {"command", "power"}, {"baseline", baseline}, {"alpha", alpha}, {"power", power},
                       {"sides", 2}, {"method", "Fleiss (pooled null, unpooled alternative, no continuity correction)"}};
    if (args.value("mde")) {
        const double mde = args.realInRange("mde", 0.1, {-1000.0, 1000.0});
        const double treatment = args.flag("absolute") ? baseline + mde : baseline * (1.0 + mde);
        if (mde == 0.0 || !(treatment > 0.0 && treatment < 1.0))
            badParameter(util::MessageCode::StatsNoEffect, {"--mde", stats::numberText(mde)}, "--mde");
        doc["mde"] = {{"value", mde}, {"kind", args.flag("absolute") ? "absolute" : "relative"}};
        doc["treatment_rate"] = treatment;
        doc["sample_size"] = report::toJson(stats::sampleSizePerArm(baseline, treatment, alpha, power));
        if (args.value("visitors"))
            doc["power_at_visitors"] = stats::powerForSampleSize(baseline, treatment, args.realInRange("visitors", 0, kPowerVisitors), alpha);
    }
    if (args.value("visitors")) {
        const double n = args.realInRange("visitors", 0, kPowerVisitors);
        const double delta = stats::minimumDetectableEffect(baseline, n, alpha, power);
        doc["visitors_per_arm"] = n;
        doc["minimum_detectable_effect"] = {{"absolute", std::isfinite(delta) ? nlohmann::json(delta) : nlohmann::json(nullptr)},
                                            {"relative", std::isfinite(delta) ? nlohmann::json(delta / baseline) : nlohmann::json(nullptr)}};
    }
    return {doc, Success};
}

} // namespace

std::vector<Command> abtestCommands() {
    return {
        {"abtest", "abtest <project.vitrina> --arms als,popular [--days 14 --split 50/50 --seed N --metric conversion|addtocart|ctr|revenue "
                   "--alpha 0.05 --power 0.8 --aa --param als.factors=32 --list-length 10 --click-model geometric "
                   "--click-decay 0.8 --horizon-hours 24 --bootstrap 2000 --rule fixed-horizon|sequential|bayesian "
                   "--threads N --save NAME]; abtest <project.vitrina> --list; abtest <project.vitrina> --reopen NAME [--threads N]",
         runAbTest},
        {"abtest-parametric", "abtest-parametric --baseline 0.05 --lift 0.1 [--arms 2 --visitors 20000 --days 14 --split 50/50 "
                              "--seed N --experiments 1 --alpha 0.05]",
         runParametricCommand},
        {"power", "power --baseline 0.05 --mde 0.1 [--alpha 0.05 --power 0.8] [--absolute] [--visitors N]", runPower},
    };
}

} // namespace vitrina::cli
