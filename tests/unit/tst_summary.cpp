// Dataset summary on the funnel's hand-made story (see tst_funnel.cpp) and on small count lists.
#include <QTest>

#ifndef Q_MOC_RUN // moc cannot parse util/Message.h (X-macro enum); the test class needs none of it
#include "EventFixture.h"
#include "analytics/Quantiles.h"
#include "analytics/Summary.h"
#include "data/Sessions.h"
#include "util/Message.h"
#endif

using namespace vitrina;
using data::EventType;

namespace {
constexpr std::int64_t kMin = 60'000, kHour = 3'600'000, kDay = 86'400'000;
constexpr std::int64_t kD0 = 1'433'116'800'000; // 2015-06-01 00:00 UTC
constexpr std::int64_t kD1 = kD0 + kDay, kD7 = kD0 + 7 * kDay;

data::Dataset story() {
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
        {3, kD1 + 8 * kHour + 2 * kMin, 100, EventType::Transaction, 9001}, // same order id as A: counted once
        {4, kD7 + 15 * kHour, 300, EventType::View},
        {6, kD0 + 10 * kHour, 100, EventType::View},
        {6, kD0 + 10 * kHour, 100, EventType::View}, // exact duplicate row
        {6, kD0 + 10 * kHour + 30 * kMin, 300, EventType::AddToCart},
        {6, kD0 + 11 * kHour + 1 * kMin, 300, EventType::AddToCart},
    };
    for (int k = 0; k < 10; ++k) rows.push_back({5, kD0 + 13 * kHour + k * kMin, 400, EventType::View});
    rows.push_back({5, kD0 + 13 * kHour + 10 * kMin, 400, EventType::AddToCart});
    rows.push_back({5, kD0 + 13 * kHour + 11 * kMin, 400, EventType::Transaction, 9004});
    return test::buildDataset(rows, {{1, -1, "Phones"}, {11, 1, "Smartphones"}, {2, -1, "Books"}},
                              {{100, kD0, 11}, {200, kD0, 2}, {400, kD0, 2}, {400, kD0 + 13 * kHour, 11}},
                              {{300, kD0, 1}}); // item 300: availability known, no category
}
} // namespace

class TestSummary : public QObject {
    Q_OBJECT
private slots:
    void countsOfTheStory() {
        const auto d = story();
        const auto s = analytics::summarize(d, data::buildSessions(d.events));
        QCOMPARE(s.events, std::uint64_t{26});
        QCOMPARE(s.eventsByType, (std::array<std::uint64_t, 3>{17, 5, 4}));
        QCOMPARE(s.visitors, std::uint64_t{6});
        QCOMPARE(s.items, std::uint64_t{4});
        QCOMPARE(s.categories, std::uint64_t{3});
        QCOMPARE(s.transactions, std::uint64_t{3}); // 9001 (twice), 9002, 9004
        QCOMPARE(s.sessions, std::uint64_t{8});
        QCOMPARE(s.duplicateRows, std::uint64_t{1});
        QCOMPARE(s.firstMs, kD0 + 10 * kHour);
        QCOMPARE(s.lastMs, kD7 + 15 * kHour);
        QCOMPARE(s.shareItemsWithCategory, 0.75);   // 100, 200, 400 of 100..400
        QCOMPARE(s.shareItemsWithProperties, 1.0);  // 300 has an availability history
        QCOMPARE(s.sparsity, 1.0 - 8.0 / 24.0);     // 8 distinct (visitor, item) pairs of 6 x 4
    }

    void eventsPerDayIncludesEmptyDays() {
        const auto d = story();
        const auto s = analytics::summarize(d, data::buildSessions(d.events));
        QCOMPARE(s.eventsPerDay.size(), std::size_t{8});
        QCOMPARE(s.eventsPerDay[0].day, kD0 / kDay);
        QCOMPARE(s.eventsPerDay[0].byType, (std::array<std::uint64_t, 3>{14, 4, 3}));
        QCOMPARE(s.eventsPerDay[1].byType, (std::array<std::uint64_t, 3>{2, 1, 1}));
        for (int k = 2; k < 7; ++k) QCOMPARE(s.eventsPerDay[k].byType, (std::array<std::uint64_t, 3>{0, 0, 0}));
        QCOMPARE(s.eventsPerDay[7].day, kD7 / kDay);
        QCOMPARE(s.eventsPerDay[7].byType, (std::array<std::uint64_t, 3>{1, 0, 0}));
    }

    void distributions() {
        const auto d = story();
        const auto s = analytics::summarize(d, data::buildSessions(d.events));
        // per visitor: 1, 3, 3, 3, 4, 12 -> nearest rank: median rank 3 = 3, p90 rank 6 = 12
        const auto& v = s.eventsPerVisitor;
        QCOMPARE(v.units, std::uint64_t{6});
        QCOMPARE(v.median, 3.0);
        QCOMPARE(v.p90, 12.0);
        QCOMPARE(v.p99, 12.0);
        QCOMPARE(v.max, std::uint64_t{12});
        QCOMPARE(v.mean, 26.0 / 6.0);
        QCOMPARE(v.shareExactlyOne, 1.0 / 6.0);
        QCOMPARE(v.histogram.size(), std::size_t{13});
        QCOMPARE(v.histogram[3], std::uint64_t{3});
        // per session: 3, 2, 1, 3, 1, 12, 3, 1 -> sorted 1 1 1 2 3 3 3 12: median rank 4 = 2
        const auto& p = s.eventsPerSession;
        QCOMPARE(p.units, std::uint64_t{8});
        QCOMPARE(p.median, 2.0);
        QCOMPARE(p.p90, 12.0);
        QCOMPARE(p.shareExactlyOne, 3.0 / 8.0);
        QCOMPARE(p.mean, 26.0 / 8.0);
    }

    void nearestRankConvention() {
        // 100 values 1..100: p90 = 90, p99 = 99, median = 50 (rank ceil(0.5 * 100) = 50)
        std::vector<std::uint64_t> values;
        for (std::uint64_t k = 1; k <= 100; ++k) values.push_back(k);
        const auto d = analytics::describeCounts(values);
        QCOMPARE(d.median, 50.0);
        QCOMPARE(d.p90, 90.0);
        QCOMPARE(d.p99, 99.0);
        QCOMPARE(d.max, std::uint64_t{100});
        // 1000 ones and 11 elevens: p99 rank 1001 -> 11
        std::vector<std::uint64_t> skewed(990, 1);
        skewed.insert(skewed.end(), 10, 11);
        QCOMPARE(analytics::describeCounts(skewed).p99, 1.0); // rank 990 is still a one
        skewed.push_back(11);
        QCOMPARE(analytics::describeCounts(skewed).p99, 11.0); // rank ceil(999.9) = 1000 is an eleven
        QCOMPARE(analytics::describeCounts({}).median, 0.0);
    }

    void interpolatedDurations() {
        QCOMPARE(analytics::interpolatedQuantile({1.0, 2.0, 3.0, 4.0}, 0.5), 2.5);
        QCOMPARE(analytics::interpolatedQuantile({10.0}, 0.25), 10.0);
        QCOMPARE(analytics::interpolatedQuantile({}, 0.5), 0.0);
        const auto q = analytics::describeDurations({40.0, 10.0, 20.0, 30.0, 50.0});
        QCOMPARE(q.count, std::uint64_t{5});
        QCOMPARE(q.q1Ms, 20.0);
        QCOMPARE(q.medianMs, 30.0);
        QCOMPARE(q.q3Ms, 40.0);
    }

    void emptyDataset() {
        const data::Dataset d;
        const auto s = analytics::summarize(d, data::buildSessions(d.events));
        QCOMPARE(s.events, std::uint64_t{0});
        QVERIFY(s.eventsPerDay.empty());
        QCOMPARE(s.sparsity, 0.0);
        QCOMPARE(s.eventsPerVisitor.units, std::uint64_t{0});
    }

    void staleSessionsAreAnError() {
        const auto d = story();
        const auto other = test::buildDataset({{1, kD0, 1, EventType::View}});
        QVERIFY_THROWS_EXCEPTION(util::Error, analytics::summarize(d, data::buildSessions(other.events)));
    }
};

QTEST_GUILESS_MAIN(TestSummary)
#include "tst_summary.moc"
