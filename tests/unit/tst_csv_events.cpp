// events.csv row rules: format variants parsed correctly, bad rows skipped and counted per reason with their
// line numbers, strict mode, ordering, dense ids and duplicates.
#include <array>
#include <QtTest>

#include "TestSupport.h"
#ifndef Q_MOC_RUN // moc cannot parse util/Message.h (X-macro enum); the test class needs none of it
#include "data/Importer.h"
#endif

using namespace vitrina;
using data::EventType;
using util::MessageCode;

namespace {

const QByteArray kHeader = "timestamp,visitorid,event,itemid,transactionid\n";

util::Result<data::Dataset> importEvents(const QByteArray& bytes, bool strict = false, int threads = 1) {
    QTemporaryDir dir;
    data::ImportSources sources;
    sources.events = vitrina::test::writeFile(dir, "events.csv", bytes);
    data::ImportOptions options;
    options.strict = strict;
    options.threads = threads;
    return data::importDataset(sources, options, {});
}

data::Dataset importOk(const QByteArray& bytes, int threads = 1) {
    auto r = importEvents(bytes, false, threads);
    if (!r) qFatal("import failed: %s", r.error->text().c_str());
    return std::move(*r);
}

const data::SkippedRows* skipped(const data::Dataset& d, MessageCode reason) {
    for (const auto& s : d.source("events")->skipped)
        if (s.reason == reason) return &s;
    return nullptr;
}

} // namespace

class TstCsvEvents : public QObject {
    Q_OBJECT
private slots:
    void parsesPlainRows() {
        const auto d = importOk(kHeader + "1433193132535,7,view,100,\n"
                                          "1433193132600,7,addtocart,100,\n"
                                          "1433193132700,7,transaction,100,55\n"
                                          "1433193100000,3,view,200,\n");
        QCOMPARE(d.events.size(), std::size_t{4});
        QCOMPARE(d.visitors.raws(), (std::vector<std::int64_t>{3, 7}));
        QCOMPARE(d.items.ids.raws(), (std::vector<std::int64_t>{100, 200}));
        // Visitor 3 (dense 0) first, then visitor 7's three events in time order.
        QCOMPARE(d.events.visitorOffsets, (std::vector<std::uint64_t>{0, 1, 4}));
        QCOMPARE(d.events.timestamp, (std::vector<std::int64_t>{1433193100000, 1433193132535, 1433193132600, 1433193132700}));
        QCOMPARE(d.events.item, (std::vector<data::ItemIndex>{1, 0, 0, 0}));
        QVERIFY(d.events.type == (std::vector<EventType>{EventType::View, EventType::View, EventType::AddToCart, EventType::Transaction}));
        QCOMPARE(d.events.transaction, (std::vector<std::int64_t>{-1, -1, -1, 55}));
        QCOMPARE(d.source("events")->rowsRead, std::uint64_t{4});
        QCOMPARE(d.source("events")->rowsKept, std::uint64_t{4});
        QVERIFY(d.source("events")->skipped.empty());
        QCOMPARE(d.items.size(), std::size_t{2}); // the catalogue = items of the events
    }

    void formatVariantsAreParsedCorrectly() {
        // BOM, CRLF, quoted fields (also with spaces and a quoted header), blank lines, case-insensitive event
        // names: all the same three events.
        const QByteArray plain = kHeader + "1433193132535,7,view,100,\n1433193132600,8,addtocart,101,\n"
                                           "1433193132700,8,transaction,101,9\n";
        const QByteArray variant = "\xEF\xBB\xBF\"timestamp\",\"visitorid\",event,itemid,transactionid\r\n"
                                   "\r\n"
                                   "\"1433193132535\",\"7\",\"view\",100,\"\"\r\n"
                                   "   \r\n"
                                   "1433193132600, \"8\" ,addtocart,101,\r\n"
                                   "\n"
                                   "1433193132700,8,Transaction,\"101\",9\r\n";
        const auto a = importOk(plain), b = importOk(variant);
        QCOMPARE(b.events.size(), std::size_t{3});
        QVERIFY(a.events.timestamp == b.events.timestamp);
        QVERIFY(a.events.item == b.events.item);
        QVERIFY(a.events.type == b.events.type);
        QVERIFY(a.events.transaction == b.events.transaction);
        QVERIFY(a.visitors == b.visitors);
        QCOMPARE(b.source("events")->rowsRead, std::uint64_t{3}); // blank lines are not rows
        QVERIFY(b.source("events")->skipped.empty());
    }

    void releaseLayoutFastPathAgreesWithTheCarefulPath() {
        // The same rows in the release's column order (one-pass reader) and with two columns swapped (every row
        // through the general reader): the same events, warnings and skipped rows, line numbers included.
        const std::vector<std::array<const char*, 5>> rows = {
            {"1433193132535", "7", "view", "100", ""},
            {"1433193132536", "7", "addtocart", "100", ""},
            {"1433193132537", "7", "transaction", "100", "12"},
            {"0999999999999", "8", "view", "1", ""},               // leading zero: 12 significant digits
            {"999999999999", "8", "view", "2", ""},                // 12 digits, in range
            {"1433193132", "8", "view", "3", ""},                  // seconds
            {"4102444800000", "8", "view", "4", ""},               // 2100: out of range
            {"1433193132538", "0000000000000000009", "view", "5", ""}, // 19 digits
            {"1433193132538", "9", "view", "5", "77"},             // stray transaction id: kept, warned
            {"1433193132538", "9", "transaction", "5", ""},        // transaction without id
            {"1433193132538", "9", "Transaction", "6", "3"},       // case
            {"1433193132538", "9", "view ", "6", ""},              // trailing space in the event
            {"1433193132538", " 9", "view", "6", ""},              // spaces around an id
            {"1433193132538", "9", "view", "6x", ""},
            {"1433193132538", "9", "click", "6", ""},
            {"1.433193132538E+12", "9", "view", "7", ""},          // exact scientific notation
        };
        QByteArray release = kHeader, swapped = "visitorid,timestamp,event,itemid,transactionid\n";
        for (const auto& r : rows) {
            release += QByteArray(r[0]) + ',' + r[1] + ',' + r[2] + ',' + r[3] + ',' + r[4] + '\n';
            swapped += QByteArray(r[1]) + ',' + r[0] + ',' + r[2] + ',' + r[3] + ',' + r[4] + '\n';
        }
        release += "1433193132539,9,view,8\n1433193132539,9,view,8,,\n"; // wrong field counts
        swapped += "9,1433193132539,view,8\n9,1433193132539,view,8,,\n";
        const auto a = importOk(release), b = importOk(swapped);
        QVERIFY(a.events.timestamp == b.events.timestamp);
        QVERIFY(a.events.visitorOffsets == b.events.visitorOffsets);
        QVERIFY(a.events.item == b.events.item);
        QVERIFY(a.events.type == b.events.type);
        QVERIFY(a.events.transaction == b.events.transaction);
        QVERIFY(a.visitors == b.visitors);
        QVERIFY(a.items.ids == b.items.ids);
        const auto& sa = a.source("events")->skipped;
        const auto& sb = b.source("events")->skipped;
        QCOMPARE(sa.size(), sb.size());
        for (std::size_t k = 0; k < sa.size(); ++k) {
            QVERIFY(sa[k].reason == sb[k].reason);
            QCOMPARE(sa[k].count, sb[k].count);
            QCOMPARE(sa[k].firstLines, sb[k].firstLines);
        }
        QCOMPARE(a.warnings.size(), b.warnings.size());
        QVERIFY(a.events.size() >= 8);
        QVERIFY(sa.size() >= 5);
    }

    void columnsInAnyOrder() {
        const auto d = importOk("itemid,transactionid,event,visitorid,timestamp\n100,,view,7,1433193132535\n101,4,transaction,7,1433193132536\n");
        QCOMPARE(d.events.size(), std::size_t{2});
        QCOMPARE(d.items.ids.raws(), (std::vector<std::int64_t>{100, 101}));
        QCOMPARE(d.visitors.raws(), (std::vector<std::int64_t>{7}));
        QCOMPARE(d.events.transaction, (std::vector<std::int64_t>{-1, 4}));
    }

    void badRowsAreSkippedPerReasonWithLineNumbers() {
        const QByteArray bytes = kHeader +                      // line 1
                                 "1433193132535,1,view,10,\n"      // 2 ok
                                 "1433193132535,1,view,10\n"       // 3 wrong field count
                                 "1433193132535,1,view,10,,\n"     // 4 wrong field count
                                 "1433193132535,abc,view,10,\n"    // 5 bad visitor
                                 "1433193132535,-4,view,10,\n"     // 6 negative visitor
                                 "1433193132535,1,click,10,\n"     // 7 unknown event
                                 "1433193132535,1,view,x1,\n"      // 8 bad item
                                 "1433193132535,1,view,-1,\n"      // 9 negative item
                                 "1433193132535,1,transaction,10,\n" // 10 transaction without id
                                 "1433193132535,1,transaction,10,t7\n" // 11 bad transaction id
                                 "1433193132535,\"1,view,10,\n"    // 12 unclosed quote
                                 "1433193132,1,view,10,\n"         // 13 seconds
                                 "1.43E+12,1,view,10,\n"           // 14 imprecise
                                 "1433193132535.5,1,view,10,\n"    // 15 fraction of a millisecond
                                 "99999999999999,1,view,10,\n"     // 16 out of range
                                 "1433193132536,2,view,11,\n";     // 17 ok
        const auto d = importOk(bytes);
        QCOMPARE(d.events.size(), std::size_t{2});
        const auto* src = d.source("events");
        QCOMPARE(src->rowsRead, std::uint64_t{16});
        QCOMPARE(src->rowsKept, std::uint64_t{2});
        auto check = [&](MessageCode reason, std::vector<std::int64_t> lines) {
            const auto* s = skipped(d, reason);
            QVERIFY2(s, std::string(util::codeName(reason)).c_str());
            QCOMPARE(s->count, std::uint64_t{lines.size()});
            QCOMPARE(s->firstLines, lines);
        };
        check(MessageCode::CsvWrongFieldCount, {3, 4});
        check(MessageCode::CsvBadVisitorId, {5, 6});
        check(MessageCode::CsvUnknownEventType, {7});
        check(MessageCode::CsvBadItemId, {8, 9});
        check(MessageCode::CsvMissingTransactionId, {10});
        check(MessageCode::CsvBadTransactionId, {11});
        check(MessageCode::CsvUnclosedQuote, {12});
        check(MessageCode::CsvTimestampSeconds, {13});
        check(MessageCode::CsvTimestampImprecise, {14});
        check(MessageCode::CsvBadTimestamp, {15});
        check(MessageCode::CsvTimestampOutOfRange, {16});
        QCOMPARE(src->skipped.size(), std::size_t{11});
        // Reasons are listed by the line where each first occurred.
        QVERIFY(src->skipped.front().reason == MessageCode::CsvWrongFieldCount);
        QVERIFY(src->skipped.back().reason == MessageCode::CsvTimestampOutOfRange);
    }

    void firstLinesAreCapped() {
        QByteArray bytes = kHeader;
        for (int k = 0; k < 25; ++k) bytes += "1433193132535,1,teleport,10,\n";
        bytes += "1433193132535,1,view,10,\n";
        const auto d = importOk(bytes);
        const auto* s = skipped(d, MessageCode::CsvUnknownEventType);
        QVERIFY(s);
        QCOMPARE(s->count, std::uint64_t{25});
        QCOMPARE(s->firstLines.size(), data::kMaxLinesPerReason);
        QCOMPARE(s->firstLines.front(), std::int64_t{2});
        QCOMPARE(s->firstLines.back(), std::int64_t{2 + static_cast<std::int64_t>(data::kMaxLinesPerReason) - 1});
    }

    void transactionIdOnOtherEventsIsKeptWithAWarning() {
        const auto d = importOk(kHeader + "1433193132535,1,view,10,77\n1433193132536,1,addtocart,10,78\n1433193132537,1,view,10,\n");
        QCOMPARE(d.events.size(), std::size_t{3}); // a good row is never dropped
        QVERIFY(d.source("events")->skipped.empty());
        QCOMPARE(d.warnings.size(), std::size_t{1});
        const util::Message& w = d.warnings.front();
        QVERIFY(w.code == MessageCode::DataUnexpectedTransactionId);
        QVERIFY(w.severity == util::Severity::Warning);
        QCOMPARE(w.args, (std::vector<std::string>{"2", "2, 3"}));
        QVERIFY(QString::fromStdString(w.text()).contains("2 view or addtocart row(s) carry a transactionid"));
    }

    void rowCutOffAtTheEnd() {
        // The last line lacks its newline and is malformed: its own reason, naming the line.
        const auto d = importOk(kHeader + "1433193132535,1,view,10,\n1433193132536,1,vi");
        QCOMPARE(d.events.size(), std::size_t{1});
        const auto* s = skipped(d, MessageCode::CsvRowCutOff);
        QVERIFY(s);
        QCOMPARE(s->firstLines, (std::vector<std::int64_t>{3}));
        // The same malformed row with its newline is an ordinary bad row.
        const auto e = importOk(kHeader + "1433193132535,1,view,10,\n1433193132536,1,vi\n");
        QVERIFY(skipped(e, MessageCode::CsvWrongFieldCount));
        QVERIFY(!skipped(e, MessageCode::CsvRowCutOff));
    }

    void lastRowWithoutNewlineIsReportedAsCutOff() {
        // A copy cut short inside the last field still parses (item 10 of item 100, transaction 5 of 55): it is
        // reported with its line, never read with the shortened value; on both the release-layout fast path and
        // the careful path (columns swapped), and with any number of chunks.
        for (const QByteArray& header : {kHeader, QByteArray("visitorid,timestamp,event,itemid,transactionid\n")}) {
            const bool swapped = header != kHeader;
            const QByteArray row = swapped ? "1,1433193132536,view,10," : "1433193132536,1,view,10,";
            const QByteArray purchase = swapped ? "1,1433193132537,transaction,10,5" : "1433193132537,1,transaction,10,5";
            for (const QByteArray& last : {QByteArray(swapped ? "1,1433193132538,view,10," : "1433193132538,1,view,10,"), purchase}) {
                const auto d = importOk(header + row + "\n" + last);
                QCOMPARE(d.events.size(), std::size_t{1});
                QCOMPARE(d.source("events")->rowsRead, std::uint64_t{2});
                const auto* s = skipped(d, MessageCode::CsvRowCutOff);
                QVERIFY(s);
                QCOMPARE(s->firstLines, (std::vector<std::int64_t>{3}));
                // With its newline the same row is complete and kept.
                QCOMPARE(importOk(header + row + "\n" + last + "\n").events.size(), std::size_t{2});
            }
        }
        // A blank last line without a newline is no row; strict mode stops at a cut row, naming it.
        QVERIFY(importOk(kHeader + "1433193132535,1,view,10,\n  ").source("events")->skipped.empty());
        const auto strict = importEvents(kHeader + "1433193132535,1,view,10,\n1433193132536,1,view,10,", true);
        QVERIFY(strict.error);
        QVERIFY(strict.error->code == MessageCode::CsvRowCutOff);
        QCOMPARE(strict.error->line, std::int64_t{3});
    }

    void zeroPaddedTimestampsAreOutOfRange() {
        // 13 characters, so they used to pass the fast path's length test and were kept as 1970 events.
        const auto d = importOk(kHeader + "0000000000123,1,view,10,\n0946684799999,1,view,10,\n1433193132535,1,view,10,\n");
        QCOMPARE(d.events.size(), std::size_t{1});
        const auto* s = skipped(d, MessageCode::CsvTimestampOutOfRange);
        QVERIFY(s);
        QCOMPARE(s->firstLines, (std::vector<std::int64_t>{2, 3}));
        const auto strict = importEvents(kHeader + "0000000000123,1,view,10,\n", true);
        QVERIFY(strict.error);
        QVERIFY(strict.error->code == MessageCode::CsvTimestampOutOfRange);
        QCOMPARE(strict.error->line, std::int64_t{2});
    }

    void idsOfNineteenOrMoreDigitsAreBadIds() {
        // The fast path used to sum these digits into a signed integer, which overflows (UBSan: the sanitizer
        // build of this test aborts without the fix).
        const auto d = importOk(kHeader + "1433193132535,99999999999999999999,view,10,\n"
                                          "1433193132535,1,view,12345678901234567890123,\n"
                                          "1433193132535,1,transaction,10,9999999999999999999\n"
                                          "99999999999999999999999,1,view,10,\n"
                                          "1433193132535,999999999999999999,view,10,\n");
        QCOMPARE(d.events.size(), std::size_t{1});
        QCOMPARE(d.visitors.raw(0), std::int64_t{999999999999999999}); // 18 digits still fit
        QVERIFY(skipped(d, MessageCode::CsvBadVisitorId));
        QVERIFY(skipped(d, MessageCode::CsvBadItemId));
        QVERIFY(skipped(d, MessageCode::CsvBadTransactionId));
        QVERIFY(skipped(d, MessageCode::CsvTimestampOutOfRange));
    }

    void tiesKeepFileOrderAndDuplicatesAreCounted() {
        const auto d = importOk(kHeader + "1433193132535,5,view,30,\n"
                                          "1433193132535,5,view,10,\n"
                                          "1433193132535,5,view,30,\n"  // duplicate of line 2
                                          "1433193132500,5,view,20,\n"
                                          "1433193132535,6,view,30,\n"  // same time and item, other visitor
                                          "1433193132535,5,view,30,\n"  // duplicate again
                                          "1433193132535,5,transaction,30,1\n"
                                          "1433193132535,5,transaction,30,2\n"); // differs by transaction id
        QCOMPARE(d.duplicateRows, std::uint64_t{2});
        QCOMPARE(d.events.size(), std::size_t{8}); // duplicates are kept, as in the release
        // Visitor 5: the earlier time first, then the ties in file order.
        const std::vector<std::int64_t> itemsOf5 = {20, 30, 10, 30, 30, 30, 30};
        for (std::size_t k = 0; k < itemsOf5.size(); ++k) QCOMPARE(d.items.ids.raw(d.events.item[k]), itemsOf5[k]);
        QCOMPARE(d.events.transaction[5], std::int64_t{1});
        QCOMPARE(d.events.transaction[6], std::int64_t{2});
    }

    void largeIdsUseTheSortedMapping() {
        // Raw ids far above the row count take the sort + unique path; the result is the same kind of map.
        const auto d = importOk(kHeader + "1433193132535,900000000000,view,500000000000,\n"
                                          "1433193132536,3,view,500000000000,\n"
                                          "1433193132537,900000000000,view,2,\n");
        QCOMPARE(d.visitors.raws(), (std::vector<std::int64_t>{3, 900000000000}));
        QCOMPARE(d.items.ids.raws(), (std::vector<std::int64_t>{2, 500000000000}));
        QCOMPARE(d.events.item, (std::vector<data::ItemIndex>{1, 1, 0}));
    }

    void strictModeStopsAtTheFirstBadRow() {
        const auto r = importEvents(kHeader + "1433193132535,1,view,10,\n\n1433193132535,1,view,zz,\n1433193132,1,view,10,\n", true);
        QVERIFY(!r.ok());
        QVERIFY(r.error->code == MessageCode::CsvBadItemId);
        QCOMPARE(r.error->line, std::int64_t{4});
        QVERIFY(QString::fromStdString(r.error->text()).endsWith("events.csv:4: The itemid is not a non-negative whole number"));
        // A clean file passes strict mode.
        QVERIFY(importEvents(kHeader + "1433193132535,1,view,10,\n", true).ok());
        // A stray transactionid is a warning, not a bad row: strict mode keeps going.
        QVERIFY(importEvents(kHeader + "1433193132535,1,view,10,5\n", true).ok());
    }

    void visitorOrderIsStableAcrossThreadSlices() {
        // Enough rows (> 2 x 65,536) for the counting sort to use one slice per thread. About ten rows per visitor
        // spread over the file and five distinct times: every visitor spans both slices and ties on time (short runs
        // are ordered by insertion sort, which relies on the input order); the item is the row number,
        // so the expected order (by visitor, then time, then file order) can be checked row by row.
        constexpr int kRows = 200000;
        QByteArray bytes = kHeader;
        std::vector<std::array<std::int64_t, 3>> rows; // visitor, time, row
        for (int k = 0; k < kRows; ++k) {
            const std::int64_t visitor = (k * 7919LL) % 20011, time = 1433000000000LL + (k * 13LL) % 5;
            bytes += QByteArray::number(time) + ',' + QByteArray::number(visitor) + ",view," + QByteArray::number(k) + ",\n";
            rows.push_back({visitor, time, k});
        }
        std::stable_sort(rows.begin(), rows.end(),
                         [](const auto& a, const auto& b) { return a[0] != b[0] ? a[0] < b[0] : a[1] < b[1]; });
        for (const int threads : {1, 2, 3}) {
            const auto d = importOk(bytes, threads);
            QCOMPARE(d.events.size(), std::size_t{kRows});
            for (std::size_t i = 0; i < rows.size(); ++i) {
                QCOMPARE(d.visitors.raw(d.events.visitor[i]), rows[i][0]);
                QCOMPARE(d.events.timestamp[i], rows[i][1]);
                QCOMPARE(d.items.ids.raw(d.events.item[i]), rows[i][2]);
            }
        }
    }

    void manyChunksGiveTheSameResult() {
        // ~4 MB so that 2 and 4 threads really split the file; bad rows in several chunks.
        QByteArray bytes = kHeader;
        std::vector<std::int64_t> badLines;
        for (int k = 0; k < 120000; ++k) {
            const std::int64_t line = k + 2;
            if (k % 9973 == 17) {
                bytes += "1433193132535,1,fly,1,\n";
                badLines.push_back(line);
            } else if (k % 5000 == 3) {
                bytes += "\r\n"; // blank lines shift line numbers but are not rows
            } else {
                bytes += QByteArray::number(1433000000000LL + (k * 7919LL) % 86400000LL) + ',' +
                         QByteArray::number((k * 31) % 20011) + ",view," + QByteArray::number((k * 17) % 3001) + ",\n";
            }
        }
        const auto one = importOk(bytes, 1);
        for (const int threads : {2, 3, 4}) {
            const auto many = importOk(bytes, threads);
            QVERIFY(one.events.timestamp == many.events.timestamp);
            QVERIFY(one.events.item == many.events.item);
            QVERIFY(one.events.visitorOffsets == many.events.visitorOffsets);
            QVERIFY(one.visitors == many.visitors);
            QCOMPARE(one.duplicateRows, many.duplicateRows);
            QCOMPARE(many.source("events")->rowsRead, one.source("events")->rowsRead);
            const auto* s = skipped(many, MessageCode::CsvUnknownEventType);
            QVERIFY(s);
            QCOMPARE(s->count, std::uint64_t{badLines.size()});
            QCOMPARE(s->firstLines, std::vector<std::int64_t>(badLines.begin(), badLines.begin() + 10));
        }
        // Strict mode names the first bad line whatever the thread count.
        for (const int threads : {1, 4}) {
            const auto r = importEvents(bytes, true, threads);
            QVERIFY(!r.ok());
            QCOMPARE(r.error->line, badLines.front());
        }
    }
};

QTEST_GUILESS_MAIN(TstCsvEvents)
#include "tst_csv_events.moc"
