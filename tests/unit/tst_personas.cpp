// Personas, pick lists and the what-if history (core/analytics/Personas, core/models/LiveHistory) on a
// hand-made log whose expected picks are worked out in the comments.
#include <QTest>

#ifndef Q_MOC_RUN // moc cannot parse util/Message.h (X-macro enum); the test class needs none of it
#include <algorithm>

#include "EventFixture.h"
#include "analytics/Personas.h"
#include "models/LiveHistory.h"
#include "util/Message.h"
#endif

using namespace vitrina;
using analytics::FunnelStage;
using analytics::PersonaKind;
using data::EventType;

namespace {
constexpr std::int64_t kT = 1'433'116'800'000; // 2015-06-01 00:00 UTC: the split boundary T
constexpr std::int64_t kMin = 60'000, kHour = 60 * kMin, kDay = 24 * kHour;

// Raw visitor -> dense index: 10->0, 20->1, 25->2, 30->3, 50->4, 60->5.
data::Dataset handLog() {
    return test::buildDataset({
        // 10: views only, on both sides of T (2 before, 1 after): the browsing persona
        {10, kT - 3 * kHour, 1, EventType::View},
        {10, kT - 2 * kHour, 2, EventType::View},
        {10, kT + kHour, 3, EventType::View},
        // 20: views only, all before T (3 before, none after): loses to 10 (does not span T)
        {20, kT - 5 * kHour, 1, EventType::View},
        {20, kT - 4 * kHour, 2, EventType::View},
        {20, kT - 4 * kHour + kMin, 4, EventType::View},
        // 25: a test-period newcomer with three views: loses to 30 (no later cart or purchase)
        {25, kT + kHour, 1, EventType::View},
        {25, kT + kHour + kMin, 2, EventType::View},
        {25, kT + kHour + 2 * kMin, 3, EventType::View},
        // 30: a test-period newcomer who buys: the new persona (3 events, a later cart)
        {30, kT + 10 * kMin, 5, EventType::View},
        {30, kT + 12 * kMin, 5, EventType::AddToCart},
        {30, kT + 13 * kMin, 5, EventType::Transaction, 900},
        // 50: a cart before T, then a view, a cart and a purchase in the test period: the intent persona, shown
        // 1 ms after its test-period cart (4 events before, 1 after)
        {50, kT - 2 * kDay, 6, EventType::View},
        {50, kT - 2 * kDay + kMin, 6, EventType::AddToCart},
        {50, kT + 2 * kHour, 7, EventType::View},
        {50, kT + 2 * kHour + kMin, 7, EventType::AddToCart},
        {50, kT + 2 * kHour + 5 * kMin, 7, EventType::Transaction, 901},
        // 60: bought before putting in the cart: never intent
        {60, kT + kHour, 8, EventType::Transaction, 902},
        {60, kT + kHour + kMin, 8, EventType::AddToCart},
    });
}
} // namespace

class TestPersonas : public QObject {
    Q_OBJECT
private slots:
    void defaultTestBeginIsTheProtocolsT() {
        const auto d = handLog();
        // the last event is on the day starting at kT: its end minus 7 days / 1 day
        QCOMPARE(analytics::defaultTestBegin(d.events, 7), kT + kDay - 7 * kDay);
        QCOMPARE(analytics::defaultTestBegin(d.events, 1), kT);
        QCOMPARE(analytics::defaultTestBegin(data::EventLog{}, 7), std::int64_t{0});
    }

    void defaultMomentIsTheFirstTestEvent() {
        const auto d = handLog();
        QCOMPARE(analytics::defaultMoment(d.events, 0, kT), kT + kHour);             // 10: its first test event
        QCOMPARE(analytics::defaultMoment(d.events, 1, kT), kT - 4 * kHour + kMin + 1); // 20: after its last
        QCOMPARE(analytics::defaultMoment(d.events, 3, kT), kT + 10 * kMin);         // 30: its first event
        const auto p = analytics::pickAt(d.events, 4, kT + 2 * kHour);
        QCOMPARE(p.events, std::uint64_t{5});
        QCOMPARE(p.before, std::uint64_t{2});
    }

    void personasFollowTheirDefinitions() {
        const auto d = handLog();
        analytics::PersonaOptions options;
        options.testBeginMs = kT;
        options.listSize = 3;
        const auto picks = analytics::findPersonas(d.events, options);

        const auto& newcomer = picks.persona(PersonaKind::New);
        QVERIFY(newcomer);
        QCOMPARE(d.visitors.raw(newcomer->visitor), std::int64_t{30});
        QCOMPARE(newcomer->at, kT + 10 * kMin);
        QCOMPARE(newcomer->before, std::uint64_t{0});
        QCOMPARE(analytics::stageAt(d.events, newcomer->visitor, newcomer->at), FunnelStage::New);

        const auto& browsing = picks.persona(PersonaKind::Browsing);
        QVERIFY(browsing);
        QCOMPARE(d.visitors.raw(browsing->visitor), std::int64_t{10});
        QCOMPARE(browsing->at, kT + kHour);
        QCOMPARE(browsing->before, std::uint64_t{2});
        QCOMPARE(analytics::stageAt(d.events, browsing->visitor, browsing->at), FunnelStage::Browsing);

        const auto& intent = picks.persona(PersonaKind::Intent);
        QVERIFY(intent);
        QCOMPARE(d.visitors.raw(intent->visitor), std::int64_t{50});
        QCOMPARE(intent->at, kT + 2 * kHour + kMin + 1);
        QCOMPARE(intent->before, std::uint64_t{4});
        QCOMPARE(analytics::stageAt(d.events, intent->visitor, intent->at), FunnelStage::Intent);
    }

    void noPersonaWhenNothingFits() {
        // Only purchases, all before T: no newcomer, no views-only visitor, no cart before a purchase.
        const auto d = test::buildDataset({{1, kT - kHour, 1, EventType::Transaction, 1},
                                           {2, kT - kHour, 1, EventType::Transaction, 2}});
        analytics::PersonaOptions options;
        options.testBeginMs = kT;
        const auto picks = analytics::findPersonas(d.events, options);
        QVERIFY(!picks.persona(PersonaKind::New));
        QVERIFY(!picks.persona(PersonaKind::Browsing));
        QVERIFY(!picks.persona(PersonaKind::Intent));
        QCOMPARE(picks.mostActive.size(), std::size_t{2});
    }

    void mostActiveByCountThenIndex() {
        const auto d = handLog();
        analytics::PersonaOptions options;
        options.testBeginMs = kT;
        options.listSize = 3;
        const auto picks = analytics::findPersonas(d.events, options);
        QCOMPARE(picks.mostActive.size(), std::size_t{3});
        // 50 has 5 events; 10, 20, 25, 30 have 3 each: the two smallest indexes follow
        QCOMPARE(d.visitors.raw(picks.mostActive[0].visitor), std::int64_t{50});
        QCOMPARE(d.visitors.raw(picks.mostActive[1].visitor), std::int64_t{10});
        QCOMPARE(d.visitors.raw(picks.mostActive[2].visitor), std::int64_t{20});
        QCOMPARE(picks.mostActive[0].events, std::uint64_t{5});
        QCOMPARE(picks.mostActive[0].at, kT + 2 * kHour); // its first test-period event
    }

    void randomSampleIsSeededAndDistinct() {
        const auto d = handLog();
        analytics::PersonaOptions options;
        options.testBeginMs = kT;
        options.listSize = 4;
        const auto a = analytics::findPersonas(d.events, options);
        const auto b = analytics::findPersonas(d.events, options);
        QCOMPARE(a.random.size(), std::size_t{4});
        std::vector<data::VisitorIndex> va, vb;
        for (const auto& p : a.random) va.push_back(p.visitor);
        for (const auto& p : b.random) vb.push_back(p.visitor);
        QCOMPARE(va, vb); // same seed, same sample
        std::vector<data::VisitorIndex> sorted = va;
        std::sort(sorted.begin(), sorted.end());
        QVERIFY(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
        // asking for more than there are gives every visitor once
        options.listSize = 100;
        const auto all = analytics::findPersonas(d.events, options);
        sorted.clear();
        for (const auto& p : all.random) sorted.push_back(p.visitor);
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(sorted, (std::vector<data::VisitorIndex>{0, 1, 2, 3, 4, 5}));
        // another seed gives another order of the six
        options.seed = 7;
        const auto other = analytics::findPersonas(d.events, options);
        bool differs = false;
        for (std::size_t i = 0; i < all.random.size(); ++i) differs |= all.random[i].visitor != other.random[i].visitor;
        QVERIFY(differs);
    }

    void cancelledSearchThrows() {
        const auto d = handLog();
        util::CancelToken token;
        token.cancel();
        const util::Progress progress([](double, const std::string&) {}, token);
        QVERIFY_THROWS_EXCEPTION(util::Cancelled, analytics::findPersonas(d.events, {}, progress));
    }

    void liveHistoryContinuesTheOpenSession() {
        const auto d = handLog();
        const std::int64_t at = kT + 2 * kHour + kMin + 1; // visitor 50 right after its test-period cart
        models::LiveHistory live(d, data::VisitorIndex{4}, at);
        QCOMPARE(live.historySize(), std::size_t{4});
        QCOMPARE(live.sessionBegin(), std::size_t{2}); // the session that began at T + 2 h is still open
        QCOMPARE(live.stage(), FunnelStage::Intent);
        QCOMPARE(live.segment(), analytics::ActivitySegment::Medium);
        live.add(*d.items.ids.find(7), EventType::Transaction);
        QCOMPARE(live.stage(), FunnelStage::Converted);
        const models::Query q = live.query();
        QCOMPARE(q.size(), std::size_t{5});
        QCOMPARE(q.sessionBegin, std::size_t{2});
        QCOMPARE(q.times[4], at);
        QCOMPARE(q.at, at + 1);
        live.add(*d.items.ids.find(6), EventType::View);
        QCOMPARE(live.times().back(), at + models::LiveHistory::kLiveStepMs);
        QCOMPARE(live.liveSize(), std::size_t{2});
        live.clearLive();
        QCOMPARE(live.size(), std::size_t{4});
        QCOMPARE(live.stage(), FunnelStage::Intent);
        QCOMPARE(live.query().at, at);
    }

    void liveHistoryStartsANewSessionAfterAGap() {
        const auto d = handLog();
        // visitor 20 at T: its last event was almost 4 hours earlier
        models::LiveHistory live(d, data::VisitorIndex{1}, kT);
        QCOMPARE(live.historySize(), std::size_t{3});
        QCOMPARE(live.sessionBegin(), std::size_t{3}); // empty current session
        live.add(0, EventType::View);
        QCOMPARE(live.query().sessionBegin, std::size_t{3});
        QCOMPARE(live.stage(), FunnelStage::Browsing);

        models::LiveHistory nobody(d, std::nullopt, kT);
        QCOMPARE(nobody.size(), std::size_t{0});
        QCOMPARE(nobody.stage(), FunnelStage::New);
        QCOMPARE(nobody.segment(), analytics::ActivitySegment::Cold);
        nobody.add(0, EventType::AddToCart);
        QCOMPARE(nobody.stage(), FunnelStage::Intent);
        QCOMPARE(nobody.query().sessionBegin, std::size_t{0});

        QVERIFY_THROWS_EXCEPTION(util::Error, models::LiveHistory(d, data::VisitorIndex{99}, kT));
    }
};

QTEST_APPLESS_MAIN(TestPersonas)
#include "tst_personas.moc"
