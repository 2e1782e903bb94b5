// The published session next-item presets, step by step (sources in core/eval/README.md section 1):
// GRU4Rec official (hidasib/gru4rec_third_party_comparison retailrocket_preproc.py): sort by visitor, time,
//   item; sessions at a new visitor or a gap > 1 h over ALL event types; keep views; drop consecutive repeats;
//   repeat {drop sessions of length 1; drop items with < 5 views} until stable; test = sessions whose first
//   event is at or after tsplit - 7 d; train = the events before it, then train sessions of length 1 dropped;
//   test items unknown to train removed, test sessions shorter than 2 dropped. Validation: the same one week
//   earlier inside the training part.
// session-rec window (rn5l/session-rec preprocess_retailrocket.py, window/retailrocket.yml): timestamps cut to
//   whole seconds; sort by visitor, time; sessions at a gap > 30 min over ALL types; keep views; filter ONCE:
//   sessions of length 1, items with < 5 views, sessions shorter than 2; slice k: start = first time + 27 k d,
//   middle = start + 25 d, end = middle + 2 d; sessions whose LAST event is in [start, end]; train = ending
//   before middle, test = ending at or after it; test events of items not in train removed; test sessions
//   shorter than 2 dropped. Validation (ours): the slice's training sessions split the same way at middle - 2 d.
#include <algorithm>
#include <limits>
#include <numeric>

#include "eval/Protocol.h"

namespace vitrina::eval::detail {
namespace {

using data::ItemIndex;

struct View {
    std::uint64_t event = 0;  ///< index in the dataset's log
    std::uint32_t session = 0;
    ItemIndex item = 0;
    std::int64_t time = 0;    ///< ms (GRU4Rec) or whole seconds (session-rec)
};

/// Views grouped by session (sessions ascending, time order inside).
using Views = std::vector<View>;

template <class Keep> Views keepIf(const Views& views, Keep keep) {
    Views out;
    out.reserve(views.size());
    for (const auto& v : views)
        if (keep(v)) out.push_back(v);
    return out;
}

std::vector<std::uint32_t> sessionLengths(const Views& views, std::size_t sessions) {
    std::vector<std::uint32_t> length(sessions, 0);
    for (const auto& v : views) ++length[v.session];
    return length;
}

Views dropShortSessions(const Views& views, std::size_t sessions, std::uint32_t minimum) {
    const auto length = sessionLengths(views, sessions);
    return keepIf(views, [&](const View& v) { return length[v.session] >= minimum; });
}

Views dropRareItems(const Views& views, std::size_t items, std::uint32_t minimum) {
    std::vector<std::uint32_t> count(items, 0);
    for (const auto& v : views) ++count[v.item];
    return keepIf(views, [&](const View& v) { return count[v.item] >= minimum; });
}

/// Sessions over all event types in the preset's order and time unit; returns the views and fills the
/// SessionIndex over the whole log (sessions are contiguous in log order: a gap split never separates equal times).
Views sessionViews(const data::Dataset& dataset, bool gru4rec, data::SessionIndex& index) {
    const auto& log = dataset.events;
    const std::int64_t gap = gru4rec ? 3'600'000 : 1'800;
    auto timeOf = [&](std::uint64_t e) {
        const std::int64_t t = log.timestamp[e];
        return gru4rec ? t : (t >= 0 ? t / 1000 : (t - 999) / 1000);
    };
    Views views;
    index.gapMs = gru4rec ? gap : gap * 1000;
    index.sessionOfEvent.assign(log.size(), 0);
    index.visitorSessions.assign(log.visitorCount() + 1, 0);
    std::uint32_t session = 0;
    std::vector<std::uint64_t> order;
    for (data::VisitorIndex v = 0; v < log.visitorCount(); ++v) {
        index.visitorSessions[v] = session;
        order.resize(log.end(v) - log.begin(v));
        std::iota(order.begin(), order.end(), log.begin(v));
        // GRU4Rec sorts by (visitor, time, item); session-rec by (visitor, time) in seconds (stable here).
        std::stable_sort(order.begin(), order.end(), [&](std::uint64_t a, std::uint64_t b) {
            if (timeOf(a) != timeOf(b)) return timeOf(a) < timeOf(b);
            return gru4rec && log.item[a] < log.item[b];
        });
        for (std::size_t k = 0; k < order.size(); ++k) {
            const auto e = order[k];
            if (k > 0 && timeOf(e) - timeOf(order[k - 1]) > gap) ++session;
            index.sessionOfEvent[e] = session;
            if (log.type[e] == data::EventType::View) views.push_back({e, session, log.item[e], timeOf(e)});
        }
        if (!order.empty()) ++session;
    }
    index.visitorSessions[log.visitorCount()] = session;
    index.start.assign(static_cast<std::size_t>(session) + 1, log.size());
    for (std::uint64_t e = log.size(); e-- > 0;) index.start[index.sessionOfEvent[e]] = e;
    return views;
}

/// Test sessions: items not in the training items removed, then sessions shorter than 2 dropped; copied out.
void emitTest(const data::Dataset& dataset, const Views& test, const std::vector<std::uint8_t>& trainItems,
              bool seconds, ProtocolSplit& split) {
    const Views known = keepIf(test, [&](const View& v) { return trainItems[v.item] != 0; });
    std::size_t i = 0;
    while (i < known.size()) {
        std::size_t j = i;
        while (j < known.size() && known[j].session == known[i].session) ++j;
        if (j - i >= 2) {
            SessionCase s;
            s.visitor = dataset.events.visitor[known[i].event];
            s.begin = static_cast<std::uint32_t>(split.sessionItems.size());
            for (std::size_t k = i; k < j; ++k) {
                split.sessionItems.push_back(known[k].item);
                split.sessionTypes.push_back(data::EventType::View);
                split.sessionTimes.push_back(seconds ? known[k].time * 1000 : known[k].time);
            }
            s.end = static_cast<std::uint32_t>(split.sessionItems.size());
            split.testSessions.push_back(s);
        }
        i = j;
    }
    split.facts.testEvents = test.size();
}

void emitTrain(const Views& train, std::size_t events, std::size_t items, ProtocolSplit& split,
               std::vector<std::uint8_t>& trainItems, std::size_t sessions) {
    split.trainMask.assign(events, 0);
    trainItems.assign(items, 0);
    std::vector<std::uint8_t> seen(sessions, 0);
    for (const auto& v : train) {
        split.trainMask[v.event] = 1;
        trainItems[v.item] = 1;
        if (!seen[v.session]) seen[v.session] = 1, ++split.facts.trainSessions;
    }
    split.facts.trainEvents = train.size();
}

/// First and last time of each session.
std::pair<std::vector<std::int64_t>, std::vector<std::int64_t>> sessionSpan(const Views& views, std::size_t sessions) {
    std::vector<std::int64_t> first(sessions, std::numeric_limits<std::int64_t>::max());
    std::vector<std::int64_t> last(sessions, std::numeric_limits<std::int64_t>::min());
    for (const auto& v : views) {
        first[v.session] = std::min(first[v.session], v.time);
        last[v.session] = std::max(last[v.session], v.time);
    }
    return {first, last};
}

void buildGru4rec(const data::Dataset& dataset, const ProtocolOptions& options, Views views, std::size_t sessions,
                  ProtocolSplit& split) {
    // Step 2: consecutive repeats inside a session.
    Views deduplicated;
    for (const auto& v : views)
        if (deduplicated.empty() || deduplicated.back().session != v.session || deduplicated.back().item != v.item)
            deduplicated.push_back(v);
    views = std::move(deduplicated);
    // Step 3: iterate until stable.
    for (;;) {
        ++split.facts.filterRounds;
        const std::size_t before = views.size();
        views = dropShortSessions(views, sessions, 2);
        views = dropRareItems(views, dataset.items.size(), 5);
        if (views.size() == before) break;
    }
    // Step 4: whole test sessions from tsplit - 7 d; train events before it (sessions cut), length-1 dropped.
    std::int64_t boundary = options.gru4recSplitMs - 7 * kDayMs;
    if (options.validation) {
        views = dropShortSessions(keepIf(views, [&](const View& v) { return v.time < boundary; }), sessions, 2);
        boundary -= 7 * kDayMs;
    }
    if (!views.empty()) {
        const auto [lo, hi] = std::minmax_element(views.begin(), views.end(),
                                                  [](const View& a, const View& b) { return a.time < b.time; });
        if (boundary <= lo->time || boundary > hi->time)
            util::failParameter("tsplit", util::MessageCode::EvalSplitOutsideData,
                                {"tsplit - 7 days", std::to_string(boundary), std::to_string(lo->time),
                                 std::to_string(hi->time)});
    }
    const auto [first, last] = sessionSpan(views, sessions);
    const Views test = keepIf(views, [&, &f = first](const View& v) { return f[v.session] >= boundary; });
    const Views train = dropShortSessions(keepIf(views, [&](const View& v) { return v.time < boundary; }), sessions, 2);
    std::vector<std::uint8_t> trainItems;
    emitTrain(train, dataset.events.size(), dataset.items.size(), split, trainItems, sessions);
    emitTest(dataset, test, trainItems, false, split);
    split.facts.trainEndMs = boundary;
    split.facts.testBeginMs = boundary;
    split.facts.testEndMs = views.empty() ? boundary : std::max(boundary, *std::max_element(last.begin(), last.end()) + 1);
}

void buildSessionrec(const data::Dataset& dataset, const ProtocolOptions& options, Views views, std::size_t sessions,
                     ProtocolSplit& split) {
    // Step 2: filter once, in this order.
    views = dropShortSessions(views, sessions, 2);
    views = dropRareItems(views, dataset.items.size(), 5);
    views = dropShortSessions(views, sessions, 2);
    split.facts.filterRounds = 1;
    if (views.empty()) util::fail(util::MessageCode::EvalNoTestLists, {"sessionrec-window", "no session survives the filters"});
    // Step 3: slice k (seconds).
    constexpr std::int64_t day = 86'400;
    const std::int64_t firstTime =
        std::min_element(views.begin(), views.end(), [](const View& a, const View& b) { return a.time < b.time; })->time;
    const std::int64_t start = firstTime + 27 * day * options.slice;
    std::int64_t middle = start + 25 * day;
    const std::int64_t end = middle + 2 * day;
    const auto [first, last] = sessionSpan(views, sessions);
    auto inWindow = [&, &l = last](const View& v) { return l[v.session] >= start && l[v.session] <= end; };
    if (options.validation) {
        views = keepIf(views, [&, &l = last](const View& v) { return inWindow(v) && l[v.session] < middle; });
        middle -= 2 * day;
    }
    const Views train = keepIf(views, [&, &l = last](const View& v) { return inWindow(v) && l[v.session] < middle; });
    const Views test = keepIf(views, [&, &l = last](const View& v) {
        return inWindow(v) && l[v.session] >= middle && (!options.validation || l[v.session] < middle + 2 * day);
    });
    std::vector<std::uint8_t> trainItems;
    emitTrain(train, dataset.events.size(), dataset.items.size(), split, trainItems, sessions);
    emitTest(dataset, test, trainItems, true, split);
    split.facts.trainEndMs = middle * 1000;
    split.facts.testBeginMs = middle * 1000;
    split.facts.testEndMs = (options.validation ? middle + 2 * day : end) * 1000 + 1;
}

} // namespace

ProtocolSplit buildSessionPreset(const data::Dataset& dataset, const ProtocolOptions& options,
                                 const util::Progress& progress) {
    const bool gru4rec = options.kind == ProtocolKind::Gru4recOfficial;
    auto index = std::make_shared<data::SessionIndex>();
    progress.check();
    Views views = sessionViews(dataset, gru4rec, *index);
    progress.set(0.5, "protocol");
    ProtocolSplit split;
    const std::size_t sessions = index->size();
    if (gru4rec) buildGru4rec(dataset, options, std::move(views), sessions, split);
    else buildSessionrec(dataset, options, std::move(views), sessions, split);
    split.sessions = index;
    split.facts.listsBeforeSampling = split.testSessions.size();
    const auto keep = sampleIndexes(split.testSessions.size(), options.maxLists, options.sampleSeed);
    std::vector<SessionCase> kept;
    kept.reserve(keep.size());
    for (const auto i : keep) kept.push_back(split.testSessions[i]);
    split.testSessions = std::move(kept);
    split.facts.testSessions = split.testSessions.size();
    for (const auto& s : split.testSessions) split.facts.predictions += s.end - s.begin - 1;
    return split;
}

} // namespace vitrina::eval::detail
