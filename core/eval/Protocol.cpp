#include "eval/Protocol.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

#include "util/Random.h"

namespace vitrina::eval {

using util::MessageCode;

std::string_view protocolName(ProtocolKind kind) {
    switch (kind) {
    case ProtocolKind::Temporal: return "temporal";
    case ProtocolKind::LeaveLastOut: return "leave-last-out";
    case ProtocolKind::Gru4recOfficial: return "gru4rec-official";
    case ProtocolKind::SessionrecWindow: return "sessionrec-window";
    }
    return "?";
}

std::string_view modeName(TemporalMode mode) { return mode == TemporalMode::Rolling ? "rolling" : "static"; }

ProtocolKind protocolFromName(std::string_view name, const std::string& parameter) {
    for (auto k : {ProtocolKind::Temporal, ProtocolKind::LeaveLastOut, ProtocolKind::Gru4recOfficial,
                   ProtocolKind::SessionrecWindow})
        if (protocolName(k) == name) return k;
    util::failParameter(parameter, MessageCode::ParameterBadChoice,
                        {parameter, std::string(name), "temporal, leave-last-out, gru4rec-official, sessionrec-window"});
}

TemporalMode modeFromName(std::string_view name, const std::string& parameter) {
    if (name == "rolling") return TemporalMode::Rolling;
    if (name == "static") return TemporalMode::Static;
    util::failParameter(parameter, MessageCode::ParameterBadChoice, {parameter, std::string(name), "rolling, static"});
}

TargetTypes targetsFromName(std::string_view name, const std::string& parameter) {
    if (name == "cart" || name == "addtocart,transaction") return TargetTypes::CartAndPurchase;
    if (name == "any") return TargetTypes::AnyEvent;
    util::failParameter(parameter, MessageCode::ParameterBadChoice,
                        {parameter, std::string(name), "cart (addtocart and transaction), any"});
}

namespace {
using util::requireRange;

std::string percentText(double share) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", 100.0 * share);
    return buffer;
}
} // namespace

void ProtocolOptions::validate() const {
    requireRange("days", testDays, 1, 365);
    requireRange("min_visitor_events", minVisitorTrainEvents, 0, 1'000'000);
    requireRange("min_item_events", minItemTrainEvents, 0, 1'000'000);
    requireRange("slice", slice, 0, 4);
    requireRange("session_gap_minutes", sessionGapMs / 60'000, 1, 7 * 24 * 60);
    if (maxLists > 1'000'000'000ULL)
        util::failParameter("max_lists", MessageCode::ParameterOutOfRange,
                            {"max_lists", std::to_string(maxLists), "[0, 1000000000]"});
}

models::Query ProtocolSplit::query(const data::Dataset& dataset, const ListCase& list) const {
    return models::Query::fromLog(dataset.events, list.historyBegin, list.historyEnd, list.sessionBegin, list.at,
                                  list.visitor);
}

models::Query ProtocolSplit::sessionQuery(const SessionCase& session, std::size_t t) const {
    models::Query q;
    q.items = std::span<const data::ItemIndex>(sessionItems).subspan(session.begin, t);
    q.types = std::span<const data::EventType>(sessionTypes).subspan(session.begin, t);
    q.times = std::span<const std::int64_t>(sessionTimes).subspan(session.begin, t);
    q.sessionBegin = 0;
    q.at = std::max(sessionTimes[session.begin + t], sessionTimes[session.begin + t - 1] + 1);
    return q; // no long-term history: the presets evaluate the session alone
}

std::shared_ptr<const models::TrainingSet> ProtocolSplit::trainingSet(std::shared_ptr<const data::Dataset> dataset) const {
    return std::make_shared<const models::TrainingSet>(std::move(dataset), trainMask, sessions, facts.trainEndMs);
}

namespace detail {
std::vector<std::size_t> sampleIndexes(std::size_t count, std::uint64_t limit, std::uint64_t seed) {
    std::vector<std::size_t> index(count);
    std::iota(index.begin(), index.end(), std::size_t{0});
    if (limit == 0 || limit >= count) return index;
    util::Rng rng(util::hash64(0x6c697374u, seed)); // partial Fisher-Yates: the first `limit` slots
    for (std::size_t i = 0; i < limit; ++i) std::swap(index[i], index[i + rng.below(count - i)]);
    index.resize(limit);
    std::sort(index.begin(), index.end());
    return index;
}
} // namespace detail

util::Result<ProtocolSplit> buildProtocol(const data::Dataset& dataset, const ProtocolOptions& options,
                                          const util::Progress& progress) {
    return util::capture<ProtocolSplit>([&](std::vector<util::Message>& warnings) {
        options.validate();
        if (dataset.events.size() == 0) util::fail(MessageCode::EvalEmptyDataset);
        ProtocolSplit split;
        switch (options.kind) {
        case ProtocolKind::Temporal: split = detail::buildTemporal(dataset, options, progress); break;
        case ProtocolKind::LeaveLastOut: split = detail::buildLeaveLastOut(dataset, options); break;
        default: split = detail::buildSessionPreset(dataset, options, progress); break;
        }
        split.options = options;
        const std::string name(protocolName(options.kind));
        if (split.facts.trainEvents == 0) util::fail(MessageCode::EvalNoTrainingEvents, {name, "every event is held out"});
        if (split.isSessionProtocol() ? split.testSessions.empty() : split.lists.empty())
            util::fail(MessageCode::EvalNoTestLists, {name, "no test event survives the protocol's rules"});
        if (!split.isSessionProtocol()) {
            const auto n = split.lists.size();
            split.facts.listsWithoutHistory = static_cast<std::uint64_t>(
                std::count_if(split.lists.begin(), split.lists.end(), [](const ListCase& l) { return l.historySize() == 0; }));
            if (split.facts.listsWithoutHistory > 0)
                split.warnings.push_back(util::makeMessage(
                    MessageCode::EvalNoHistoryShare,
                    {std::to_string(split.facts.listsWithoutHistory), std::to_string(n),
                     percentText(static_cast<double>(split.facts.listsWithoutHistory) / static_cast<double>(n))},
                    util::Severity::Info));
            std::vector<std::uint8_t> trained(dataset.items.size(), 0);
            for (std::size_t e = 0; e < split.trainMask.size(); ++e)
                if (split.trainMask[e]) trained[dataset.events.item[e]] = 1;
            split.facts.relevantItems = split.relevantItems.size();
            split.facts.relevantWithoutTraining = static_cast<std::uint64_t>(std::count_if(
                split.relevantItems.begin(), split.relevantItems.end(), [&](data::ItemIndex i) { return !trained[i]; }));
            if (split.facts.relevantWithoutTraining > 0)
                split.warnings.push_back(util::makeMessage(MessageCode::EvalUnknownRelevant,
                                                           {std::to_string(split.facts.relevantWithoutTraining),
                                                            std::to_string(split.facts.relevantItems)},
                                                           util::Severity::Warning));
        }
        if (split.facts.listsBeforeSampling > (split.isSessionProtocol() ? split.testSessions.size() : split.lists.size()))
            split.warnings.push_back(util::makeMessage(
                MessageCode::EvalListsSampled,
                {std::to_string(split.isSessionProtocol() ? split.testSessions.size() : split.lists.size()),
                 std::to_string(split.facts.listsBeforeSampling)},
                util::Severity::Info));
        warnings.insert(warnings.end(), split.warnings.begin(), split.warnings.end());
        return split;
    });
}

} // namespace vitrina::eval
