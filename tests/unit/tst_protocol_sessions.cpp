// The GRU4Rec-official and session-rec window presets step by step on one hand-made log (README of the sample):
// session split over all event types, view filtering, consecutive repeats, iterative vs single filtering,
// boundaries (whole sessions vs cut sessions), unknown test items, and the tie rule of the ranking.
#include <QTest>

#ifndef Q_MOC_RUN
#include "ModelTestData.h"
#include "eval/NextItemMetrics.h"
#include "eval/Protocol.h"
#endif

using namespace vitrina;
using data::EventType;
using test::HandEvent;

namespace {

constexpr std::int64_t D = 86'400'000, M = 60'000;

void views(std::vector<HandEvent>& out, std::int64_t visitor, std::int64_t start, std::vector<std::int64_t> items) {
    for (std::size_t k = 0; k < items.size(); ++k)
        out.push_back({visitor, start + static_cast<std::int64_t>(k) * 10 * M, items[k], EventType::View});
}

// Train-period sessions v1..v10 on days 1..10, v11/v12 cross `boundary`, test sessions v13..v18 a day after it
// and v19 three days after it. Items 1, 2, 3 are frequent; 4 has exactly five views (one in v4, whose other item
// 9 is rare); 5 appears only after the boundary.
std::shared_ptr<data::Dataset> sessionLog(std::int64_t boundary) {
    std::vector<HandEvent> e;
    // v1: view 1, view 2 (+10 m), cart 2 (+70 m), view 2 (+71 m), view 3 (+130 m). Views alone would split at
    // the 61-minute gap; over all types the gaps are 60 and 59 minutes (one GRU4Rec session, three for session-rec).
    e.push_back({1, 1 * D, 1, EventType::View});
    e.push_back({1, 1 * D + 10 * M, 2, EventType::View});
    e.push_back({1, 1 * D + 70 * M, 2, EventType::AddToCart});
    e.push_back({1, 1 * D + 71 * M, 2, EventType::View});
    e.push_back({1, 1 * D + 130 * M, 3, EventType::View});
    views(e, 2, 2 * D, {1, 3, 2});
    views(e, 3, 3 * D, {2, 1, 3, 9});
    views(e, 4, 4 * D, {9, 4});
    views(e, 5, 5 * D, {4, 1});
    views(e, 6, 6 * D, {4, 2});
    views(e, 7, 7 * D, {4, 3});
    views(e, 8, 8 * D, {4, 1});
    views(e, 9, 9 * D, {1, 2, 3, 1});
    views(e, 10, 10 * D, {3, 2, 1});
    views(e, 11, boundary - 20 * M, {1, 2, 3});  // crosses: -20 m, -10 m, +0 m
    e.back().timeMs += 5 * M;                     // third view at +5 m
    views(e, 12, boundary - 5 * M, {2, 3, 1});   // -5 m, +5 m, +15 m
    views(e, 13, boundary + 1 * D, {1, 2, 3});
    views(e, 14, boundary + 1 * D + 2 * 3'600'000, {5, 1});
    views(e, 15, boundary + 1 * D + 4 * 3'600'000, {5, 2});
    views(e, 16, boundary + 1 * D + 6 * 3'600'000, {5, 3});
    views(e, 17, boundary + 1 * D + 8 * 3'600'000, {5, 1, 2});
    views(e, 18, boundary + 1 * D + 10 * 3'600'000, {5, 3, 5});
    views(e, 19, boundary + 3 * D, {1, 2});
    return test::handDataset(std::move(e));
}

eval::ProtocolSplit build(const data::Dataset& ds, eval::ProtocolOptions options) {
    auto result = eval::buildProtocol(ds, options);
    if (!result) qFatal("protocol failed: %s", result.error->text().c_str());
    return std::move(*result);
}

std::vector<std::vector<std::int64_t>> testSessions(const data::Dataset& ds, const eval::ProtocolSplit& s) {
    std::vector<std::vector<std::int64_t>> out;
    for (const auto& session : s.testSessions) {
        out.emplace_back();
        for (auto i = session.begin; i < session.end; ++i) out.back().push_back(ds.items.ids.raw(s.sessionItems[i]));
    }
    return out;
}

/// Training views per raw visitor, as raw items in log order.
std::map<std::int64_t, std::vector<std::int64_t>> trainByVisitor(const data::Dataset& ds, const eval::ProtocolSplit& s) {
    std::map<std::int64_t, std::vector<std::int64_t>> out;
    for (std::size_t e = 0; e < ds.events.size(); ++e)
        if (s.trainMask[e]) out[ds.visitors.raw(ds.events.visitor[e])].push_back(ds.items.ids.raw(ds.events.item[e]));
    return out;
}

using Sessions = std::vector<std::vector<std::int64_t>>;
using ByVisitor = std::map<std::int64_t, std::vector<std::int64_t>>;

} // namespace

class TstProtocolSessions : public QObject {
    Q_OBJECT

private slots:
    void gru4recOfficial() {
        const std::int64_t boundary = 13 * D;
        const auto ds = sessionLog(boundary);
        eval::ProtocolOptions o;
        o.kind = eval::ProtocolKind::Gru4recOfficial;
        o.gru4recSplitMs = boundary + 7 * D;
        const auto s = build(*ds, o);
        // Round 1 drops item 9; round 2 the now single-item v4 and then item 4 (four views left); round 3 the
        // single-item v5..v8; round 4 changes nothing.
        QCOMPARE(s.facts.filterRounds, std::uint64_t{4});
        // v1: the repeated view of 2 is dropped (its previous view is 2, the cart in between does not count).
        // v11 is cut at the boundary; v12 keeps one training view and is dropped.
        const ByVisitor expected{{1, {1, 2, 3}}, {2, {1, 3, 2}}, {3, {2, 1, 3}},
                                 {9, {1, 2, 3, 1}}, {10, {3, 2, 1}}, {11, {1, 2}}};
        QCOMPARE(trainByVisitor(*ds, s), expected);
        QCOMPARE(s.facts.trainSessions, std::uint64_t{6});
        // Test: whole sessions from the boundary; item 5 (never in train) removed, then sessions below 2 dropped.
        QCOMPARE(testSessions(*ds, s), (Sessions{{1, 2, 3}, {1, 2}, {1, 2}}));
        QCOMPARE(s.facts.predictions, std::uint64_t{4});
        QCOMPARE(s.facts.testEvents, std::uint64_t{17});
        // The session index for session models follows the 1-hour split over all types: v1 is one session.
        const auto& idx = *s.sessions;
        QCOMPARE(idx.sessionOfEvent[0], idx.sessionOfEvent[4]);
        // The query at position t is the first t items alone.
        const auto q = s.sessionQuery(s.testSessions[0], 2);
        QCOMPARE(q.size(), std::size_t{2});
        QCOMPARE(q.sessionBegin, std::size_t{0});
        QVERIFY(!q.visitor.has_value());
    }

    void gru4recValidationWeekBefore() {
        const std::int64_t boundary = 13 * D;
        const auto ds = sessionLog(boundary);
        eval::ProtocolOptions o;
        o.kind = eval::ProtocolKind::Gru4recOfficial;
        o.gru4recSplitMs = boundary + 7 * D; // validation boundary: 6 D
        o.validation = true;
        const auto s = build(*ds, o);
        // Sessions before 6 D train; v9, v10 and the first part of v11 start later and form the validation set
        // (v11's training part [1, 2]).
        const ByVisitor expected{{1, {1, 2, 3}}, {2, {1, 3, 2}}, {3, {2, 1, 3}}};
        QCOMPARE(trainByVisitor(*ds, s), expected);
        QCOMPARE(testSessions(*ds, s), (Sessions{{1, 2, 3, 1}, {3, 2, 1}, {1, 2}}));
    }

    void sessionrecWindow() {
        const std::int64_t boundary = 26 * D; // first view at 1 D: start 1 D, middle 26 D, end 28 D
        const auto ds = sessionLog(boundary);
        eval::ProtocolOptions o;
        o.kind = eval::ProtocolKind::SessionrecWindow;
        const auto s = build(*ds, o);
        QCOMPARE(s.facts.filterRounds, std::uint64_t{1});
        QCOMPARE(s.facts.trainEndMs, boundary);
        // 30-minute sessions: v1 is [1, 2] + [2] + [3]; the single views go. Single filtering: item 4 keeps its
        // five views (v4 only loses item 9 afterwards and is dropped as shorter than 2), so v5..v8 stay.
        const ByVisitor expected{{1, {1, 2}},    {2, {1, 3, 2}}, {3, {2, 1, 3}},    {5, {4, 1}}, {6, {4, 2}},
                                 {7, {4, 3}},    {8, {4, 1}},    {9, {1, 2, 3, 1}}, {10, {3, 2, 1}}};
        QCOMPARE(trainByVisitor(*ds, s), expected);
        // Whole sessions by their LAST event: v11 and v12 end after the middle and are test sessions; v19 ends
        // after the window's end (28 D) and is out.
        QCOMPARE(testSessions(*ds, s), (Sessions{{1, 2, 3}, {2, 3, 1}, {1, 2, 3}, {1, 2}}));
        QCOMPARE(s.facts.predictions, std::uint64_t{7});
        // Times are whole seconds.
        for (const auto t : s.sessionTimes) QCOMPARE(t % 1000, std::int64_t{0});
        // Slice 1 starts at 28 D: nothing is left to test.
        o.slice = 1;
        QVERIFY(!eval::buildProtocol(*ds, o).ok());
    }

    void officialTieRule() {
        // rank = number of items whose score is >= the target's: ties count against the target.
        const std::vector<float> scores{0.5f, 0.9f, 0.5f, 0.1f, -std::numeric_limits<float>::infinity()};
        QCOMPARE(eval::rankCountingTies(scores, 0), std::uint64_t{3});
        QCOMPARE(eval::rankCountingTies(scores, 2), std::uint64_t{3});
        QCOMPARE(eval::rankCountingTies(scores, 1), std::uint64_t{1});
        QCOMPARE(eval::rankCountingTies(scores, 3), std::uint64_t{4});
    }
};

QTEST_APPLESS_MAIN(TstProtocolSessions)
#include "tst_protocol_sessions.moc"
