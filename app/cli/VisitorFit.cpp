#include "VisitorFit.h"

#include <algorithm>
#include <ctime>

#include "Cli.h"
#include "CliOptions.h"
#include "data/CsvValues.h"
#include "data/Sessions.h"
#include "util/SystemInfo.h"

namespace vitrina::cli {

VisitorFit fitForVisitor(const Args& args) {
    if (!args.value("visitor") || !args.value("model")) throw UsageError("options --visitor and --model are required");
    VisitorFit f;
    f.k = args.intInRange("k", 10, 1, 1000);
    f.rawVisitor = args.intInRange("visitor", 0, 0, 999'999'999'999'999'999); // ids have at most 18 digits
    const std::uint64_t seed = args.seed("seed");
    f.modelId = *args.value("model");
    f.model = modelNamed(f.modelId, "model");
    const auto params = modelParamsOption(args);
    for (const auto& [name, value] : params)
        if (name != f.modelId) badParameter(util::MessageCode::EvalParamForUnknownModel, {"--param", name, f.modelId}, "--param");
    f.model->setParameters(params.count(f.modelId) ? params.at(f.modelId) : models::ParamValues{});
    const int threads = threadsOption(args);

    f.dataset = loadProject(args.positionals()[0]);
    const auto visitor = f.dataset->visitors.find(f.rawVisitor);
    if (!visitor) badParameter(util::MessageCode::EvalVisitorUnknown, {std::to_string(f.rawVisitor)}, "--visitor");
    f.visitor = *visitor;
    const auto& log = f.dataset->events;
    const std::uint64_t begin = log.begin(f.visitor), end = log.end(f.visitor);
    f.at = args.intInRange("at", log.timestamp[end - 1] + 1, 0, data::kMaxTimestampMs);
    std::uint64_t historyEnd = begin;
    while (historyEnd < end && log.timestamp[historyEnd] < f.at) ++historyEnd;
    f.historyEvents = historyEnd - begin;

    std::vector<std::uint8_t> mask(log.size());
    for (std::size_t e = 0; e < log.size(); ++e) mask[e] = log.timestamp[e] < f.at ? 1 : 0;
    auto sessions = std::make_shared<const data::SessionIndex>(data::buildSessions(log));
    f.train = std::make_shared<const models::TrainingSet>(f.dataset, std::move(mask), sessions, f.at);
    util::Stopwatch watch;
    const std::clock_t cpu = std::clock();
    f.model->fit(f.train, models::FitContext{seed, threads, stderrProgress("fit")});
    f.fitSeconds = watch.seconds();
    f.fitCpuSeconds = static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC;

    std::uint64_t sessionBegin = historyEnd;
    if (historyEnd > begin && f.at - log.timestamp[historyEnd - 1] <= sessions->gapMs)
        sessionBegin = std::max(begin, sessions->start[sessions->sessionOfEvent[historyEnd - 1]]);
    f.query = models::Query::fromLog(log, begin, historyEnd, sessionBegin, f.at, f.visitor);
    f.options.k = static_cast<int>(f.k);
    f.options.exclusions.alreadySeen = args.flag("exclude-seen");
    return f;
}

} // namespace vitrina::cli
