// The real RetailRocket sample (shared folder beside the checkout): facts counted from its files, through the
// importer. Skips when the folder is absent.
#include <QtTest>

#include <algorithm>
#include <set>

#include "TestSupport.h"
#ifndef Q_MOC_RUN // moc cannot parse util/Message.h (X-macro enum); the test class needs none of it
#include "data/Importer.h"
#include "data/ReleaseCheck.h"
#endif

using namespace vitrina;

class TstRetailRocketSample : public QObject {
    Q_OBJECT

    data::Dataset importSample(int threads) {
        const auto sources = data::discoverSources({vitrina::test::sampleDir().toStdString()});
        if (!sources) qFatal("%s", sources.error->text().c_str());
        data::ImportOptions options;
        options.threads = threads;
        auto result = data::importDataset(*sources, options, {});
        if (!result) qFatal("%s", result.error->text().c_str());
        return std::move(*result);
    }

private slots:
    void initTestCase() {
        if (vitrina::test::sampleDir().isEmpty())
            QSKIP("../shared/datasets/retailrocket-sample is absent: nothing to check against");
    }

    void discoversTheSampleFiles() {
        const auto sources = data::discoverSources({vitrina::test::sampleDir().toStdString()});
        QVERIFY(sources.ok());
        QVERIFY(QString::fromStdString(sources->events).endsWith("/events.csv"));
        QVERIFY(QString::fromStdString(sources->categoryTree).endsWith("/category_tree.csv"));
        QVERIFY(sources->itemProperties.empty()); // README.md is not taken for anything
    }

    void eventCounts() {
        const data::Dataset d = importSample(2);
        QCOMPARE(d.events.size(), std::size_t{9385});
        std::array<std::size_t, 3> byType{};
        for (const auto t : d.events.type) ++byType[static_cast<std::size_t>(t)];
        QCOMPARE(byType[0], std::size_t{9076});
        QCOMPARE(byType[1], std::size_t{263});
        QCOMPARE(byType[2], std::size_t{46});
        QCOMPARE(d.visitors.size(), std::size_t{5000});
        QCOMPARE(d.items.size(), std::size_t{6610});
        QCOMPARE(d.events.visitorCount(), std::size_t{5000});
        std::set<std::int64_t> transactions;
        for (std::size_t e = 0; e < d.events.size(); ++e)
            if (d.events.type[e] == data::EventType::Transaction) {
                QVERIFY(d.events.transaction[e] >= 0);
                transactions.insert(d.events.transaction[e]);
            } else {
                QCOMPARE(d.events.transaction[e], std::int64_t{-1});
            }
        QCOMPARE(transactions.size(), std::size_t{40});
        QCOMPARE(d.duplicateRows, std::uint64_t{3});
    }

    void nothingSkipped() {
        const data::Dataset d = importSample(2);
        const data::SourceFile* events = d.source("events");
        QVERIFY(events);
        QCOMPARE(events->rowsRead, std::uint64_t{9385});
        QCOMPARE(events->rowsKept, std::uint64_t{9385});
        QVERIFY(events->skipped.empty());
        const data::SourceFile* tree = d.source("category_tree");
        QVERIFY(tree);
        QCOMPARE(tree->rowsRead, std::uint64_t{1669});
        QCOMPARE(tree->rowsKept, std::uint64_t{1669});
        QVERIFY(tree->skipped.empty());
        QVERIFY(d.warnings.empty());
    }

    void eventsOrderedByVisitorThenTime() {
        const data::Dataset d = importSample(2);
        const auto& e = d.events;
        QCOMPARE(e.visitorOffsets.front(), std::uint64_t{0});
        QCOMPARE(e.visitorOffsets.back(), std::uint64_t{e.size()});
        for (std::size_t v = 0; v < e.visitorCount(); ++v) {
            QVERIFY(e.end(static_cast<data::VisitorIndex>(v)) > e.begin(static_cast<data::VisitorIndex>(v)));
            for (auto i = e.begin(static_cast<data::VisitorIndex>(v)); i < e.end(static_cast<data::VisitorIndex>(v)); ++i) {
                QCOMPARE(e.visitor[i], static_cast<data::VisitorIndex>(v));
                if (i > e.begin(static_cast<data::VisitorIndex>(v))) QVERIFY(e.timestamp[i - 1] <= e.timestamp[i]);
            }
        }
        QVERIFY(std::is_sorted(d.visitors.raws().begin(), d.visitors.raws().end()));
        QVERIFY(std::is_sorted(d.items.ids.raws().begin(), d.items.ids.raws().end()));
    }

    void sameDatasetForAnyThreadCount() {
        const data::Dataset a = importSample(1), b = importSample(2), c = importSample(5);
        for (const data::Dataset* other : {&b, &c}) {
            QVERIFY(a.events.timestamp == other->events.timestamp);
            QVERIFY(a.events.visitor == other->events.visitor);
            QVERIFY(a.events.item == other->events.item);
            QVERIFY(a.events.type == other->events.type);
            QVERIFY(a.events.transaction == other->events.transaction);
            QVERIFY(a.visitors == other->visitors);
            QVERIFY(a.items.ids == other->items.ids);
            QCOMPARE(a.duplicateRows, other->duplicateRows);
        }
    }

    void categoryTreeFacts() {
        const data::Dataset d = importSample(1);
        const auto& tree = d.categories;
        QCOMPARE(tree.size(), std::size_t{1669});
        std::array<std::size_t, 7> perLevel{};
        std::size_t roots = 0;
        for (std::size_t c = 0; c < tree.size(); ++c) {
            QVERIFY(tree.level[c] >= 1 && tree.level[c] <= 6);
            ++perLevel[tree.level[c]];
            if (tree.parent[c] == data::kNoCategory) {
                ++roots;
                QCOMPARE(tree.root[c], static_cast<data::CategoryIndex>(c));
            } else {
                QCOMPARE(tree.level[c], static_cast<std::uint8_t>(tree.level[static_cast<std::size_t>(tree.parent[c])] + 1));
                QCOMPARE(tree.root[c], tree.root[static_cast<std::size_t>(tree.parent[c])]);
            }
        }
        QCOMPARE(roots, std::size_t{25});
        const std::array<std::size_t, 7> expected{0, 25, 174, 702, 665, 90, 13};
        QCOMPARE(perLevel, expected);
        // category_tree.csv's first data row: 1016 has parent 213.
        const auto c1016 = tree.ids.find(1016), c213 = tree.ids.find(213);
        QVERIFY(c1016 && c213);
        QCOMPARE(tree.parent[*c1016], static_cast<data::CategoryIndex>(*c213));
        const auto path = tree.path(static_cast<data::CategoryIndex>(*c1016));
        QCOMPARE(path.back(), static_cast<data::CategoryIndex>(*c1016));
        QCOMPARE(path.front(), tree.root[*c1016]);
        QVERIFY(QString::fromStdString(tree.pathText(static_cast<data::CategoryIndex>(*c1016))).endsWith("213 \u203A 1016"));
    }

    void categoryTreeIsTheOfficialFile() {
        // The sample's category_tree.csv is byte-identical to the release's: size and hash must both match.
        const std::string path = (vitrina::test::sampleDir() + "/category_tree.csv").toStdString();
        data::SourceFile source;
        source.role = "category_tree";
        source.path = path;
        source.bytes = static_cast<std::uint64_t>(QFileInfo(QString::fromStdString(path)).size());
        QVERIFY(data::sizeMatchesOfficialRelease("category_tree", source.bytes));
        const auto recognised = data::checkOfficialRelease(source, {});
        QVERIFY(recognised.ok());
        QVERIFY(*recognised);
        QCOMPARE(source.sha256, std::string("94e865eb0a3d48cbbfe3b79079018dd92509315c88f5fd8d00d0b4b5af434f5b"));
        QVERIFY(source.officialRelease);
    }

    void sampleEventsAreNotTheRelease() {
        const data::Dataset d = importSample(1);
        data::SourceFile events = *d.source("events");
        QVERIFY(!data::sizeMatchesOfficialRelease("events", events.bytes));
        const auto recognised = data::checkOfficialRelease(events, {});
        QVERIFY(recognised.ok());
        QVERIFY(!*recognised);
        QVERIFY(events.sha256.empty()); // not hashed: the size already differs
    }
};

QTEST_GUILESS_MAIN(TstRetailRocketSample)
#include "tst_retailrocket_sample.moc"
