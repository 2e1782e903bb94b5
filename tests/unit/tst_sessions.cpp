// Sessions: splits at gaps strictly longer than the threshold, over every event type, and at a new visitor.
#include <QTest>

#ifndef Q_MOC_RUN // moc cannot parse util/Message.h (X-macro enum); the test class needs none of it
#include "EventFixture.h"
#include "data/Sessions.h"
#include "util/Message.h"
#endif

using namespace vitrina;
using data::EventType;
using test::RawEvent;

namespace {
constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kT0 = 1'433'116'800'000; // 2015-06-01 00:00 UTC

std::vector<std::uint64_t> sessionLengths(const data::SessionIndex& s) {
    std::vector<std::uint64_t> out;
    for (std::size_t k = 0; k < s.size(); ++k) out.push_back(s.start[k + 1] - s.start[k]);
    return out;
}
} // namespace

class TestSessions : public QObject {
    Q_OBJECT
private slots:
    void gapExactlyAtThresholdKeepsTheSession() {
        const auto d = test::buildDataset({
            {1, kT0, 10, EventType::View},
            {1, kT0 + 30 * kMinute, 11, EventType::View},          // gap == 30 min: same session
            {1, kT0 + 60 * kMinute + 1, 12, EventType::View},      // gap 30 min + 1 ms: new session
            {1, kT0 + 90 * kMinute + 1, 12, EventType::AddToCart}, // gap == 30 min again: same session
        });
        const auto s = data::buildSessions(d.events);
        QCOMPARE(s.size(), std::size_t{2});
        QCOMPARE(sessionLengths(s), (std::vector<std::uint64_t>{2, 2}));
        QCOMPARE(s.sessionOfEvent, (std::vector<std::uint32_t>{0, 0, 1, 1}));
        QCOMPARE(s.gapMs, data::kDefaultSessionGapMs);
    }

    void mixedEventTypesShareSessions() {
        // An addtocart or a transaction inside the gap keeps the session alive: the gap is over all types.
        const auto d = test::buildDataset({
            {7, kT0, 1, EventType::View},
            {7, kT0 + 25 * kMinute, 1, EventType::AddToCart},
            {7, kT0 + 50 * kMinute, 1, EventType::Transaction, 99},
            {7, kT0 + 75 * kMinute, 2, EventType::View},
            {7, kT0 + 200 * kMinute, 2, EventType::Transaction, 100},
        });
        const auto s = data::buildSessions(d.events);
        QCOMPARE(sessionLengths(s), (std::vector<std::uint64_t>{4, 1}));
    }

    void newVisitorStartsANewSession() {
        const auto d = test::buildDataset({
            {1, kT0, 1, EventType::View},
            {2, kT0 + 1, 1, EventType::View}, // one millisecond later, but someone else
            {2, kT0 + 2, 2, EventType::View},
            {3, kT0 + 2, 2, EventType::View},
        });
        const auto s = data::buildSessions(d.events);
        QCOMPARE(sessionLengths(s), (std::vector<std::uint64_t>{1, 2, 1}));
        QCOMPARE(s.visitorSessions, (std::vector<std::uint64_t>{0, 1, 2, 3}));
    }

    void unsortedInputIsOrderedByTheDataset() {
        // Rows arrive out of time order (as in the release); the dataset orders them, then sessions follow time.
        const auto d = test::buildDataset({
            {5, kT0 + 100 * kMinute, 3, EventType::View},
            {5, kT0, 1, EventType::View},
            {5, kT0 + 10 * kMinute, 2, EventType::View},
        });
        const auto s = data::buildSessions(d.events);
        QCOMPARE(sessionLengths(s), (std::vector<std::uint64_t>{2, 1}));
    }

    void customThresholdAndZeroGap() {
        const auto d = test::buildDataset({
            {1, kT0, 1, EventType::View},
            {1, kT0, 2, EventType::View}, // same millisecond: never split
            {1, kT0 + 5 * kMinute, 3, EventType::View},
            {1, kT0 + 65 * kMinute, 4, EventType::View},
        });
        QCOMPARE(sessionLengths(data::buildSessions(d.events, 0)), (std::vector<std::uint64_t>{2, 1, 1}));
        QCOMPARE(sessionLengths(data::buildSessions(d.events, 5 * kMinute)), (std::vector<std::uint64_t>{3, 1}));
        QCOMPARE(sessionLengths(data::buildSessions(d.events, 60 * kMinute)), (std::vector<std::uint64_t>{4}));
        QCOMPARE(data::buildSessions(d.events, 60 * kMinute).gapMs, 60 * kMinute);
    }

    void visitorSessionRanges() {
        const auto d = test::buildDataset({
            {1, kT0, 1, EventType::View},
            {1, kT0 + 31 * kMinute, 1, EventType::View},
            {1, kT0 + 62 * kMinute, 1, EventType::View},
            {2, kT0, 1, EventType::View},
        });
        const auto s = data::buildSessions(d.events);
        QCOMPARE(s.visitorSessions, (std::vector<std::uint64_t>{0, 3, 4}));
        QCOMPARE(s.start, (std::vector<std::uint64_t>{0, 1, 2, 3, 4}));
        QCOMPARE(s.sessionOfEvent, (std::vector<std::uint32_t>{0, 1, 2, 3}));
    }

    void emptyLog() {
        const data::EventLog empty;
        const auto s = data::buildSessions(empty);
        QCOMPARE(s.size(), std::size_t{0});
        QCOMPARE(s.start, (std::vector<std::uint64_t>{0}));
        QCOMPARE(s.visitorSessions, (std::vector<std::uint64_t>{0}));
    }

    void badInputIsAnError() {
        const auto d = test::buildDataset({{1, kT0, 1, EventType::View}});
        try {
            data::buildSessions(d.events, -1);
            QFAIL("a negative gap must be rejected");
        } catch (const util::Error& e) {
            QCOMPARE(e.message().parameter, std::string("gapMs"));
        }
        data::EventLog broken = d.events;
        broken.visitorOffsets.back() = 5; // claims events that do not exist
        QVERIFY_THROWS_EXCEPTION(util::Error, data::buildSessions(broken));
    }
};

QTEST_GUILESS_MAIN(TestSessions)
#include "tst_sessions.moc"
