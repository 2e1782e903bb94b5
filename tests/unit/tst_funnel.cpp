// The funnel on a small hand-computed fixture: every unit, every slicing, filters, conversions, the ordered
// same-item funnel, a purchase without addtocart and the time quartiles. The expected numbers were counted
// by hand from the story below (see the comments next to each check).
#include <QTest>

#ifndef Q_MOC_RUN // moc cannot parse util/Message.h (X-macro enum); the test class needs none of it
#include "EventFixture.h"
#include "analytics/Funnel.h"
#include "analytics/VisitorState.h"
#include "data/Sessions.h"
#include "util/Message.h"
#endif

using namespace vitrina;
using analytics::FunnelRow;
using analytics::FunnelSlicing;
using analytics::FunnelUnit;
using data::EventType;
using Stages = std::array<std::uint64_t, 3>;

namespace {
constexpr std::int64_t kMin = 60'000, kHour = 3'600'000, kDay = 86'400'000;
constexpr std::int64_t kD0 = 1'433'116'800'000; // Monday 2015-06-01 00:00 UTC (ISO week 23)
constexpr std::int64_t kD1 = kD0 + kDay, kD7 = kD0 + 7 * kDay;

// A: view, cart, buy item 100 (one session).          B: view + buy item 200 (no cart); next day views 300.
// C: cart 100 BEFORE viewing it, then view, buy.        D: one view of 300 a week later.
// E: ten views of 400 (its category moves from Books to Phones at 13:05), then cart and buy 400.
// F: the same view of 100 twice (a duplicate row), cart 300 at +30 min (same session), again at +61 min.
// Categories: Phones (1) > Smartphones (11); Books (2). Item 300 has no category.
data::Dataset fixture() {
    using test::RawEvent;
    std::vector<RawEvent> rows = {
        {1, kD0 + 10 * kHour, 100, EventType::View},
        {1, kD0 + 10 * kHour + 5 * kMin, 100, EventType::AddToCart},
        {1, kD0 + 10 * kHour + 10 * kMin, 100, EventType::Transaction, 9001},
        {2, kD0 + 12 * kHour, 200, EventType::View},
        {2, kD0 + 12 * kHour + 1 * kMin, 200, EventType::Transaction, 9002},
        {2, kD1 + 9 * kHour, 300, EventType::View},
        {3, kD1 + 8 * kHour, 100, EventType::AddToCart},
        {3, kD1 + 8 * kHour + 1 * kMin, 100, EventType::View},
        {3, kD1 + 8 * kHour + 2 * kMin, 100, EventType::Transaction, 9003},
        {4, kD7 + 15 * kHour, 300, EventType::View},
        {6, kD0 + 10 * kHour, 100, EventType::View},
        {6, kD0 + 10 * kHour, 100, EventType::View},
        {6, kD0 + 10 * kHour + 30 * kMin, 300, EventType::AddToCart},
        {6, kD0 + 11 * kHour + 1 * kMin, 300, EventType::AddToCart},
    };
    for (int k = 0; k < 10; ++k) rows.push_back({5, kD0 + 13 * kHour + k * kMin, 400, EventType::View});
    rows.push_back({5, kD0 + 13 * kHour + 10 * kMin, 400, EventType::AddToCart});
    rows.push_back({5, kD0 + 13 * kHour + 11 * kMin, 400, EventType::Transaction, 9004});
    return test::buildDataset(rows, {{1, -1, "Phones"}, {11, 1, "Smartphones"}, {2, -1, "Books"}},
                              {{100, kD0 - 30 * kDay, 11},
                               {200, kD0 - 30 * kDay, 2},
                               {400, kD0 - 30 * kDay, 2},
                               {400, kD0 + 13 * kHour + 5 * kMin, 11}});
}

Stages of(const FunnelRow& row, FunnelUnit unit) { return row[unit].stage; }

const FunnelRow& slice(const analytics::FunnelReport& r, const std::string& key) {
    for (const auto& s : r.slices)
        if (s.key == key) return s;
    qFatal("no slice %s", key.c_str());
}

void checkRow(const FunnelRow& row, Stages events, Stages visitors, Stages ordered, Stages sessions) {
    QCOMPARE(of(row, FunnelUnit::Events), events);
    QCOMPARE(of(row, FunnelUnit::Visitors), visitors);
    QCOMPARE(of(row, FunnelUnit::OrderedVisitors), ordered);
    QCOMPARE(of(row, FunnelUnit::Sessions), sessions);
}
} // namespace

class TestFunnel : public QObject {
    Q_OBJECT
private:
    data::Dataset d_ = fixture();
    data::SessionIndex s_ = data::buildSessions(d_.events);

    analytics::FunnelReport run(FunnelSlicing slicing, analytics::FunnelFilter filter = {}) const {
        return analytics::computeFunnel(d_, s_, slicing, filter);
    }

private slots:
    void overallEveryUnit() {
        QCOMPARE(s_.size(), std::size_t{8}); // A, B1, B2, C, D, E, F1, F2
        const auto r = run(FunnelSlicing::None);
        QVERIFY(r.slices.empty());
        QCOMPARE(r.overall.key, std::string("all"));
        // events: 17 views, 5 carts, 4 purchases; visitors: all 6 view, A C E F cart, A B C E buy;
        // ordered: A (100) and E (400) complete view->cart->buy of one item, C carted before viewing;
        // sessions: every session but F2 has a view; A, C, E, F1, F2 a cart; A, B1, C, E a purchase.
        checkRow(r.overall, {17, 5, 4}, {6, 4, 4}, {6, 2, 2}, {7, 5, 4});
    }

    void conversionsAndDropOff() {
        const auto report = run(FunnelSlicing::None);
        const auto& v = report.overall[FunnelUnit::Visitors];
        QCOMPARE(v.stepConversion(1), 4.0 / 6.0);
        QCOMPARE(v.stepConversion(2), 1.0);
        QCOMPARE(v.overallConversion(), 4.0 / 6.0);
        QCOMPARE(v.dropOff(1), 1.0 - 4.0 / 6.0);
        QCOMPARE(v.dropOff(2), 0.0);
        const analytics::FunnelCounts empty;
        QCOMPARE(empty.stepConversion(1), 0.0);
        QCOMPARE(empty.overallConversion(), 0.0);
        QCOMPARE(empty.dropOff(2), 0.0);
    }

    void purchasesWithoutCartAndTimes() {
        const auto r = run(FunnelSlicing::None);
        QCOMPARE(r.purchasesWithoutCart, std::uint64_t{1}); // B bought 200 with no cart; C's cart came first
        QCOMPARE(r.buyersWithoutCart, std::uint64_t{1});    // B
        // first view -> first later cart: A 5 min, E 10 min, F 30 min (C's cart precedes its view)
        QCOMPARE(r.viewToCart.count, std::uint64_t{3});
        QCOMPARE(r.viewToCart.q1Ms, 7.5 * kMin);
        QCOMPARE(r.viewToCart.medianMs, 10.0 * kMin);
        QCOMPARE(r.viewToCart.q3Ms, 20.0 * kMin);
        // first view -> first later purchase: B 1 min, C 1 min, A 10 min, E 11 min
        QCOMPARE(r.viewToPurchase.count, std::uint64_t{4});
        QCOMPARE(r.viewToPurchase.q1Ms, 1.0 * kMin);
        QCOMPARE(r.viewToPurchase.medianMs, 5.5 * kMin);
        QCOMPARE(r.viewToPurchase.q3Ms, 10.25 * kMin);
    }

    void byTopCategory() {
        const auto r = run(FunnelSlicing::TopCategory);
        QCOMPARE(r.slices.size(), std::size_t{3});
        // ordered by events: Phones 15, Books 7, then the unknown category
        QCOMPARE(r.slices[0].key, std::string("1"));
        QCOMPARE(r.slices[0].label, std::string("Phones"));
        QCOMPARE(r.slices[1].key, std::string("2"));
        QCOMPARE(r.slices[2].key, std::string("unknown"));
        // Phones: A and C on 100, F's two views of 100, E's views from 13:05 on plus E's cart and purchase
        checkRow(slice(r, "1"), {9, 3, 3}, {4, 3, 3}, {4, 2, 2}, {4, 3, 3});
        // Books: B's 200, E's first five views of 400
        checkRow(slice(r, "2"), {6, 0, 1}, {2, 0, 1}, {2, 0, 0}, {2, 0, 1});
        // unknown: item 300 (B's and D's views, F's two carts in two sessions)
        checkRow(slice(r, "unknown"), {2, 2, 0}, {2, 1, 0}, {2, 0, 0}, {2, 2, 0});
        checkRow(r.overall, {17, 5, 4}, {6, 4, 4}, {6, 2, 2}, {7, 5, 4});
    }

    void byDay() {
        const auto r = run(FunnelSlicing::Day);
        QCOMPARE(r.slices.size(), std::size_t{8}); // 2015-06-01 .. 2015-06-08, empty days included
        QCOMPARE(r.slices.front().key, std::string("2015-06-01"));
        QCOMPARE(r.slices.back().key, std::string("2015-06-08"));
        checkRow(slice(r, "2015-06-01"), {14, 4, 3}, {4, 3, 3}, {4, 2, 2}, {4, 4, 3});
        checkRow(slice(r, "2015-06-02"), {2, 1, 1}, {2, 1, 1}, {2, 0, 0}, {2, 1, 1});
        checkRow(slice(r, "2015-06-05"), {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0});
        checkRow(slice(r, "2015-06-08"), {1, 0, 0}, {1, 0, 0}, {1, 0, 0}, {1, 0, 0});
    }

    void byIsoWeek() {
        const auto r = run(FunnelSlicing::IsoWeek);
        QCOMPARE(r.slices.size(), std::size_t{2});
        QCOMPARE(r.slices[0].key, std::string("2015-W23"));
        QCOMPARE(r.slices[1].key, std::string("2015-W24"));
        checkRow(r.slices[0], {16, 5, 4}, {5, 4, 4}, {5, 2, 2}, {6, 5, 4});
        checkRow(r.slices[1], {1, 0, 0}, {1, 0, 0}, {1, 0, 0}, {1, 0, 0});
    }

    void byActivitySegment() {
        const auto r = run(FunnelSlicing::ActivitySegment);
        QCOMPARE(r.slices.size(), std::size_t{4});
        // events by the segment at the event; sessions by the segment at their start (B2 light, F2 medium);
        // visitors by their total events (D 1 = light; A, B, C, F = medium; E 12 = heavy)
        checkRow(slice(r, "cold"), {6, 1, 0}, {0, 0, 0}, {0, 0, 0}, {6, 4, 4});
        checkRow(slice(r, "light"), {4, 2, 3}, {1, 0, 0}, {1, 0, 0}, {1, 0, 0});
        checkRow(slice(r, "medium"), {7, 1, 0}, {4, 3, 3}, {4, 1, 1}, {0, 1, 0});
        checkRow(slice(r, "heavy"), {0, 1, 1}, {1, 1, 1}, {1, 1, 1}, {0, 0, 0});
    }

    void byNewVsReturning() {
        const auto r = run(FunnelSlicing::NewVsReturning);
        QCOMPARE(r.slices.size(), std::size_t{2});
        // returning events/sessions: B2 (a view) and F2 (a cart); returning visitors: B and F
        checkRow(slice(r, "new"), {16, 4, 4}, {4, 3, 3}, {4, 2, 2}, {6, 4, 4});
        checkRow(slice(r, "returning"), {1, 1, 0}, {2, 1, 1}, {2, 0, 0}, {1, 1, 0});
    }

    void filterBySegment() {
        analytics::FunnelFilter heavy;
        heavy.activitySegment = static_cast<int>(analytics::ActivitySegment::Heavy);
        const auto r = run(FunnelSlicing::None, heavy);
        checkRow(r.overall, {0, 1, 1}, {1, 1, 1}, {1, 1, 1}, {0, 0, 0});
        QCOMPARE(r.purchasesWithoutCart, std::uint64_t{0}); // B's purchase happened while B was light
        QCOMPARE(r.buyersWithoutCart, std::uint64_t{0});
        QCOMPARE(r.viewToCart.count, std::uint64_t{1});
        QCOMPARE(r.viewToCart.medianMs, 10.0 * kMin);
        QCOMPARE(r.viewToPurchase.medianMs, 11.0 * kMin);
        // the same filter applied inside a category slicing: E's events in Phones
        const auto c = run(FunnelSlicing::TopCategory, heavy);
        checkRow(slice(c, "1"), {0, 1, 1}, {1, 1, 1}, {1, 1, 1}, {0, 0, 0});
        checkRow(slice(c, "2"), {0, 0, 0}, {1, 0, 0}, {1, 0, 0}, {0, 0, 0});
    }

    void filterByReturning() {
        analytics::FunnelFilter returning;
        returning.returning = 1;
        const auto r = run(FunnelSlicing::None, returning);
        checkRow(r.overall, {1, 1, 0}, {2, 1, 1}, {2, 0, 0}, {1, 1, 0});
        QCOMPARE(r.buyersWithoutCart, std::uint64_t{1});    // B has two sessions
        QCOMPARE(r.purchasesWithoutCart, std::uint64_t{0}); // B's purchase was in B's first session
        analytics::FunnelFilter fresh;
        fresh.returning = 0;
        checkRow(run(FunnelSlicing::None, fresh).overall, {16, 4, 4}, {4, 3, 3}, {4, 2, 2}, {6, 4, 4});
    }

    void partitionSlicingsAddUpUnderEveryFilter() {
        for (int segment = -1; segment < analytics::kActivitySegmentCount; ++segment) {
            for (int returning = -1; returning <= 1; ++returning) {
                const analytics::FunnelFilter filter{segment, returning};
                for (const auto slicing : {FunnelSlicing::ActivitySegment, FunnelSlicing::NewVsReturning}) {
                    const auto r = run(slicing, filter);
                    for (int u = 0; u < analytics::kFunnelUnitCount; ++u) {
                        Stages sum{};
                        for (const auto& s : r.slices)
                            for (int k = 0; k < 3; ++k) sum[k] += s.byUnit[u].stage[k];
                        QCOMPARE(sum, r.overall.byUnit[u].stage);
                    }
                }
                // events partition under every slicing
                for (const auto slicing : {FunnelSlicing::TopCategory, FunnelSlicing::Day, FunnelSlicing::IsoWeek}) {
                    const auto r = run(slicing, filter);
                    Stages sum{};
                    for (const auto& s : r.slices)
                        for (int k = 0; k < 3; ++k) sum[k] += s[FunnelUnit::Events].stage[k];
                    QCOMPARE(sum, r.overall[FunnelUnit::Events].stage);
                }
            }
        }
    }

    void calendarKeys() {
        QCOMPARE(analytics::dayKey(kD0), std::string("2015-06-01"));
        QCOMPARE(analytics::dayKey(kD0 - 1), std::string("2015-05-31"));
        QCOMPARE(analytics::dayKey(951'782'400'000), std::string("2000-02-29"));
        QCOMPARE(analytics::dayKey(-1), std::string("1969-12-31"));
        QCOMPARE(analytics::isoWeekKey(kD0), std::string("2015-W23"));
        QCOMPARE(analytics::isoWeekKey(kD0 - 1), std::string("2015-W22")); // Sunday belongs to the week before
        QCOMPARE(analytics::isoWeekKey(1'420'070'400'000), std::string("2015-W01")); // Thu 2015-01-01
        QCOMPARE(analytics::isoWeekKey(1'419'811'200'000), std::string("2015-W01")); // Mon 2014-12-29
        QCOMPARE(analytics::isoWeekKey(1'451'606'400'000), std::string("2015-W53")); // Fri 2016-01-01
        QCOMPARE(analytics::isoWeekKey(1'609'632'000'000), std::string("2020-W53")); // Sun 2021-01-03
        QCOMPARE(analytics::isoWeekKey(1'546'214'400'000), std::string("2019-W01")); // Mon 2018-12-31
    }

    void badInputIsAnError() {
        QVERIFY_THROWS_EXCEPTION(util::Error, run(FunnelSlicing::None, {7, -1}));
        QVERIFY_THROWS_EXCEPTION(util::Error, run(FunnelSlicing::None, {-1, 2}));
        const data::SessionIndex stale = data::buildSessions(test::buildDataset({{1, kD0, 1, EventType::View}}).events);
        QVERIFY_THROWS_EXCEPTION(util::Error, analytics::computeFunnel(d_, stale, FunnelSlicing::None));
    }

    void cancellation() {
        util::CancelToken token;
        token.cancel();
        QVERIFY_THROWS_EXCEPTION(util::Cancelled,
                                 analytics::computeFunnel(d_, s_, FunnelSlicing::Day, {}, util::Progress({}, token)));
    }

    void emptyDataset() {
        const data::Dataset empty;
        const auto sessions = data::buildSessions(empty.events);
        for (const auto slicing : {FunnelSlicing::None, FunnelSlicing::TopCategory, FunnelSlicing::Day,
                                   FunnelSlicing::IsoWeek, FunnelSlicing::ActivitySegment, FunnelSlicing::NewVsReturning}) {
            const auto r = analytics::computeFunnel(empty, sessions, slicing);
            checkRow(r.overall, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0});
            QCOMPARE(r.viewToCart.count, std::uint64_t{0});
        }
    }
};

QTEST_GUILESS_MAIN(TestFunnel)
#include "tst_funnel.moc"
