// discoverSources: a folder is searched for the release's file names; given files are classified by name.
#include <QtTest>

#include "TestSupport.h"
#ifndef Q_MOC_RUN // moc cannot parse util/Message.h (X-macro enum); the test class needs none of it
#include "data/Importer.h"
#endif

using namespace vitrina;
using util::MessageCode;

class TstImportSources : public QObject {
    Q_OBJECT
private slots:
    void folderWithTheReleaseFiles() {
        QTemporaryDir dir;
        const auto events = vitrina::test::writeFile(dir, "events.csv", "x");
        const auto part2 = vitrina::test::writeFile(dir, "item_properties_part2.csv", "x");
        const auto part1 = vitrina::test::writeFile(dir, "item_properties_part1.csv", "x");
        const auto tree = vitrina::test::writeFile(dir, "category_tree.csv", "x");
        const auto categoryNames = vitrina::test::writeFile(dir, "category_names.csv", "x");
        const auto itemNames = vitrina::test::writeFile(dir, "item_names.csv", "x");
        vitrina::test::writeFile(dir, "README.md", "not ours");
        vitrina::test::writeFile(dir, "events_backup.csv", "a stray copy is not picked up in a folder");
        QDir(dir.path()).mkdir("sub.csv");
        const auto r = data::discoverSources({dir.path().toStdString()});
        QVERIFY2(r.ok(), r.error ? r.error->text().c_str() : "");
        QCOMPARE(r->events, events);
        QCOMPARE(r->itemProperties, (std::vector<std::string>{part1, part2}));
        QCOMPARE(r->categoryTree, tree);
        QCOMPARE(r->categoryNames, categoryNames);
        QCOMPARE(r->itemNames, itemNames);
    }

    void folderWithoutEvents() {
        QTemporaryDir dir;
        vitrina::test::writeFile(dir, "category_tree.csv", "x");
        const auto r = data::discoverSources({dir.path().toStdString()});
        QVERIFY(!r.ok());
        QVERIFY(r.error->code == MessageCode::DataNoEventsInFolder);
        QCOMPARE(r.error->args, std::vector<std::string>{dir.path().toStdString()});
        QVERIFY(QString::fromStdString(r.error->text()).contains("has no events.csv"));
    }

    void filesClassifiedByName() {
        QTemporaryDir dir;
        const auto events = vitrina::test::writeFile(dir, "Events_2015.CSV", "x");
        const auto part2 = vitrina::test::writeFile(dir, "item_properties_part2.csv", "x");
        const auto part1 = vitrina::test::writeFile(dir, "item_properties_part1.csv", "x");
        const auto tree = vitrina::test::writeFile(dir, "category_tree_v2.csv", "x");
        const auto r = data::discoverSources({part2, tree, events, part1});
        QVERIFY(r.ok());
        QCOMPARE(r->events, events);
        QCOMPARE(r->itemProperties, (std::vector<std::string>{part1, part2})); // part1 first whatever the order
        QCOMPARE(r->categoryTree, tree);
        QVERIFY(r->categoryNames.empty());
        QVERIFY(r->itemNames.empty());
    }

    void eventsAloneIsEnough() {
        QTemporaryDir dir;
        const auto events = vitrina::test::writeFile(dir, "events.csv", "x");
        const auto r = data::discoverSources({events});
        QVERIFY(r.ok());
        QCOMPARE(r->events, events);
        QVERIFY(r->itemProperties.empty());
    }

    void unrecognisedFile() {
        QTemporaryDir dir;
        const auto events = vitrina::test::writeFile(dir, "events.csv", "x");
        const auto other = vitrina::test::writeFile(dir, "orders.csv", "x");
        const auto r = data::discoverSources({events, other});
        QVERIFY(!r.ok());
        QVERIFY(r.error->code == MessageCode::DataUnrecognisedFile);
        QCOMPARE(r.error->file, other);
        QVERIFY(QString::fromStdString(r.error->text()).startsWith(QString::fromStdString(other)));
        const auto notCsv = vitrina::test::writeFile(dir, "events.txt", "x");
        const auto t = data::discoverSources({notCsv});
        QVERIFY(!t.ok());
        QVERIFY(t.error->code == MessageCode::DataUnrecognisedFile);
    }

    void filesWithoutEvents() {
        QTemporaryDir dir;
        const auto tree = vitrina::test::writeFile(dir, "category_tree.csv", "x");
        const auto r = data::discoverSources({tree});
        QVERIFY(!r.ok());
        QVERIFY(r.error->code == MessageCode::DataNoEventsFile);
    }

    void twoFilesForOneRole() {
        QTemporaryDir dir;
        QDir(dir.path()).mkdir("a");
        QDir(dir.path()).mkdir("b");
        const auto a = vitrina::test::writeFile(dir, "a/events.csv", "x");
        const auto b = vitrina::test::writeFile(dir, "b/events.csv", "x");
        const auto r = data::discoverSources({a, b});
        QVERIFY(!r.ok());
        QVERIFY(r.error->code == MessageCode::DataDuplicateRole);
        QCOMPARE(r.error->args, (std::vector<std::string>{"events", a, b}));
    }

    void missingPathAndNothingGiven() {
        const auto r = data::discoverSources({"/definitely/not/here"});
        QVERIFY(!r.ok());
        QVERIFY(r.error->code == MessageCode::DataPathNotFound);
        QCOMPARE(r.error->file, std::string("/definitely/not/here"));
        const auto e = data::discoverSources({});
        QVERIFY(!e.ok());
        QVERIFY(e.error->code == MessageCode::DataNoSources);
    }
};

QTEST_GUILESS_MAIN(TstImportSources)
#include "tst_import_sources.moc"
