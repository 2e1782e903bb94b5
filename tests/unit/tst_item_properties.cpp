// item_properties streaming: only categoryid, available and 790 of event items are kept, as sorted step
// functions; bad rows of those are counted per reason; the result does not depend on threads or block size.
#include <QtTest>

#include "TestSupport.h"
#ifndef Q_MOC_RUN // moc cannot parse util/Message.h (X-macro enum); the test class needs none of it
#include "data/Importer.h"
#include "data/ItemPropertiesReader.h"
#endif

using namespace vitrina;
using util::MessageCode;

namespace {

const QByteArray kHeader = "timestamp,itemid,property,value\n";
const data::IdMap kItems(std::vector<std::int64_t>{10, 20, 30});

data::PropertyHistories read(const std::vector<std::string>& paths, int threads = 1, bool keepPrice = true,
                             data::PropertyReadTuning tuning = {}) {
    data::ImportOptions options;
    options.threads = threads;
    options.keepPrice = keepPrice;
    return data::readItemProperties(paths, kItems, options, {}, tuning);
}

const data::SkippedRows* skipped(const data::SourceFile& s, MessageCode reason) {
    for (const auto& r : s.skipped)
        if (r.reason == reason) return &r;
    return nullptr;
}

template <class V> std::vector<std::pair<std::int64_t, V>> entries(const data::TimedValues<V>& t, data::ItemIndex i) {
    std::vector<std::pair<std::int64_t, V>> out;
    for (auto k = t.offsets[i]; k < t.offsets[i + 1]; ++k) out.emplace_back(t.time[k], t.value[k]);
    return out;
}

} // namespace

class TstItemProperties : public QObject {
    Q_OBJECT
private slots:
    void keepsOnlyTheNeededRows() {
        QTemporaryDir dir;
        const auto path = vitrina::test::writeFile(dir, "item_properties_part1.csv",
                                                   kHeader +
                                                       "1435460400000,10,categoryid,5\n"    // 2 kept
                                                       "1433041200000,10,categoryid,4\n"    // 3 kept (earlier time)
                                                       "1433041200000,10,888,1000 n2.000\n" // 4 other property
                                                       "1433041200000,10,available,1\n"     // 5 kept
                                                       "1435460400000,10,available,0\n"     // 6 kept
                                                       "1433041200000,20,790,n5400.000\n"   // 7 kept
                                                       "1433041200000,99,categoryid,7\n"    // 8 not an event item
                                                       "1433041200000,30,categoryid,abc\n"  // 9 bad category value
                                                       "1433041200000,30,available,2\n"     // 10 bad available value
                                                       "1433041200000,30,790,5400\n"        // 11 bad price value
                                                       "1433041200,30,categoryid,1\n"       // 12 seconds
                                                       "1433041200000,x,categoryid,1\n"     // 13 bad item id
                                                       "1433041200000,30\n"                 // 14 wrong field count
                                                       "1433041200000,30,categoryid,1,2\n"  // 15 wrong field count
                                                       "1433041200000,30,6,\"a, \"\"b\"\"\"\n" // 16 other property, quoted
                                                       "\n"                                 // 17 blank
                                                       "1433041200000,30,categoryid,8\n");  // 18 kept
        const auto h = read({path});
        QCOMPARE(h.sources.size(), std::size_t{1});
        const data::SourceFile& s = h.sources.front();
        QCOMPARE(s.role, std::string("item_properties"));
        QCOMPARE(s.rowsRead, std::uint64_t{16});
        QCOMPARE(s.rowsKept, std::uint64_t{6});
        QCOMPARE(entries(h.rawCategory, 0), (std::vector<std::pair<std::int64_t, std::int64_t>>{{1433041200000, 4}, {1435460400000, 5}}));
        QCOMPARE(entries(h.rawCategory, 1).size(), std::size_t{0});
        QCOMPARE(entries(h.rawCategory, 2), (std::vector<std::pair<std::int64_t, std::int64_t>>{{1433041200000, 8}}));
        QCOMPARE(entries(h.available, 0), (std::vector<std::pair<std::int64_t, std::uint8_t>>{{1433041200000, 1}, {1435460400000, 0}}));
        QCOMPARE(entries(h.price, 1), (std::vector<std::pair<std::int64_t, float>>{{1433041200000, 5400.0f}}));
        auto check = [&](MessageCode reason, std::vector<std::int64_t> lines) {
            const auto* r = skipped(s, reason);
            QVERIFY2(r, std::string(util::codeName(reason)).c_str());
            QCOMPARE(r->firstLines, lines);
        };
        check(MessageCode::CsvBadCategoryValue, {9});
        check(MessageCode::CsvBadAvailableValue, {10});
        check(MessageCode::CsvBadPriceValue, {11});
        check(MessageCode::CsvTimestampSeconds, {12});
        check(MessageCode::CsvBadItemId, {13});
        check(MessageCode::CsvWrongFieldCount, {14, 15});
        QCOMPARE(s.skipped.size(), std::size_t{6});
        // The step function: before the first entry the latest value, then the value in force.
        QCOMPARE(h.rawCategory.at(0, 1433041199999).value_or(-1), std::int64_t{5});
        QCOMPARE(h.rawCategory.at(0, 1434000000000).value_or(-1), std::int64_t{4});
        QCOMPARE(h.rawCategory.at(0, 1435460400000).value_or(-1), std::int64_t{5});
    }

    void priceIsOptional() {
        QTemporaryDir dir;
        const auto path = vitrina::test::writeFile(dir, "p.csv", kHeader + "1433041200000,20,790,n5400.000\n1433041200000,20,790,junk\n");
        const auto h = read({path}, 1, false);
        QVERIFY(!h.price.loaded());
        QCOMPARE(h.sources.front().rowsKept, std::uint64_t{0});
        QVERIFY(h.sources.front().skipped.empty()); // 790 is just another property now
        QVERIFY(h.rawCategory.loaded());            // loaded, and empty
        QVERIFY(!h.rawCategory.has(0));
    }

    void formatVariants() {
        QTemporaryDir dir;
        const auto path = vitrina::test::writeFile(dir, "p.csv",
                                                   "\xEF\xBB\xBFproperty,value,itemid,timestamp\r\n"
                                                   "categoryid,5,10,1433041200000\r\n"
                                                   "\"available\",\"1\",\"10\",\"1433041200000\"\r\n"
                                                   "\"categoryid\",\"6\",\"10\",1.435460400000E+12\r\n");
        const auto h = read({path});
        QVERIFY(h.sources.front().skipped.empty());
        QCOMPARE(entries(h.rawCategory, 0), (std::vector<std::pair<std::int64_t, std::int64_t>>{{1433041200000, 5}, {1435460400000, 6}}));
        QCOMPARE(entries(h.available, 0), (std::vector<std::pair<std::int64_t, std::uint8_t>>{{1433041200000, 1}}));
    }

    void partsInOrderAndTiesInFileOrder() {
        QTemporaryDir dir;
        const auto part1 = vitrina::test::writeFile(dir, "item_properties_part1.csv", kHeader + "1433041200000,10,categoryid,1\n");
        const auto part2 = vitrina::test::writeFile(dir, "item_properties_part2.csv", kHeader + "1433041200000,10,categoryid,2\n1433041100000,10,categoryid,3\n");
        const auto h = read({part1, part2});
        QCOMPARE(h.sources.size(), std::size_t{2});
        QCOMPARE(entries(h.rawCategory, 0), (std::vector<std::pair<std::int64_t, std::int64_t>>{{1433041100000, 3}, {1433041200000, 1}, {1433041200000, 2}}));
        QCOMPARE(h.rawCategory.at(0, 1433041200000).value_or(-1), std::int64_t{2}); // the later row wins a tie
    }

    void cutOffAndStrict() {
        QTemporaryDir dir;
        const auto cut = vitrina::test::writeFile(dir, "cut.csv", kHeader + "1433041200000,10,categoryid,1\n1433041200000,10,availa");
        const auto h = read({cut});
        const auto* r = skipped(h.sources.front(), MessageCode::CsvRowCutOff);
        QVERIFY(r);
        QCOMPARE(r->firstLines, std::vector<std::int64_t>{3});
        // Cut inside the last field, the row still parses (category 1 of 12): reported, never kept; with any
        // block size (the line may straddle a block boundary) and any number of ranges.
        for (const std::size_t block : {std::size_t{16}, std::size_t{1} << 20}) {
            data::PropertyReadTuning tuning;
            tuning.blockBytes = block;
            tuning.minRangeBytes = 16;
            for (const int threads : {1, 3}) {
                data::ImportOptions options;
                options.threads = threads;
                const auto inField = vitrina::test::writeFile(dir, "in-field.csv", kHeader + "1433041200000,10,categoryid,7\n1433041300000,10,categoryid,1");
                const auto g = data::readItemProperties({inField}, kItems, options, {}, tuning);
                QCOMPARE(entries(g.rawCategory, 0), (std::vector<std::pair<std::int64_t, std::int64_t>>{{1433041200000, 7}}));
                QCOMPARE(g.sources.front().rowsRead, std::uint64_t{2});
                const auto* c = skipped(g.sources.front(), MessageCode::CsvRowCutOff);
                QVERIFY(c);
                QCOMPARE(c->firstLines, std::vector<std::int64_t>{3});
            }
        }

        const auto bad = vitrina::test::writeFile(dir, "bad.csv", kHeader + "1433041200000,10,categoryid,1\n1433041200000,10,available,7\n1433041200000,10,x,1\n");
        data::ImportOptions options;
        options.strict = true;
        try {
            data::readItemProperties({bad}, kItems, options, {});
            QFAIL("strict mode must stop");
        } catch (const util::Error& e) {
            QVERIFY(e.message().code == MessageCode::CsvBadAvailableValue);
            QCOMPARE(e.message().line, std::int64_t{3});
            QCOMPARE(e.message().file, bad);
        }
    }

    void sameResultForAnyThreadsAndBlocks() {
        // Lines cross blocks and ranges; one line is longer than a block; bad rows are spread out.
        QByteArray bytes = kHeader;
        std::vector<std::int64_t> badLines;
        for (int k = 0; k < 6000; ++k) {
            const std::int64_t line = k + 2;
            const QByteArray item = QByteArray::number(10 * (1 + k % 3));
            const QByteArray t = QByteArray::number(1433041200000LL + (k * 104729LL) % 9000000000LL);
            if (k % 797 == 5) {
                bytes += t + "," + item + ",available,maybe\n";
                badLines.push_back(line);
            } else if (k == 2500) {
                bytes += t + "," + item + ",111," + QByteArray(9000, 'x') + "\n";
            } else if (k % 7 == 0) {
                bytes += t + "," + item + ",categoryid," + QByteArray::number(k % 50) + "\n";
            } else if (k % 11 == 0) {
                bytes += t + "," + item + ",790,n" + QByteArray::number(k) + ".500\r\n";
            } else if (k % 13 == 0) {
                bytes += "\n";
            } else {
                bytes += t + "," + item + "," + QByteArray::number(k % 1000) + ",n1.0 2 3\n";
            }
        }
        QTemporaryDir dir;
        const auto path = vitrina::test::writeFile(dir, "item_properties_part1.csv", bytes);
        const auto reference = read({path});
        QVERIFY(reference.rawCategory.value.size() > 500);
        QVERIFY(reference.price.value.size() > 300);
        const auto* refBad = skipped(reference.sources.front(), MessageCode::CsvBadAvailableValue);
        QVERIFY(refBad);
        QCOMPARE(refBad->count, std::uint64_t{badLines.size()});
        QCOMPARE(refBad->firstLines, std::vector<std::int64_t>(badLines.begin(), badLines.begin() + 8));
        for (const int threads : {1, 2, 3, 7}) {
            for (const std::size_t block : {std::size_t{64}, std::size_t{1000}, std::size_t{1} << 20}) {
                const auto h = read({path}, threads, true, {block, 4096});
                QVERIFY(h.rawCategory.offsets == reference.rawCategory.offsets);
                QVERIFY(h.rawCategory.time == reference.rawCategory.time);
                QVERIFY(h.rawCategory.value == reference.rawCategory.value);
                QVERIFY(h.available.value == reference.available.value);
                QVERIFY(h.price.time == reference.price.time);
                QVERIFY(h.price.value == reference.price.value);
                QCOMPARE(h.sources.front().rowsRead, reference.sources.front().rowsRead);
                QCOMPARE(h.sources.front().rowsKept, reference.sources.front().rowsKept);
                const auto* bad = skipped(h.sources.front(), MessageCode::CsvBadAvailableValue);
                QVERIFY(bad);
                QCOMPARE(bad->count, refBad->count);
                QCOMPARE(bad->firstLines, refBad->firstLines);
            }
        }
        // Strict mode reports the first bad line with any number of ranges.
        data::ImportOptions options;
        options.strict = true;
        options.threads = 4;
        try {
            data::readItemProperties({path}, kItems, options, {}, {256, 4096});
            QFAIL("strict mode must stop");
        } catch (const util::Error& e) {
            QCOMPARE(e.message().line, badLines.front());
        }
    }

    void categoriesMappedOntoTheTree() {
        // Through importDataset: raw category ids become tree indexes; unknown ones are added as roots.
        QTemporaryDir dir;
        data::ImportSources sources;
        sources.events = vitrina::test::writeFile(dir, "events.csv", "timestamp,visitorid,event,itemid,transactionid\n"
                                                                     "1433193132535,1,view,10,\n1433193132536,1,view,20,\n");
        sources.itemProperties = {vitrina::test::writeFile(dir, "item_properties_part1.csv",
                                                           kHeader + "1433041200000,10,categoryid,5\n1433041200000,20,categoryid,77\n"
                                                                     "1433041200000,20,categoryid,78\n")};
        sources.categoryTree = vitrina::test::writeFile(dir, "category_tree.csv", "categoryid,parentid\n5,1\n1,\n");
        const auto r = data::importDataset(sources, {}, {});
        QVERIFY(r.ok());
        const auto& d = *r;
        QCOMPARE(d.categories.ids.raws(), (std::vector<std::int64_t>{1, 5, 77, 78}));
        QCOMPARE(d.items.latestCategory(0), static_cast<data::CategoryIndex>(1)); // raw 5
        QCOMPARE(d.categories.level[1], std::uint8_t{2});
        QCOMPARE(d.categories.parent[2], data::kNoCategory); // 77 added as a root
        QCOMPARE(d.categories.level[3], std::uint8_t{1});
        QCOMPARE(d.warnings.size(), std::size_t{1});
        QVERIFY(d.warnings.front().code == MessageCode::DataUnknownCategories);
        QCOMPARE(d.warnings.front().args, (std::vector<std::string>{"2", "77, 78"}));
        QCOMPARE(r.warnings.size(), std::size_t{1});
        QCOMPARE(d.sources.size(), std::size_t{3});
        QCOMPARE(d.sources[1].role, std::string("item_properties"));
    }
};

QTEST_GUILESS_MAIN(TstItemProperties)
#include "tst_item_properties.moc"
