// Optional display names (id,name): quoted names with commas and quotes, UTF-8, ids outside the data ignored,
// bad rows counted; through importDataset the names reach CategoryTree::names and ItemCatalog::names.
#include <QtTest>

#include "TestSupport.h"
#ifndef Q_MOC_RUN // moc cannot parse util/Message.h (X-macro enum); the test class needs none of it
#include "data/Importer.h"
#include "data/NamesReader.h"
#endif

using namespace vitrina;
using util::MessageCode;

class TstImportNames : public QObject {
    Q_OBJECT
private slots:
    void quotedUtf8Names() {
        QTemporaryDir dir;
        const data::IdMap ids(std::vector<std::int64_t>{1, 2, 3, 4, 5});
        const auto path = vitrina::test::writeFile(dir, "category_names.csv",
                                                   "categoryid,name\n"
                                                   "1,Phones\n"                          // 2
                                                   "2,\"Phones, tablets & more\"\n"      // 3 comma inside quotes
                                                   "3,\"The \"\"best\"\" deals\"\n"      // 4 doubled quotes
                                                   "4,  Смартфоны  \n"                   // 5 UTF-8, spaces trimmed
                                                   "9,Not in the data\n"                 // 6 ignored
                                                   "x,Bad id\n"                          // 7
                                                   "1,Second name\n"                     // 8 repeated id
                                                   "5,\"Bad \xC3\"\n"                    // 9 invalid UTF-8
                                                   "5,\"unclosed\n"                      // 10
                                                   "5,a,b\n");                           // 11 an unquoted comma
        const auto f = data::readNames(path, data::NameKind::Category, ids, false, {});
        QCOMPARE(f.names, (std::vector<std::string>{"Phones", "Phones, tablets & more", "The \"best\" deals", "Смартфоны", ""}));
        QCOMPARE(f.source.role, std::string("category_names"));
        QCOMPARE(f.source.rowsRead, std::uint64_t{10});
        QCOMPARE(f.source.rowsKept, std::uint64_t{4});
        std::vector<std::pair<MessageCode, std::vector<std::int64_t>>> got;
        for (const auto& s : f.source.skipped) got.emplace_back(s.reason, s.firstLines);
        const std::vector<std::pair<MessageCode, std::vector<std::int64_t>>> expected{
            {MessageCode::CsvBadNameId, {7}},
            {MessageCode::CsvDuplicateName, {8}},
            {MessageCode::CsvInvalidUtf8, {9}},
            {MessageCode::CsvUnclosedQuote, {10}},
            {MessageCode::CsvWrongFieldCount, {11}}};
        QVERIFY(got == expected);
    }

    void cutLastNameIsReported() {
        // "Kettl" of "Kettle": the name is cut inside its field at the end of the file; reported, not stored.
        QTemporaryDir dir;
        const data::IdMap ids(std::vector<std::int64_t>{6, 7});
        const auto path = vitrina::test::writeFile(dir, "item_names.csv", "itemid,name\n6,Teapot\n7,Kettl");
        const auto f = data::readNames(path, data::NameKind::Item, ids, false, {});
        QCOMPARE(f.names, (std::vector<std::string>{"Teapot", ""}));
        QCOMPARE(f.source.rowsRead, std::uint64_t{2});
        QCOMPARE(f.source.skipped.size(), std::size_t{1});
        QVERIFY(f.source.skipped[0].reason == MessageCode::CsvRowCutOff);
        QCOMPARE(f.source.skipped[0].firstLines, std::vector<std::int64_t>{3});
    }

    void headerVariants() {
        QTemporaryDir dir;
        const data::IdMap ids(std::vector<std::int64_t>{7});
        for (const QByteArray& header : {QByteArray("itemid,name\n"), QByteArray("id,name\n"), QByteArray("name,itemid\n")}) {
            const QByteArray row = header.startsWith("name") ? "Kettle,7\n" : "7,Kettle\n";
            const auto f = data::readNames(vitrina::test::writeFile(dir, "item_names.csv", header + row), data::NameKind::Item, ids, false, {});
            QCOMPARE(f.names, std::vector<std::string>{"Kettle"});
            QCOMPARE(f.source.role, std::string("item_names"));
        }
        try {
            data::readNames(vitrina::test::writeFile(dir, "item_names.csv", "categoryid,name\n7,x\n"), data::NameKind::Item, ids, false, {});
            QFAIL("a category header is not an item names header");
        } catch (const util::Error& e) {
            QVERIFY(e.message().code == MessageCode::CsvMissingColumns);
            QCOMPARE(e.message().args, (std::vector<std::string>{"itemid", "itemid, name"}));
        }
    }

    void namesThroughTheImporter() {
        QTemporaryDir dir;
        data::ImportSources sources;
        sources.events = vitrina::test::writeFile(dir, "events.csv", "timestamp,visitorid,event,itemid,transactionid\n"
                                                                     "1433193132535,1,view,10,\n1433193132536,1,view,20,\n");
        sources.categoryTree = vitrina::test::writeFile(dir, "category_tree.csv", "categoryid,parentid\n1016,213\n213,\n");
        sources.categoryNames = vitrina::test::writeFile(dir, "category_names.csv", "categoryid,name\n213,Phones\n1016,Smartphones\n");
        sources.itemNames = vitrina::test::writeFile(dir, "item_names.csv", "itemid,name\n20,\"Phone X, 128 GB\"\n");
        const auto r = data::importDataset(sources, {}, {});
        QVERIFY(r.ok());
        const auto c1016 = static_cast<data::CategoryIndex>(*r->categories.ids.find(1016));
        QCOMPARE(r->categories.pathText(c1016), std::string("Phones \u203A Smartphones"));
        QCOMPARE(r->items.displayName(0), std::string("10")); // no name: the raw id
        QCOMPARE(r->items.displayName(1), std::string("Phone X, 128 GB"));
        QCOMPARE(r->items.names.size(), r->items.size());
        QVERIFY(r->source("category_names") && r->source("item_names"));
        QCOMPARE(r->source("item_names")->rowsKept, std::uint64_t{1});
    }

    void strictMode() {
        QTemporaryDir dir;
        const data::IdMap ids(std::vector<std::int64_t>{1});
        const auto path = vitrina::test::writeFile(dir, "item_names.csv", "itemid,name\n1,ok\n\n-1,bad\n");
        try {
            data::readNames(path, data::NameKind::Item, ids, true, {});
            QFAIL("strict mode must stop");
        } catch (const util::Error& e) {
            QVERIFY(e.message().code == MessageCode::CsvBadNameId);
            QCOMPARE(e.message().line, std::int64_t{4});
        }
    }
};

QTEST_GUILESS_MAIN(TstImportNames)
#include "tst_import_names.moc"
