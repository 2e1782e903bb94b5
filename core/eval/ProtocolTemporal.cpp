// Temporal split (rolling and static) and leave-last-out: the list protocols.
#include <algorithm>
#include <limits>

#include "eval/Protocol.h"

namespace vitrina::eval::detail {
namespace {

using data::EventType;
using util::MessageCode;

bool isTarget(EventType type, TargetTypes targets) {
    return targets == TargetTypes::AnyEvent || type != EventType::View;
}

/// First event of [begin, end) whose time is >= t (the log is ordered by time within a visitor).
std::uint64_t firstAtOrAfter(const data::EventLog& log, std::uint64_t begin, std::uint64_t end, std::int64_t t) {
    const auto first = log.timestamp.begin() + static_cast<std::ptrdiff_t>(begin);
    const auto last = log.timestamp.begin() + static_cast<std::ptrdiff_t>(end);
    return begin + static_cast<std::uint64_t>(std::lower_bound(first, last, t) - first);
}

/// Fills stage and segment from the history (events strictly before the list's moment).
void stampState(const data::EventLog& log, ListCase& list) {
    analytics::StageTracker tracker;
    for (std::uint64_t e = list.historyBegin; e < list.historyEnd; ++e) tracker.add(log.type[e]);
    list.stage = tracker.stage();
    list.segment = tracker.segment();
}

/// The current session of a list made at `at` after history [begin, end): the session of the last history
/// event if it is within the gap of `at`, else empty.
std::uint64_t sessionStart(const data::EventLog& log, const data::SessionIndex& sessions, std::uint64_t begin,
                           std::uint64_t end, std::int64_t at) {
    if (end == begin || at - log.timestamp[end - 1] > sessions.gapMs) return end;
    return std::max<std::uint64_t>(begin, sessions.start[sessions.sessionOfEvent[end - 1]]);
}

/// Drops training events of items with fewer than `minimum` training events (one pass).
void applyItemMinimum(const data::Dataset& dataset, std::vector<std::uint8_t>& mask, int minimum) {
    if (minimum <= 1) return;
    std::vector<std::uint32_t> count(dataset.items.size(), 0);
    for (std::size_t e = 0; e < mask.size(); ++e)
        if (mask[e]) ++count[dataset.events.item[e]];
    for (std::size_t e = 0; e < mask.size(); ++e)
        if (mask[e] && count[dataset.events.item[e]] < static_cast<std::uint32_t>(minimum)) mask[e] = 0;
}

/// Drops lists of visitors with too few training events, samples, compacts the relevant items, counts the mask.
void finishLists(const data::Dataset& dataset, const ProtocolOptions& options, ProtocolSplit& split) {
    const auto& log = dataset.events;
    if (options.minVisitorTrainEvents > 0) {
        std::vector<ListCase> kept;
        for (const auto& list : split.lists) {
            std::uint64_t trainEvents = 0;
            for (std::uint64_t e = log.begin(list.visitor); e < log.end(list.visitor); ++e) trainEvents += split.trainMask[e];
            if (trainEvents >= static_cast<std::uint64_t>(options.minVisitorTrainEvents)) kept.push_back(list);
            else ++split.facts.droppedByMinVisitorEvents;
        }
        split.lists = std::move(kept);
    }
    split.facts.listsBeforeSampling = split.lists.size();
    const auto keep = sampleIndexes(split.lists.size(), options.maxLists, options.sampleSeed);
    std::vector<ListCase> lists;
    std::vector<data::ItemIndex> relevant;
    lists.reserve(keep.size());
    for (const auto i : keep) {
        ListCase list = split.lists[i];
        const auto items = split.relevant(list);
        list.relevantBegin = static_cast<std::uint32_t>(relevant.size());
        relevant.insert(relevant.end(), items.begin(), items.end());
        list.relevantEnd = static_cast<std::uint32_t>(relevant.size());
        lists.push_back(list);
    }
    split.lists = std::move(lists);
    split.relevantItems = std::move(relevant);
    split.facts.trainEvents = static_cast<std::uint64_t>(std::count(split.trainMask.begin(), split.trainMask.end(), 1));
}

} // namespace

ProtocolSplit buildTemporal(const data::Dataset& dataset, const ProtocolOptions& options, const util::Progress& progress) {
    const auto& log = dataset.events;
    // The data considered: everything, or for validation everything before the outer split's T.
    std::int64_t endMs = std::numeric_limits<std::int64_t>::max();
    auto lastBefore = [&](std::int64_t end) {
        std::int64_t last = std::numeric_limits<std::int64_t>::min(), first = std::numeric_limits<std::int64_t>::max();
        for (const auto t : log.timestamp)
            if (t < end) last = std::max(last, t), first = std::min(first, t);
        return std::pair{first, last};
    };
    auto splitMoment = [&](std::int64_t last) {
        const std::int64_t dayEnd = (last >= 0 ? last / kDayMs : (last - kDayMs + 1) / kDayMs) * kDayMs + kDayMs;
        return dayEnd - static_cast<std::int64_t>(options.testDays) * kDayMs;
    };
    if (options.validation) endMs = splitMoment(lastBefore(endMs).second);
    const auto [firstMs, lastMs] = lastBefore(endMs);
    if (lastMs == std::numeric_limits<std::int64_t>::min())
        util::fail(MessageCode::EvalNoTrainingEvents, {"temporal", "no event before the outer split (validation)"});
    const std::int64_t T = splitMoment(lastMs);
    if (T <= firstMs)
        util::failParameter("days", MessageCode::EvalSplitOutsideData,
                            {"days", std::to_string(options.testDays), std::to_string(firstMs), std::to_string(lastMs)});

    ProtocolSplit split;
    split.facts.trainEndMs = T;
    split.facts.testBeginMs = T;
    split.facts.testEndMs = std::min(endMs, lastMs + 1);
    split.trainMask.assign(log.size(), 0);
    for (std::size_t e = 0; e < log.size(); ++e) {
        split.trainMask[e] = log.timestamp[e] < T ? 1 : 0;
        if (log.timestamp[e] >= T && log.timestamp[e] < endMs) {
            ++split.facts.testEvents;
            if (isTarget(log.type[e], options.targets)) ++split.facts.targetEvents;
        }
    }
    applyItemMinimum(dataset, split.trainMask, options.minItemTrainEvents);
    auto sessions = std::make_shared<data::SessionIndex>(data::buildSessions(log, options.sessionGapMs));
    split.sessions = sessions;

    const std::size_t visitors = log.visitorCount();
    for (data::VisitorIndex v = 0; v < visitors; ++v) {
        if (v % 65536 == 0) {
            progress.check();
            progress.set(static_cast<double>(v) / static_cast<double>(std::max<std::size_t>(visitors, 1)), "protocol");
        }
        const std::uint64_t begin = log.begin(v), end = log.end(v);
        const std::uint64_t testBegin = firstAtOrAfter(log, begin, end, T);
        const std::uint64_t testEnd = firstAtOrAfter(log, testBegin, end, endMs);
        if (options.mode == TemporalMode::Rolling) {
            for (std::uint64_t e = testBegin; e < testEnd; ++e) {
                if (!isTarget(log.type[e], options.targets)) continue;
                ListCase list;
                list.visitor = v;
                list.at = log.timestamp[e];
                list.historyBegin = begin;
                list.historyEnd = firstAtOrAfter(log, begin, e, list.at);
                list.sessionBegin = sessionStart(log, *sessions, begin, list.historyEnd, list.at);
                list.relevantBegin = static_cast<std::uint32_t>(split.relevantItems.size());
                split.relevantItems.push_back(log.item[e]);
                list.relevantEnd = list.relevantBegin + 1;
                stampState(log, list);
                split.lists.push_back(list);
            }
        } else {
            std::vector<data::ItemIndex> items;
            for (std::uint64_t e = testBegin; e < testEnd; ++e)
                if (isTarget(log.type[e], options.targets)) items.push_back(log.item[e]);
            if (items.empty()) continue;
            std::sort(items.begin(), items.end());
            items.erase(std::unique(items.begin(), items.end()), items.end());
            ListCase list;
            list.visitor = v;
            list.at = T;
            list.historyBegin = begin;
            list.historyEnd = testBegin;
            list.sessionBegin = sessionStart(log, *sessions, begin, testBegin, T);
            list.relevantBegin = static_cast<std::uint32_t>(split.relevantItems.size());
            split.relevantItems.insert(split.relevantItems.end(), items.begin(), items.end());
            list.relevantEnd = static_cast<std::uint32_t>(split.relevantItems.size());
            stampState(log, list);
            split.lists.push_back(list);
        }
    }
    finishLists(dataset, options, split);
    return split;
}

ProtocolSplit buildLeaveLastOut(const data::Dataset& dataset, const ProtocolOptions& options) {
    const auto& log = dataset.events;
    ProtocolSplit split;
    split.trainMask.assign(log.size(), 1);
    // Validation: the outer split's training events are the pool; the inner split holds out the last target of it.
    std::vector<std::uint64_t> poolEnd(log.visitorCount());
    for (data::VisitorIndex v = 0; v < log.visitorCount(); ++v) poolEnd[v] = log.end(v);
    for (int round = 0; round < (options.validation ? 2 : 1); ++round) {
        split.lists.clear();
        split.relevantItems.clear();
        split.facts.testEvents = split.facts.targetEvents = 0;
        for (data::VisitorIndex v = 0; v < log.visitorCount(); ++v) {
            const std::uint64_t begin = log.begin(v), end = poolEnd[v];
            std::uint64_t held = end;
            for (std::uint64_t e = end; e-- > begin;)
                if (isTarget(log.type[e], options.targets)) {
                    held = e;
                    break;
                }
            if (held == end) continue;
            ListCase list;
            list.visitor = v;
            list.at = log.timestamp[held];
            list.historyBegin = begin;
            list.historyEnd = firstAtOrAfter(log, begin, held, list.at);
            for (std::uint64_t e = list.historyEnd; e < end; ++e) split.trainMask[e] = 0;
            split.facts.testEvents += end - list.historyEnd;
            ++split.facts.targetEvents;
            list.sessionBegin = list.historyEnd; // filled below, once the sessions exist
            list.relevantBegin = static_cast<std::uint32_t>(split.relevantItems.size());
            split.relevantItems.push_back(log.item[held]);
            list.relevantEnd = list.relevantBegin + 1;
            stampState(log, list);
            split.lists.push_back(list);
            poolEnd[v] = list.historyEnd;
        }
    }
    applyItemMinimum(dataset, split.trainMask, options.minItemTrainEvents);
    auto sessions = std::make_shared<data::SessionIndex>(data::buildSessions(log, options.sessionGapMs));
    for (auto& list : split.lists)
        list.sessionBegin = sessionStart(log, *sessions, list.historyBegin, list.historyEnd, list.at);
    split.sessions = sessions;
    finishLists(dataset, options, split);
    return split;
}

} // namespace vitrina::eval::detail
