// Funnel stage and activity segment of a visitor at a moment, from hand-made histories (definitions:
// core/README.md).
#include <QTest>

#ifndef Q_MOC_RUN // moc cannot parse util/Message.h (X-macro enum); the test class needs none of it
#include "EventFixture.h"
#include "analytics/VisitorState.h"
#include "util/Message.h"
#endif

using namespace vitrina;
using analytics::ActivitySegment;
using analytics::FunnelStage;
using data::EventType;

namespace {
constexpr std::int64_t kT0 = 1'433'116'800'000;
}

class TestVisitorState : public QObject {
    Q_OBJECT
private slots:
    void stagesFollowTheHistory() {
        // visitor 1: view, view, addtocart, transaction, addtocart (a second cart after buying)
        const auto d = test::buildDataset({
            {1, kT0 + 10, 1, EventType::View},
            {1, kT0 + 20, 2, EventType::View},
            {1, kT0 + 30, 2, EventType::AddToCart},
            {1, kT0 + 40, 2, EventType::Transaction, 5},
            {1, kT0 + 50, 3, EventType::AddToCart},
        });
        const auto& e = d.events;
        QCOMPARE(analytics::stageAt(e, 0, kT0), FunnelStage::New);
        QCOMPARE(analytics::stageAt(e, 0, kT0 + 10), FunnelStage::New); // strictly before t
        QCOMPARE(analytics::stageAt(e, 0, kT0 + 11), FunnelStage::Browsing);
        QCOMPARE(analytics::stageAt(e, 0, kT0 + 30), FunnelStage::Browsing);
        QCOMPARE(analytics::stageAt(e, 0, kT0 + 31), FunnelStage::Intent);
        QCOMPARE(analytics::stageAt(e, 0, kT0 + 40), FunnelStage::Intent);
        QCOMPARE(analytics::stageAt(e, 0, kT0 + 41), FunnelStage::Converted);
        QCOMPARE(analytics::stageAt(e, 0, kT0 + 51), FunnelStage::Converted); // converted stays converted
    }

    void purchaseWithoutCartConverts() {
        const auto d = test::buildDataset({
            {1, kT0, 1, EventType::View},
            {1, kT0 + 5, 1, EventType::Transaction, 8},
            {2, kT0, 4, EventType::AddToCart}, // a cart without a view is intent
        });
        QCOMPARE(analytics::stageAt(d.events, 0, kT0 + 6), FunnelStage::Converted);
        QCOMPARE(analytics::stageAt(d.events, 1, kT0 + 1), FunnelStage::Intent);
    }

    void cartClosedByPurchaseThenNewCart() {
        analytics::StageTracker t;
        QCOMPARE(t.stage(), FunnelStage::New);
        t.add(EventType::AddToCart);
        QCOMPARE(t.stage(), FunnelStage::Intent);
        t.add(EventType::Transaction);
        QCOMPARE(t.stage(), FunnelStage::Converted);
        t.add(EventType::View);
        QCOMPARE(t.stage(), FunnelStage::Converted);
        QCOMPARE(t.events(), std::uint64_t{3});
        QCOMPARE(t.segment(), ActivitySegment::Medium);
    }

    void segmentsCountEventsStrictlyBefore() {
        std::vector<test::RawEvent> rows;
        for (int k = 0; k < 12; ++k) rows.push_back({1, kT0 + 100 * k, 1, EventType::View});
        rows.push_back({1, kT0 + 100 * 11, 2, EventType::View}); // ties with the 12th event
        const auto d = test::buildDataset(rows);
        const auto at = [&](std::int64_t t) { return analytics::segmentAt(d.events, 0, t); };
        QCOMPARE(at(kT0), ActivitySegment::Cold);             // 0 before
        QCOMPARE(at(kT0 + 1), ActivitySegment::Light);        // 1
        QCOMPARE(at(kT0 + 200), ActivitySegment::Light);      // 2
        QCOMPARE(at(kT0 + 201), ActivitySegment::Medium);     // 3
        QCOMPARE(at(kT0 + 900), ActivitySegment::Medium);     // 9
        QCOMPARE(at(kT0 + 901), ActivitySegment::Heavy);      // 10
        QCOMPARE(at(kT0 + 1100), ActivitySegment::Heavy);     // 11 (the two tied events are not before)
        QCOMPARE(analytics::segmentForCount(0), ActivitySegment::Cold);
        QCOMPARE(analytics::segmentForCount(2), ActivitySegment::Light);
        QCOMPARE(analytics::segmentForCount(3), ActivitySegment::Medium);
        QCOMPARE(analytics::segmentForCount(9), ActivitySegment::Medium);
        QCOMPARE(analytics::segmentForCount(10), ActivitySegment::Heavy);
    }

    void unknownVisitorIsAnError() {
        const auto d = test::buildDataset({{1, kT0, 1, EventType::View}});
        QVERIFY_THROWS_EXCEPTION(util::Error, analytics::stageAt(d.events, 1, kT0));
        QVERIFY_THROWS_EXCEPTION(util::Error, analytics::segmentAt(d.events, 7, kT0));
    }
};

QTEST_GUILESS_MAIN(TestVisitorState)
#include "tst_visitor_state.moc"
