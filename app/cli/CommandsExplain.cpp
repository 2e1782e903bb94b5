// explain: one visitor's top K with every item's typed reasons (kind, share, contribution, item, category path,
// English text and message code). explain-audit: faithfulness and coverage of explanations per model
// (core/eval/Explanations.h) on the temporal protocol's lists.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <map>
#include <sstream>

#include "Cli.h"
#include "CliOptions.h"
#include "VisitorFit.h"
#include "analytics/VisitorState.h"
#include "data/Sessions.h"
#include "eval/Explanations.h"
#include "explain/ExplainList.h"
#include "explain/ReasonText.h"
#include "models/Catalogue.h"
#include "models/ParamsJson.h"
#include "store/ProjectFile.h"
#include "util/Parallel.h"
#include "util/SystemInfo.h"

namespace vitrina::cli {
namespace {

nlohmann::json finiteOrNull(double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); }

bool itemHasName(const data::Dataset& dataset, data::ItemIndex item) {
    return item < dataset.items.names.size() && !dataset.items.names[item].empty();
}

nlohmann::json reasonJson(const models::Reason& r, const data::Dataset& dataset) {
    const util::Message message = explain::reasonMessage(r, dataset);
    nlohmann::json j{{"kind", explain::reasonKindName(r.kind)},
                     {"share", finiteOrNull(r.share)},
                     {"contribution", finiteOrNull(r.contribution)},
                     {"value", finiteOrNull(r.value)},
                     {"code", util::codeName(message.code)},
                     {"args", message.args},
                     {"text", message.text()}};
    if (r.hasItem) {
        j["item"] = dataset.items.ids.raw(r.item);
        j["item_category"] = explain::itemCategoryPath(dataset, r.item);
        if (itemHasName(dataset, r.item)) j["item_name"] = dataset.items.names[r.item];
        if (r.kind != models::ReasonKind::PopularFallback)
            j["event"] = std::string(data::eventTypeName(static_cast<data::EventType>(r.eventType)));
    }
    if (r.category != data::kNoCategory) j["category"] = explain::categoryPath(dataset, r.category);
    if (!r.component.empty()) j["component"] = r.component;
    if (r.stage >= 0) j["stage"] = r.stage;
    return j;
}

Outcome runExplain(const std::vector<std::string>& argv) {
    const Args args(argv, {"visitor", "model", "k", "seed", "threads", "param", "at"}, {"json", "exclude-seen"});
    args.requirePositionals(1, "explain <project.vitrina> --visitor RAWID --model M [-k 10] [--json] "
                               "[--param model.key=value] [--at MS] [--exclude-seen]");
    const VisitorFit fit = fitForVisitor(args);
    const data::Dataset* dataset = fit.dataset.get();
    const auto& log = dataset->events;
    const auto& model = fit.model;

    util::Stopwatch watch;
    const auto list = model->recommend(fit.query, fit.options);
    const auto explained = explain::explainList(*model, *fit.train, fit.query, list);
    const double explainSeconds = watch.seconds();

    nlohmann::json recs = nlohmann::json::array();
    for (std::size_t p = 0; p < explained.size(); ++p) {
        const auto& e = explained[p];
        nlohmann::json reasons = nlohmann::json::array();
        for (const auto& r : e.reasons) reasons.push_back(reasonJson(r, *dataset));
        recs.push_back({{"rank", p + 1},
                        {"item", dataset->items.ids.raw(e.item)},
                        {"category", explain::itemCategoryPath(*dataset, e.item)},
                        {"score", finiteOrNull(e.score)},
                        {"source", e.fromModel ? "model" : "fallback"},
                        {"reasons", reasons}});
        if (itemHasName(*dataset, e.item)) recs.back()["name"] = dataset->items.names[e.item];
        if (!args.flag("json")) { // a readable version on stderr
            std::fprintf(stderr, "%2zu. item %lld (%s), score %.4g\n", p + 1,
                         static_cast<long long>(dataset->items.ids.raw(e.item)),
                         explain::itemCategoryPath(*dataset, e.item).c_str(), static_cast<double>(e.score));
            for (const auto& r : e.reasons) std::fprintf(stderr, "    %s\n", explain::reasonText(r, *dataset).c_str());
        }
    }
    return {{{"ok", true},
             {"project", args.positionals()[0]},
             {"visitor", fit.rawVisitor},
             {"model", fit.modelId},
             {"params", models::toJson(model->parameters().values())},
             {"at", fit.at},
             {"history_events", fit.historyEvents},
             {"stage", std::string(analytics::stageName(analytics::stageAt(log, fit.visitor, fit.at)))},
             {"k", fit.k},
             {"recs", recs},
             {"seconds", {{"fit", fit.fitSeconds}, {"fit_cpu", fit.fitCpuSeconds}, {"explain", explainSeconds}}}},
            Success};
}

Outcome runExplainAudit(const std::vector<std::string>& argv) {
    const Args args(argv, {"models", "visitors", "threads", "seed", "k", "days", "min-history", "param"}, {});
    args.requirePositionals(1, "explain-audit <project.vitrina> --models als,itemknn [--visitors 1000] [--threads 2] "
                               "[--seed S] [-k 10] [--days 7] [--min-history 3] [--param model.key=value]");
    if (!args.value("models")) throw UsageError("option --models is required (e.g. --models als,itemknn)");
    eval::ExplanationAuditOptions options;
    options.visitors = static_cast<std::uint64_t>(args.intInRange("visitors", 1000, 1, 10'000'000));
    options.k = static_cast<int>(args.intInRange("k", 10, 1, 1000));
    options.minHistory = static_cast<std::uint64_t>(args.intInRange("min-history", 3, 0, 1'000'000));
    options.seed = args.seed("seed");
    options.threads = threadsOption(args);
    eval::ProtocolOptions protocol; // temporal, rolling, carts and purchases (issue 4's default)
    protocol.testDays = static_cast<int>(args.intInRange("days", 7, 1, 365));
    checkNamingOptions({{"visitors", "visitors"}, {"k", "k"}, {"min_history", "min-history"}, {"threads", "threads"},
                        {"days", "days"}},
                       [&] {
                           options.validate();
                           protocol.validate();
                       });

    const std::vector<std::string> ids = splitCommas(*args.value("models"));
    if (ids.empty()) throw UsageError("option --models lists no model");
    const auto params = modelParamsOption(args);
    for (const auto& [name, value] : params)
        if (std::find(ids.begin(), ids.end(), name) == ids.end())
            badParameter(util::MessageCode::EvalParamForUnknownModel, {"--param", name, *args.value("models")}, "--param");
    std::vector<std::unique_ptr<models::Recommender>> chosen;
    for (const auto& id : ids) { // checked before the (slow) project load
        chosen.push_back(modelNamed(id, "models"));
        chosen.back()->setParameters(params.count(id) ? params.at(id) : models::ParamValues{});
    }

    const auto dataset = loadProject(args.positionals()[0]);
    const eval::ProtocolSplit split = unwrap(eval::buildProtocol(*dataset, protocol, stderrProgress("protocol")));
    const std::vector<std::size_t> lists = eval::explanationAuditLists(split, options);
    const auto train = split.trainingSet(dataset);
    nlohmann::json results = nlohmann::json::array();
    for (auto& model : chosen) {
        util::Stopwatch watch;
        const std::clock_t cpu = std::clock();
        model->fit(train, models::FitContext{options.seed, options.threads, stderrProgress("fit " + model->id())});
        const double fitSeconds = watch.seconds(), fitCpu = static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC;
        const eval::ExplanationAudit a = unwrap(
            eval::auditExplanations(*model, *train, split, lists, options, stderrProgress("audit " + model->id())));
        const auto faithfulness = a.faithfulness();
        std::fprintf(stderr, "%s: faithfulness %s (%llu cases), coverage %.3f\n", a.model.c_str(),
                     faithfulness ? std::to_string(*faithfulness).c_str() : "n/a",
                     static_cast<unsigned long long>(a.cases), a.coverage());
        results.push_back({{"model", a.model},
                           {"params", models::toJson(model->parameters().values())},
                           {"faithfulness", faithfulness ? nlohmann::json(*faithfulness) : nlohmann::json(nullptr)},
                           {"coverage", a.coverage()},
                           {"model_item_coverage", a.modelCoverage()},
                           {"lists", a.lists},
                           {"items", a.items},
                           {"model_items", a.modelItems},
                           {"covered", a.covered},
                           {"covered_model_items", a.coveredModelItems},
                           {"with_history_reason", a.withHistoryReason},
                           {"cases", a.cases},
                           {"drops", a.drops},
                           {"emptied", a.emptied},
                           {"seconds", {{"fit", fitSeconds}, {"fit_cpu", fitCpu}, {"audit", a.seconds}, {"audit_cpu", a.cpuSeconds}}}});
        model.reset(); // one trained model in memory at a time
    }
    return {{{"ok", true},
             {"project", args.positionals()[0]},
             {"protocol", "temporal"},
             {"mode", "rolling"},
             {"days", protocol.testDays},
             {"visitors_requested", options.visitors},
             {"lists", lists.size()},
             {"k", options.k},
             {"min_history", options.minHistory},
             {"coverage_share", options.coverageShare},
             {"seed", options.seed},
             {"threads", options.threads},
             {"models", results}},
            Success};
}

} // namespace

std::vector<Command> explainCommands() {
    return {{"explain", "explain <project> --visitor RAWID --model M [-k 10 --json --param model.key=value --at MS]",
             runExplain},
            {"explain-audit",
             "explain-audit <project> --models als,itemknn,... [--visitors 1000 --threads 2 --seed S -k 10 --days 7]",
             runExplainAudit}};
}

} // namespace vitrina::cli
