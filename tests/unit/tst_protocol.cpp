// Temporal (rolling, static), leave-last-out and the validation split on a hand-made log: which events train,
// which lists, their relevant sets, histories, sessions, stages and segments, worked out by hand below; and the
// training set the Visitors page builds for a moment T (eval/TrainingSplit.h) against the protocol's.
#include <QTest>

#include <algorithm>

#ifndef Q_MOC_RUN
#include "ModelTestData.h"
#include "SyntheticDataset.h"
#include "analytics/Personas.h"
#include "eval/Protocol.h"
#include "eval/TrainingSplit.h"
#endif

using namespace vitrina;
using data::EventType;
using test::HandEvent;

namespace {

constexpr std::int64_t D = 86'400'000, H = 3'600'000, M = 60'000;

// Items 100 (A), 200 (B), 300 (C). Last event on day 9, so with days = 2: T = 10 D - 2 D = 8 D.
// v1: view A 1D, view B 1D+1h | view C 8D+10m, cart C 8D+20m, txn C 8D+30m
// v2: | cart A 8D+5h, view B 9D+1h
// v3: view A 2D, cart B 6D+1m
// v4: view B 5D | view B 9D+2h, cart A 9D+2h10m
std::shared_ptr<data::Dataset> fixture() {
    return test::handDataset({
        {1, 1 * D, 100, EventType::View},
        {1, 1 * D + H, 200, EventType::View},
        {1, 8 * D + 10 * M, 300, EventType::View},
        {1, 8 * D + 20 * M, 300, EventType::AddToCart},
        {1, 8 * D + 30 * M, 300, EventType::Transaction, 7},
        {2, 8 * D + 5 * H, 100, EventType::AddToCart},
        {2, 9 * D + H, 200, EventType::View},
        {3, 2 * D, 100, EventType::View},
        {3, 6 * D + M, 200, EventType::AddToCart},
        {4, 5 * D, 200, EventType::View},
        {4, 9 * D + 2 * H, 200, EventType::View},
        {4, 9 * D + 2 * H + 10 * M, 100, EventType::AddToCart},
    });
}

eval::ProtocolSplit build(const data::Dataset& ds, eval::ProtocolOptions options) {
    auto result = eval::buildProtocol(ds, options);
    if (!result) qFatal("protocol failed: %s", result.error->text().c_str());
    return std::move(*result);
}

std::vector<std::int64_t> rawRelevant(const data::Dataset& ds, const eval::ProtocolSplit& s, const eval::ListCase& l) {
    std::vector<std::int64_t> out;
    for (const auto i : s.relevant(l)) out.push_back(ds.items.ids.raw(i));
    return out;
}

std::vector<std::uint8_t> maskOf(std::initializer_list<int> bits) { return std::vector<std::uint8_t>(bits.begin(), bits.end()); }

template <class Body> std::string failingParameter(Body&& body) {
    try {
        body();
    } catch (const util::Error& e) {
        return e.message().parameter;
    }
    return "<nothing thrown>";
}

} // namespace

class TstProtocol : public QObject {
    Q_OBJECT

private slots:
    void rollingListsOnePerTargetEvent() {
        const auto ds = fixture();
        eval::ProtocolOptions o;
        o.testDays = 2;
        const auto s = build(*ds, o);
        QCOMPARE(s.facts.trainEndMs, 8 * D);
        // Log order: v1 (5 events), v2 (2), v3 (2), v4 (3). Train = events before 8 D.
        QCOMPARE(s.trainMask, maskOf({1, 1, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0}));
        QCOMPARE(s.facts.trainEvents, std::uint64_t{5});
        QCOMPARE(s.facts.testEvents, std::uint64_t{7});
        QCOMPARE(s.facts.targetEvents, std::uint64_t{4});
        QCOMPARE(s.lists.size(), std::size_t{4});
        using analytics::ActivitySegment;
        using analytics::FunnelStage;
        // v1 cart C: history A, B, view C (earlier test events included); session = view C alone.
        const auto& a = s.lists[0];
        QCOMPARE(a.at, 8 * D + 20 * M);
        QCOMPARE(a.historyBegin, std::uint64_t{0});
        QCOMPARE(a.historyEnd, std::uint64_t{3});
        QCOMPARE(a.sessionBegin, std::uint64_t{2});
        QCOMPARE(rawRelevant(*ds, s, a), std::vector<std::int64_t>{300});
        QCOMPARE(a.segment, ActivitySegment::Medium);
        QCOMPARE(a.stage, FunnelStage::Browsing);
        // v1 txn C: the cart is now history -> intent.
        QCOMPARE(s.lists[1].historyEnd, std::uint64_t{4});
        QCOMPARE(s.lists[1].stage, FunnelStage::Intent);
        // v2 cart A: no history at all -> cold / new, its own segment.
        QCOMPARE(s.lists[2].historySize(), std::uint64_t{0});
        QCOMPARE(s.lists[2].segment, ActivitySegment::Cold);
        QCOMPARE(s.lists[2].stage, FunnelStage::New);
        // v4 cart A: history B (5 D), B (9 D + 2 h); the session started at the second B, 10 minutes before.
        QCOMPARE(s.lists[3].historyBegin, std::uint64_t{9});
        QCOMPARE(s.lists[3].historyEnd, std::uint64_t{11});
        QCOMPARE(s.lists[3].sessionBegin, std::uint64_t{10});
        QCOMPARE(s.lists[3].segment, ActivitySegment::Light);
        QCOMPARE(rawRelevant(*ds, s, s.lists[3]), std::vector<std::int64_t>{100});
        // One list in four has no history; item C (twice relevant) was never seen in training.
        QCOMPARE(s.facts.listsWithoutHistory, std::uint64_t{1});
        QCOMPARE(s.facts.relevantItems, std::uint64_t{4});
        QCOMPARE(s.facts.relevantWithoutTraining, std::uint64_t{2});
        QVERIFY(std::any_of(s.warnings.begin(), s.warnings.end(), [](const util::Message& m) {
            return m.code == util::MessageCode::EvalNoHistoryShare && m.args[2] == "25.0";
        }));
        // The query of a list is exactly its history.
        const auto q = s.query(*ds, a);
        QCOMPARE(q.size(), std::size_t{3});
        QCOMPARE(q.sessionBegin, std::size_t{2});
        QCOMPARE(q.at, 8 * D + 20 * M);
    }

    void staticListsOnePerVisitorAtT() {
        const auto ds = fixture();
        eval::ProtocolOptions o;
        o.testDays = 2;
        o.mode = eval::TemporalMode::Static;
        const auto s = build(*ds, o);
        QCOMPARE(s.lists.size(), std::size_t{3}); // v1, v2, v4 (v3 has no test event)
        QCOMPARE(s.lists[0].at, 8 * D);
        QCOMPARE(s.lists[0].historySize(), std::uint64_t{2}); // A, B only: test events are not history
        QCOMPARE(s.lists[0].sessionBegin, s.lists[0].historyEnd); // last event a week before T
        QCOMPARE(rawRelevant(*ds, s, s.lists[0]), std::vector<std::int64_t>{300}); // cart and txn of C, once
        QCOMPARE(rawRelevant(*ds, s, s.lists[1]), std::vector<std::int64_t>{100});
        QCOMPARE(s.lists[1].historySize(), std::uint64_t{0});
        QCOMPARE(s.lists[2].historySize(), std::uint64_t{1});
        QCOMPARE(s.lists[2].segment, analytics::ActivitySegment::Light);
        QCOMPARE(s.facts.listsWithoutHistory, std::uint64_t{1});
    }

    void anyEventTargets() {
        const auto ds = fixture();
        eval::ProtocolOptions o;
        o.testDays = 2;
        o.targets = eval::TargetTypes::AnyEvent;
        const auto s = build(*ds, o);
        QCOMPARE(s.lists.size(), std::size_t{7});
        QCOMPARE(s.lists[0].historySize(), std::uint64_t{2}); // view C after A, B
        QCOMPARE(s.lists[4].at, 9 * D + H);                   // v2's view B: history = its cart
        QCOMPARE(s.lists[4].historySize(), std::uint64_t{1});
        QCOMPARE(s.lists[4].stage, analytics::FunnelStage::Intent);
    }

    void minimumInteractions() {
        const auto ds = fixture();
        eval::ProtocolOptions o;
        o.testDays = 2;
        o.minItemTrainEvents = 3; // A has 2 training events (dropped), B has 3 (kept)
        auto s = build(*ds, o);
        QCOMPARE(s.trainMask, maskOf({0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0}));
        o.minItemTrainEvents = 0;
        o.minVisitorTrainEvents = 2; // only v1 has two training events
        s = build(*ds, o);
        QCOMPARE(s.lists.size(), std::size_t{2});
        QCOMPARE(s.facts.droppedByMinVisitorEvents, std::uint64_t{2});
        QCOMPARE(s.facts.listsWithoutHistory, std::uint64_t{0});
    }

    void leaveLastOut() {
        const auto ds = fixture();
        eval::ProtocolOptions o;
        o.kind = eval::ProtocolKind::LeaveLastOut;
        const auto s = build(*ds, o);
        // Held out: v1 txn; v2 cart and the later view; v3 cart; v4 cart.
        QCOMPARE(s.trainMask, maskOf({1, 1, 1, 1, 0, 0, 0, 1, 0, 1, 1, 0}));
        QCOMPARE(s.lists.size(), std::size_t{4});
        QCOMPARE(s.lists[0].historySize(), std::uint64_t{4});
        QCOMPARE(rawRelevant(*ds, s, s.lists[0]), std::vector<std::int64_t>{300});
        QCOMPARE(s.lists[1].historySize(), std::uint64_t{0});
        QCOMPARE(rawRelevant(*ds, s, s.lists[2]), std::vector<std::int64_t>{200});
        QCOMPARE(s.facts.testEvents, std::uint64_t{5});
        // Validation inside the training part: only v1 still has a target (its cart of C).
        o.validation = true;
        const auto v = build(*ds, o);
        QCOMPARE(v.lists.size(), std::size_t{1});
        QCOMPARE(v.lists[0].at, 8 * D + 20 * M);
        QCOMPARE(v.trainMask, maskOf({1, 1, 1, 0, 0, 0, 0, 1, 0, 1, 1, 0}));
    }

    void temporalValidationIsCarvedFromTrain() {
        const auto ds = fixture();
        eval::ProtocolOptions o;
        o.testDays = 2;
        o.validation = true;
        const auto s = build(*ds, o);
        // Data before 8 D ends on day 6 -> inner T = 7 D - 2 D = 5 D; the only target is v3's cart of B.
        QCOMPARE(s.facts.trainEndMs, 5 * D);
        QCOMPARE(s.facts.testEndMs, 6 * D + M + 1);
        QCOMPARE(s.trainMask, maskOf({1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0}));
        QCOMPARE(s.lists.size(), std::size_t{1});
        QCOMPARE(s.lists[0].visitor, data::VisitorIndex{2});
        QCOMPARE(s.lists[0].historySize(), std::uint64_t{1});
    }

    void sampledListsAreSeededAndOrdered() {
        const auto ds = fixture();
        eval::ProtocolOptions o;
        o.testDays = 2;
        o.targets = eval::TargetTypes::AnyEvent;
        o.maxLists = 3;
        const auto a = build(*ds, o), b = build(*ds, o);
        QCOMPARE(a.lists.size(), std::size_t{3});
        QCOMPARE(a.facts.listsBeforeSampling, std::uint64_t{7});
        for (std::size_t i = 0; i < 3; ++i) QCOMPARE(a.lists[i].at, b.lists[i].at);
        for (std::size_t i = 1; i < 3; ++i) QVERIFY(a.lists[i - 1].historyBegin <= a.lists[i].historyBegin);
        const auto idx = eval::detail::sampleIndexes(100, 10, 5);
        QCOMPARE(idx.size(), std::size_t{10});
        QVERIFY(std::is_sorted(idx.begin(), idx.end()));
        QVERIFY(idx != eval::detail::sampleIndexes(100, 10, 6));
    }

    void trainingBeforeTEqualsTheTemporalProtocols() {
        // The Visitors page's quick models train on eval::trainingSetBefore(T) with T from the summary's last
        // event; the temporal protocol (7 test days, no item minimum) must train on the very same events.
        test::SyntheticShape shape;
        shape.visitors = 4000;
        shape.items = 600;
        shape.categories = 40;
        shape.roots = 4;
        shape.spanMs = 30 * D;
        const auto ds = std::make_shared<const data::Dataset>(test::syntheticDataset(shape, 11));
        const auto sessions = std::make_shared<const data::SessionIndex>(data::buildSessions(ds->events));
        const std::int64_t lastMs = *std::max_element(ds->events.timestamp.begin(), ds->events.timestamp.end());
        const std::int64_t T = analytics::testBeginAfter(lastMs, 7);
        const auto page = eval::trainingSetBefore(ds, sessions, T);
        for (const auto mode : {eval::TemporalMode::Rolling, eval::TemporalMode::Static}) {
            eval::ProtocolOptions o;
            o.mode = mode;
            o.targets = eval::TargetTypes::AnyEvent; // the log's sparse tail may hold no cart (lists do not matter here)
            const auto split = build(*ds, o);
            QCOMPARE(split.facts.trainEndMs, T);
            const auto protocol = split.trainingSet(ds);
            QVERIFY(std::equal(page->mask().begin(), page->mask().end(), protocol->mask().begin(), protocol->mask().end()));
            QCOMPARE(page->cutoffMs(), protocol->cutoffMs());
            QCOMPARE(page->trainingEvents(), split.facts.trainEvents);
            QCOMPARE(page->sessions().start, protocol->sessions().start);
            QCOMPARE(page->popularityOrder(), protocol->popularityOrder());
        }
        // Both sides of T are present, so an off-by-one at T or an empty mask would show.
        QVERIFY(page->trainingEvents() > 0 && page->trainingEvents() < ds->events.size());
        const auto atT = std::find(ds->events.timestamp.begin(), ds->events.timestamp.end(), T);
        if (atT != ds->events.timestamp.end()) QVERIFY(!page->isTraining(static_cast<std::uint64_t>(atT - ds->events.timestamp.begin())));
        // An event exactly at T is a test event for both.
        const auto atTheSplit = test::handDataset({{1, 1 * D, 100, EventType::View},
                                                   {1, 8 * D, 200, EventType::View},
                                                   {2, 9 * D, 100, EventType::AddToCart}});
        eval::ProtocolOptions twoDays;
        twoDays.testDays = 2;
        twoDays.targets = eval::TargetTypes::AnyEvent;
        QCOMPARE(build(*atTheSplit, twoDays).facts.trainEndMs, 8 * D);
        QCOMPARE(eval::eventsBefore(atTheSplit->events, 8 * D), build(*atTheSplit, twoDays).trainMask);
        QCOMPARE(eval::eventsBefore(atTheSplit->events, 8 * D), maskOf({1, 0, 0}));
        // The hand-made log: T = 8 D for two test days, the events before it exactly.
        const auto hand = fixture();
        const auto handSessions = std::make_shared<const data::SessionIndex>(data::buildSessions(hand->events));
        QCOMPARE(eval::eventsBefore(hand->events, 8 * D), build(*hand, [] { eval::ProtocolOptions o; o.testDays = 2; return o; }()).trainMask);
        QCOMPARE(eval::trainingSetBefore(hand, handSessions, 8 * D)->trainingEvents(), std::uint64_t{5});
    }

    void badParametersNameTheParameter() {
        const auto ds = fixture();
        eval::ProtocolOptions o;
        o.testDays = 0;
        QCOMPARE(failingParameter([&] { o.validate(); }), std::string("days"));
        o.testDays = 7;
        o.slice = 5;
        QCOMPARE(failingParameter([&] { o.validate(); }), std::string("slice"));
        o.slice = 0;
        o.minVisitorTrainEvents = -1;
        QCOMPARE(failingParameter([&] { o.validate(); }), std::string("min_visitor_events"));
        QCOMPARE(failingParameter([] { eval::protocolFromName("holdout"); }), std::string("protocol"));
        QCOMPARE(failingParameter([] { eval::modeFromName("sliding"); }), std::string("mode"));
        // 9 test days on 9 days of data: T would be at or before the first event.
        eval::ProtocolOptions wide;
        wide.testDays = 9;
        const auto r = eval::buildProtocol(*ds, wide);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->parameter, std::string("days"));
        data::Dataset empty;
        QVERIFY(!eval::buildProtocol(empty, {}).ok());
    }
};

QTEST_APPLESS_MAIN(TstProtocol)
#include "tst_protocol.moc"
