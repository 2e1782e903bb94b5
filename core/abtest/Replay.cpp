#include "abtest/Replay.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "abtest/Aggregate.h"
#include "abtest/Assignment.h"
#include "analytics/Calendar.h"
#include "models/Catalogue.h"
#include "models/ParamsJson.h"
#include "models/factorisation/FactorTopK.h"
#include "stats/Checks.h"
#include "util/SystemInfo.h"

namespace vitrina::abtest {

using util::MessageCode;

namespace {

constexpr std::size_t kReplayQueryBlock = 512; // lists made between two cancellation checks (~1 s of ALS at full size)

std::int64_t floorDiv(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

/// One list: a session that starts inside the test days.
struct Exposure {
    data::VisitorIndex visitor = 0;
    std::uint32_t slot = 0;      ///< dense index among exposed visitors
    std::uint32_t arm = 0;
    std::int32_t day = 0;
    std::uint64_t first = 0;     ///< the session's first event
    std::uint64_t sessionEnd = 0;
    std::int64_t at = 0;
};

} // namespace

double ClickModel::weight(std::size_t rank) const {
    switch (kind) {
    case Kind::Geometric: return std::pow(decay, static_cast<double>(rank) - 1.0);
    case Kind::Reciprocal: return 1.0 / static_cast<double>(rank);
    case Kind::Flat: return 1.0;
    }
    return 0.0;
}

ClickModel::Kind parseClickModel(const std::string& name) {
    for (auto k : {ClickModel::Kind::Geometric, ClickModel::Kind::Reciprocal, ClickModel::Kind::Flat})
        if (clickModelName(k) == name) return k;
    util::failParameter("click_model", MessageCode::ParameterBadChoice, {"click_model", name, "geometric, reciprocal, flat"});
}

std::string clickModelName(ClickModel::Kind kind) {
    switch (kind) {
    case ClickModel::Kind::Geometric: return "geometric";
    case ClickModel::Kind::Reciprocal: return "reciprocal";
    case ClickModel::Kind::Flat: return "flat";
    }
    return "?";
}

void requireReplayOptions(const ReplayOptions& o) {
    if (o.arms.size() < 2)
        util::failParameter("arms", MessageCode::ParameterOutOfRange,
                            {"arms", std::to_string(o.arms.size()) + " arm(s)", "at least 2 arms (control first)"});
    std::string known;
    for (const auto& entry : models::modelCatalogue()) known += (known.empty() ? "" : ", ") + entry.id;
    for (const auto& arm : o.arms)
        if (!models::findModel(arm.model)) util::failParameter("arms", MessageCode::ParameterBadChoice, {"arms", arm.model, known});
    for (const ArmSpec& arm : o.arms) // names a bad parameter ("als.factors") before anything is trained
        models::validateParameters(arm.model, models::paramValuesFromJson(arm.params, arm.model));
    if (!o.split.empty()) requireSplit(o.split, o.arms.size());
    if (o.days < 1 || o.days > 366)
        util::failParameter("days", MessageCode::ParameterOutOfRange, {"days", std::to_string(o.days), "[1, 366]"});
    if (o.listLength < 1 || o.listLength > 100)
        util::failParameter("list_length", MessageCode::ParameterOutOfRange,
                            {"list_length", std::to_string(o.listLength), "[1, 100]"});
    if (!(o.clickModel.decay > 0.0 && o.clickModel.decay <= 1.0))
        util::failParameter("click_decay", MessageCode::ParameterOutOfRange,
                            {"click_decay", stats::numberText(o.clickModel.decay), "(0, 1]"});
    if (o.horizonMs < 1 || o.horizonMs > 366 * analytics::kMsPerDay)
        util::failParameter("horizon", MessageCode::ParameterOutOfRange,
                            {"horizon", std::to_string(o.horizonMs / 3600000.0) + " h", "(0, 8784] h"});
    if (o.sessionGapMs < 60'000)
        util::failParameter("gap", MessageCode::ParameterOutOfRange,
                            {"gap", std::to_string(o.sessionGapMs / 60000) + " min", "at least 1 min"});
    if (o.threads < 1)
        util::failParameter("threads", MessageCode::ParameterOutOfRange, {"threads", std::to_string(o.threads), ">= 1"});
}

std::vector<std::string> armNames(const std::vector<ArmSpec>& arms) {
    std::vector<std::string> names;
    std::map<std::string, int> seen;
    for (const auto& arm : arms) {
        if (!arm.name.empty()) {
            names.push_back(arm.name);
            continue;
        }
        const int n = ++seen[arm.model];
        names.push_back(n == 1 ? arm.model : arm.model + "#" + std::to_string(n));
    }
    return names;
}

util::Result<ReplaySetup> prepareReplay(std::shared_ptr<const data::Dataset> dataset, const ReplayOptions& options,
                                        const util::Progress& progress) {
    return util::capture<ReplaySetup>([&](std::vector<util::Message>&) {
        requireReplayOptions(options);
        const data::EventLog& log = dataset->events;
        if (log.size() == 0)
            util::fail(MessageCode::AbNoTestPeriod, {std::to_string(options.days), "the log holds no event"});
        const std::int64_t last = *std::max_element(log.timestamp.begin(), log.timestamp.end());
        ReplaySetup setup;
        setup.dataset = dataset;
        setup.dayCount = options.days;
        setup.startMs = (floorDiv(last, analytics::kMsPerDay) - options.days + 1) * analytics::kMsPerDay;
        std::vector<std::uint8_t> mask(log.size());
        std::uint64_t trainingEvents = 0;
        for (std::size_t e = 0; e < log.size(); ++e) {
            mask[e] = log.timestamp[e] < setup.startMs ? 1 : 0;
            trainingEvents += mask[e];
        }
        if (trainingEvents == 0)
            util::fail(MessageCode::AbNoTestPeriod,
                       {std::to_string(options.days), "no event falls before the test days, so there is nothing to train on"});
        setup.sessions = std::make_shared<const data::SessionIndex>(data::buildSessions(log, options.sessionGapMs));
        setup.training = std::make_shared<const models::TrainingSet>(dataset, std::move(mask), setup.sessions, setup.startMs);

        util::Stopwatch watch;
        std::map<std::string, std::shared_ptr<const models::Recommender>> trained;
        for (std::size_t a = 0; a < options.arms.size(); ++a) {
            const ArmSpec& arm = options.arms[a];
            const std::string key = arm.model + arm.params.dump();
            if (auto it = trained.find(key); it != trained.end()) {
                setup.models.push_back(it->second);
                continue;
            }
            auto model = models::createModel(arm.model);
            model->setParameters(arm.params);
            const double n = static_cast<double>(options.arms.size());
            models::FitContext ctx{options.modelSeed, options.threads,
                                   progress.sub(static_cast<double>(a) / n, static_cast<double>(a + 1) / n, "abtest.train")};
            model->fit(setup.training, ctx);
            std::shared_ptr<const models::Recommender> shared(std::move(model));
            trained.emplace(key, shared);
            setup.models.push_back(shared);
        }
        setup.trainingSeconds = watch.seconds();
        return setup;
    });
}

namespace {

/// The lists of every exposure, K slots each (shorter lists padded with kNone).
struct Lists {
    static constexpr data::ItemIndex kNone = std::numeric_limits<data::ItemIndex>::max();
    std::size_t k = 0;
    std::vector<data::ItemIndex> items;
    std::vector<std::uint8_t> fallback;
    std::span<const data::ItemIndex> of(std::size_t j) const { return {items.data() + j * k, k}; }
    void set(std::size_t j, const std::vector<data::ItemIndex>& list) {
        std::copy_n(list.begin(), std::min(list.size(), k), items.begin() + static_cast<std::ptrdiff_t>(j * k));
    }
};

/// The list for an empty history, when it is the same for any moment and visitor (three probes); else nullopt.
std::optional<std::vector<data::ItemIndex>> constantFallback(const models::Recommender& model, const ReplaySetup& setup,
                                                             const models::RecommendOptions& options) {
    std::vector<data::ItemIndex> first;
    const std::int64_t end = setup.startMs + setup.dayCount * analytics::kMsPerDay - 1;
    const std::pair<std::int64_t, std::optional<data::VisitorIndex>> probes[] = {
        {setup.startMs, std::nullopt}, {end, data::VisitorIndex{0}}, {setup.startMs + analytics::kMsPerDay / 2 + 7, data::VisitorIndex{1}}};
    for (std::size_t p = 0; p < 3; ++p) {
        models::Query q;
        q.at = probes[p].first;
        q.visitor = probes[p].second;
        auto list = model.recommend(q, options).items;
        if (p == 0) first = std::move(list);
        else if (list != first) return std::nullopt;
    }
    return first;
}

void makeLists(const ReplaySetup& setup, const ReplayOptions& options, const std::vector<Exposure>& exposures,
               Lists& lists, const util::Progress& progress) {
    const data::EventLog& log = setup.dataset->events;
    models::RecommendOptions recommend;
    recommend.k = options.listLength;
    lists.k = static_cast<std::size_t>(options.listLength);
    lists.items.assign(exposures.size() * lists.k, Lists::kNone);
    lists.fallback.assign(exposures.size(), 0);
    std::size_t done = 0;
    for (std::size_t a = 0; a < setup.models.size(); ++a) {
        const models::Recommender& model = *setup.models[a];
        const auto fallback = constantFallback(model, setup, recommend);
        const auto* factor = dynamic_cast<const models::FactorRecommender*>(&model);
        std::optional<models::FactorIndex> index; // items by norm, for the pruned top-K of factor models
        if (factor) index.emplace(*factor);
        std::vector<std::size_t> which;
        std::vector<models::Query> queries;
        for (std::size_t j = 0; j < exposures.size(); ++j) {
            const Exposure& x = exposures[j];
            if (x.arm != a) continue;
            const std::uint64_t begin = log.begin(x.visitor);
            if (begin == x.first) {
                lists.fallback[j] = 1;
                if (fallback) {
                    lists.set(j, *fallback);
                    ++done;
                    continue;
                }
            }
            which.push_back(j);
            queries.push_back(models::Query::fromLog(log, begin, x.first, x.first, x.at, x.visitor));
        }
        for (std::size_t b = 0; b < queries.size(); b += kReplayQueryBlock) {
            progress.check();
            const std::size_t count = std::min(kReplayQueryBlock, queries.size() - b);
            const auto block = std::span<const models::Query>(queries).subspan(b, count);
            if (factor) { // same lists, scored and selected tile by tile (FactorTopK.h)
                const auto made = models::factorTopK(*factor, block, recommend, options.threads, &*index);
                for (std::size_t q = 0; q < count; ++q) lists.set(which[b + q], made[q]);
            } else {
                const auto made = model.recommendBatch(block, recommend, options.threads);
                for (std::size_t q = 0; q < count; ++q) lists.set(which[b + q], made[q].items);
            }
            done += count;
            progress.set(static_cast<double>(done) / static_cast<double>(exposures.size()), "abtest.lists");
        }
    }
}

/// Outcomes of one visitor's lists (exposures [j0, j1), in time order).
void visitorOutcomes(const ReplaySetup& setup, const ReplayOptions& options, const std::vector<Exposure>& exposures,
                     const Lists& lists, std::size_t j0, std::size_t j1, std::vector<ListOutcome>& out) {
    const data::EventLog& log = setup.dataset->events;
    const auto& price = setup.dataset->items.price;
    const auto rankOf = [&](std::size_t j, data::ItemIndex item) -> std::size_t {
        const auto list = lists.of(j);
        for (std::size_t r = 0; r < list.size() && list[r] != Lists::kNone; ++r)
            if (list[r] == item) return r + 1;
        return 0;
    };
    for (std::size_t j = j0; j < j1; ++j) {
        const Exposure& x = exposures[j];
        ListOutcome& o = out[j];
        o = ListOutcome{x.slot, x.arm, x.day, 0.0, false, false, 0.0, lists.fallback[j] != 0};
        for (std::uint64_t e = x.first + 1; e < x.sessionEnd; ++e)
            if (const std::size_t r = rankOf(j, log.item[e])) o.click = std::max(o.click, options.clickModel.weight(r));
    }
    // Carts and purchases after the first list: each goes to the latest earlier list that showed the item
    // within the horizon.
    const std::uint64_t end = log.end(exposures[j0].visitor);
    for (std::uint64_t e = exposures[j0].first + 1; e < end; ++e) {
        const data::EventType type = log.type[e];
        if (type == data::EventType::View) continue;
        for (std::size_t j = j1; j-- > j0;) {
            const Exposure& x = exposures[j];
            if (x.first >= e || log.timestamp[e] > x.at + options.horizonMs || !rankOf(j, log.item[e])) continue;
            if (type == data::EventType::AddToCart) {
                out[j].carted = true;
            } else {
                out[j].converted = true;
                if (const auto p = price.at(log.item[e], log.timestamp[e]); p && std::isfinite(*p))
                    out[j].revenue += static_cast<double>(*p);
            }
            break;
        }
    }
}

} // namespace

util::Result<ExperimentData> runReplay(const ReplaySetup& setup, const ReplayOptions& options,
                                       const util::Progress& progress) {
    return util::capture<ExperimentData>([&](std::vector<util::Message>& warnings) {
        requireReplayOptions(options);
        if (setup.models.size() != options.arms.size())
            util::fail(MessageCode::InternalError, {"the replay was prepared for another set of arms"});
        util::Stopwatch watch;
        const data::Dataset& ds = *setup.dataset;
        const data::EventLog& log = ds.events;
        const data::SessionIndex& sessions = *setup.sessions;
        const Assigner assigner(options.split.empty() ? equalSplit(options.arms.size()) : options.split, options.seed);

        std::vector<Exposure> exposures;
        std::vector<std::size_t> visitorFirst; // exposures of slot s: [visitorFirst[s], visitorFirst[s + 1])
        std::int64_t lastAt = setup.startMs;
        for (data::VisitorIndex v = 0; v < log.visitorCount(); ++v) {
            std::uint32_t arm = 0;
            bool assigned = false;
            for (std::uint64_t s = sessions.visitorSessions[v]; s < sessions.visitorSessions[v + 1]; ++s) {
                const std::uint64_t first = sessions.start[s];
                const std::int64_t at = log.timestamp[first];
                if (at < setup.startMs) continue;
                if (!assigned) {
                    arm = assigner.arm(ds.visitors.raw(v));
                    assigned = true;
                    visitorFirst.push_back(exposures.size());
                }
                const auto day = static_cast<std::int32_t>(std::min<std::int64_t>((at - setup.startMs) / analytics::kMsPerDay, setup.dayCount - 1));
                exposures.push_back({v, static_cast<std::uint32_t>(visitorFirst.size() - 1), arm, day, first,
                                     sessions.start[s + 1], at});
                lastAt = std::max(lastAt, at);
            }
        }
        if (exposures.empty())
            util::fail(MessageCode::AbNoTestPeriod, {std::to_string(options.days), "no session starts inside the test days"});
        visitorFirst.push_back(exposures.size());

        Lists lists;
        makeLists(setup, options, exposures, lists, progress.sub(0.0, 0.9));

        std::vector<ListOutcome> outcomes(exposures.size());
        const std::size_t slots = visitorFirst.size() - 1;
        util::parallelChunks(slots, options.threads, [&](std::size_t begin, std::size_t end, std::size_t chunk) {
            for (std::size_t s = begin; s < end; ++s) {
                if (chunk == 0 && (s & 1023) == 0) progress.check();
                visitorOutcomes(setup, options, exposures, lists, visitorFirst[s], visitorFirst[s + 1], outcomes);
            }
        });
        progress.check();

        ExperimentData data;
        data.mode = Mode::Replay;
        data.startMs = setup.startMs;
        data.dayCount = setup.dayCount;
        data.hasClicks = true;
        data.hasRevenue = ds.items.price.loaded();
        const auto names = armNames(options.arms);
        const auto shares = options.split.empty() ? equalSplit(options.arms.size()) : options.split;
        for (std::size_t a = 0; a < options.arms.size(); ++a) {
            ArmData arm;
            arm.name = names[a];
            arm.model = options.arms[a].model;
            arm.plannedShare = shares[a];
            data.arms.push_back(std::move(arm));
        }
        aggregateOutcomes(outcomes, static_cast<std::uint32_t>(slots), data);
        progress.set(1.0, "abtest.outcomes");

        data.warnings.push_back(util::makeMessage(data.hasRevenue ? MessageCode::AbRevenueUnitUnknown : MessageCode::AbNoRevenue,
                                                  {}, util::Severity::Info));
        const std::int64_t dataEnd = *std::max_element(log.timestamp.begin(), log.timestamp.end());
        if (dataEnd < lastAt + options.horizonMs)
            data.warnings.push_back(util::makeMessage(
                MessageCode::AbHorizonTruncated,
                {stats::numberText(std::round(static_cast<double>(dataEnd - lastAt) / 36e5 * 10.0) / 10.0),
                 stats::numberText(static_cast<double>(options.horizonMs) / 36e5)},
                util::Severity::Info));
        data.trainingSeconds = setup.trainingSeconds;
        data.seconds = watch.seconds();
        warnings.insert(warnings.end(), data.warnings.begin(), data.warnings.end());
        return data;
    });
}

} // namespace vitrina::abtest
