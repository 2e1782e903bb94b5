// The real RetailRocket sample (../shared/datasets/retailrocket-sample) through the importer, the summary,
// the sessions, the funnel and the project file; the expected figures are facts of the sample counted from
// its files.
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#ifndef Q_MOC_RUN // moc cannot parse util/Message.h (X-macro enum); the test class needs none of it
#include "TestSupport.h"
#include "analytics/Funnel.h"
#include "analytics/Summary.h"
#include "data/Importer.h"
#include "data/Sessions.h"
#include "store/ProjectFile.h"
#endif

using namespace vitrina;
using analytics::FunnelUnit;

class TestSampleAnalytics : public QObject {
    Q_OBJECT
private:
    data::Dataset dataset_;
    data::SessionIndex sessions_;

private slots:
    void initTestCase() {
        const QString dir = test::sampleDir();
        if (dir.isEmpty()) QSKIP("the RetailRocket sample folder (../shared/datasets/retailrocket-sample) is absent");
        const auto sources = data::discoverSources({dir.toStdString()});
        QVERIFY2(sources.ok(), sources.error ? sources.error->text().c_str() : "?");
        const auto imported = data::importDataset(*sources, {}, {});
        QVERIFY2(imported.ok(), imported.error ? imported.error->text().c_str() : "?");
        dataset_ = *imported;
        sessions_ = data::buildSessions(dataset_.events); // 30-minute default
    }

    void summaryMatchesTheReadme() {
        const auto s = analytics::summarize(dataset_, sessions_);
        QCOMPARE(s.events, std::uint64_t{9385});
        QCOMPARE(s.eventsByType, (std::array<std::uint64_t, 3>{9076, 263, 46}));
        QCOMPARE(s.visitors, std::uint64_t{5000});
        QCOMPARE(s.items, std::uint64_t{6610});
        QCOMPARE(s.transactions, std::uint64_t{40});
        QCOMPARE(s.duplicateRows, std::uint64_t{3});
        QCOMPARE(s.categories, std::uint64_t{1669});
        QCOMPARE(s.sessions, std::uint64_t{6229});
        const auto& v = s.eventsPerVisitor;
        QCOMPARE(std::lround(v.shareExactlyOne * 1000.0), 699L); // 69.9 %
        QCOMPARE(v.median, 1.0);
        QCOMPARE(v.p99, 11.0);
        QCOMPARE(v.max, std::uint64_t{55});
        QCOMPARE(std::lround(v.mean * 100.0), 188L); // 1.88 events per visitor
        std::uint64_t perDay = 0;
        for (const auto& d : s.eventsPerDay) perDay += d.byType[0] + d.byType[1] + d.byType[2];
        QCOMPARE(perDay, s.events);
    }

    void sessionsAtThirtyMinutes() { QCOMPARE(sessions_.size(), std::size_t{6229}); }

    void visitorFunnelMatchesTheReadme() {
        const auto r = analytics::computeFunnel(dataset_, sessions_, analytics::FunnelSlicing::None);
        QCOMPARE(r.overall[FunnelUnit::Visitors].stage, (std::array<std::uint64_t, 3>{4991, 145, 39}));
        QCOMPARE(r.overall[FunnelUnit::Events].stage, (std::array<std::uint64_t, 3>{9076, 263, 46}));
        QCOMPARE(r.buyersWithoutCart, std::uint64_t{5});
        // the ordered same-item funnel can only be narrower than "reached"
        const auto& ordered = r.overall[FunnelUnit::OrderedVisitors].stage;
        QCOMPARE(ordered[0], std::uint64_t{4991});
        QVERIFY(ordered[1] <= 145 && ordered[2] <= ordered[1] && ordered[2] > 0);
        QVERIFY(r.viewToCart.count > 0 && r.viewToCart.q1Ms <= r.viewToCart.medianMs &&
                r.viewToCart.medianMs <= r.viewToCart.q3Ms);
    }

    void everySlicingPartitionsTheEvents() {
        using analytics::FunnelSlicing;
        for (const auto slicing : {FunnelSlicing::TopCategory, FunnelSlicing::Day, FunnelSlicing::IsoWeek,
                                   FunnelSlicing::ActivitySegment, FunnelSlicing::NewVsReturning}) {
            const auto r = analytics::computeFunnel(dataset_, sessions_, slicing);
            QVERIFY(!r.slices.empty());
            std::array<std::uint64_t, 3> sum{};
            for (const auto& s : r.slices)
                for (int k = 0; k < 3; ++k) sum[k] += s[FunnelUnit::Events].stage[k];
            QCOMPARE(sum, (std::array<std::uint64_t, 3>{9076, 263, 46}));
        }
        // the sample has no item_properties: every event item falls into the unknown category
        const auto byCategory = analytics::computeFunnel(dataset_, sessions_, FunnelSlicing::TopCategory);
        QCOMPARE(byCategory.slices.back().key, std::string("unknown"));
    }

    void projectRoundTripKeepsTheFigures() {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("sample.vitrina")).toStdString();
        QVERIFY(store::saveDatasetAs(path, dataset_, {}).ok());
        const auto loaded = store::loadDatasetFrom(path, {});
        QVERIFY2(loaded.ok(), loaded.error ? loaded.error->text().c_str() : "?");
        QCOMPARE(loaded->events.timestamp, dataset_.events.timestamp);
        QCOMPARE(loaded->events.transaction, dataset_.events.transaction);
        QCOMPARE(loaded->sources.size(), dataset_.sources.size());
        const auto sessions = data::buildSessions(loaded->events);
        const auto s = analytics::summarize(*loaded, sessions);
        QCOMPARE(s.sessions, std::uint64_t{6229});
        QCOMPARE(s.duplicateRows, std::uint64_t{3});
        const auto r = analytics::computeFunnel(*loaded, sessions, analytics::FunnelSlicing::None);
        QCOMPARE(r.overall[FunnelUnit::Visitors].stage, (std::array<std::uint64_t, 3>{4991, 145, 39}));
    }
};

QTEST_GUILESS_MAIN(TestSampleAnalytics)
#include "tst_sample_analytics.moc"
