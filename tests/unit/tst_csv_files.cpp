// File-level problems of every input: a clear error naming the file (and the expected columns), never a crash.
#include <QtTest>

#include <unistd.h>

#include "TestSupport.h"
#ifndef Q_MOC_RUN // moc cannot parse util/Message.h (X-macro enum); the test class needs none of it
#include "data/Importer.h"
#endif

using namespace vitrina;
using util::MessageCode;

namespace {

const QByteArray kEventsHeader = "timestamp,visitorid,event,itemid,transactionid\n";
const QByteArray kOneEvent = "1433193132535,1,view,10,\n";
const std::string kExpectedEvents = "timestamp, visitorid, event, itemid, transactionid";

util::Result<data::Dataset> importFrom(const data::ImportSources& sources) {
    data::ImportOptions options;
    options.threads = 2;
    return data::importDataset(sources, options, {});
}

util::Result<data::Dataset> importEventsFile(const std::string& path) {
    data::ImportSources sources;
    sources.events = path;
    return importFrom(sources);
}

util::Result<data::Dataset> importEventsBytes(const QByteArray& bytes) {
    QTemporaryDir dir;
    return importEventsFile(vitrina::test::writeFile(dir, "events.csv", bytes));
}

} // namespace

class TstCsvFiles : public QObject {
    Q_OBJECT
private slots:
    void missingFile() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("nope/events.csv").toStdString();
        const auto r = importEventsFile(path);
        QVERIFY(!r.ok());
        QVERIFY(r.error->code == MessageCode::CsvFileNotFound);
        QCOMPARE(r.error->file, path);
        QVERIFY(QString::fromStdString(r.error->text()).startsWith(QString::fromStdString(path) + ": "));
    }

    void directory() {
        QTemporaryDir dir;
        const auto r = importEventsFile(dir.path().toStdString());
        QVERIFY(!r.ok());
        QVERIFY(r.error->code == MessageCode::CsvIsDirectory);
        QCOMPARE(r.error->file, dir.path().toStdString());
    }

    void deviceIsNotARegularFile() {
        if (!QFileInfo::exists("/dev/null")) QSKIP("no /dev/null on this system");
        const auto r = importEventsFile("/dev/null");
        QVERIFY(!r.ok());
        QVERIFY(r.error->code == MessageCode::CsvNotRegularFile);
    }

    void unreadableFile() {
        QTemporaryDir dir;
        const std::string path = vitrina::test::writeFile(dir, "events.csv", kEventsHeader + kOneEvent);
        QFile::setPermissions(QString::fromStdString(path), QFileDevice::Permissions());
        if (::access(path.c_str(), R_OK) == 0) QSKIP("running with rights that read any file (root): cannot test");
        const auto r = importEventsFile(path);
        QVERIFY(!r.ok());
        QVERIFY(r.error->code == MessageCode::CsvCannotRead);
        QCOMPARE(r.error->file, path);
        QVERIFY(!r.error->args.empty() && !r.error->args.front().empty()); // the system's reason
    }

    void emptyFiles_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("zero bytes") << QByteArray();
        QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF");
        QTest::newRow("blank lines") << QByteArray("\n\r\n  \n");
    }
    void emptyFiles() {
        QFETCH(QByteArray, bytes);
        const auto r = importEventsBytes(bytes);
        QVERIFY(!r.ok());
        QVERIFY(r.error->code == MessageCode::CsvEmptyFile);
        QCOMPARE(r.error->args, std::vector<std::string>{kExpectedEvents});
        QVERIFY(QString::fromStdString(r.error->text()).contains("events.csv: The file is empty"));
    }

    void headerWithoutRows() {
        for (const QByteArray& bytes : {kEventsHeader, kEventsHeader + "\n\n", QByteArray("timestamp,visitorid,event,itemid,transactionid")}) {
            const auto r = importEventsBytes(bytes);
            QVERIFY(!r.ok());
            QVERIFY(r.error->code == MessageCode::CsvNoDataRows);
        }
    }

    void everyRowBad() {
        const auto r = importEventsBytes(kEventsHeader + "x,1,view,10,\n1433193132535,1,fly,10,\n");
        QVERIFY(!r.ok());
        QVERIFY(r.error->code == MessageCode::CsvNoValidEvents);
        // The reason: the most frequent one; between equals, the first in the file (line 2, not a number).
        QCOMPARE(r.error->args, (std::vector<std::string>{"2", "1", "2", std::string(util::codeEnglishFormat(MessageCode::CsvBadTimestamp))}));
    }

    // A spreadsheet's export: every timestamp rounded to 1.43E+12. The error says why no row was kept, as the
    // import report does for a file where only some rows have it.
    void everyTimestampImprecise() {
        QByteArray bytes = kEventsHeader + "1433193132535,1,fly,10,\n"; // one row of another reason first
        for (int row = 0; row < 2000; ++row) bytes += "1.43E+12," + QByteArray::number(row) + ",view,10,\n";
        const auto r = importEventsBytes(bytes);
        QVERIFY(!r.ok());
        QVERIFY(r.error->code == MessageCode::CsvNoValidEvents);
        const QString text = QString::fromStdString(r.error->text());
        QVERIFY2(text.endsWith("events.csv: The file has no valid event rows (2001 data rows read, all skipped; the most "
                               "common reason, 2000 rows from line 3: The timestamp is in scientific notation with too "
                               "few digits (like 1.43E+12, as a spreadsheet writes it) and has lost precision)"),
                 qPrintable(text));
    }

    void headerProblems_data() {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("firstArg");
        QTest::newRow("missing column") << QByteArray("timestamp,visitorid,event,itemid\n") << int(MessageCode::CsvMissingColumns) << "transactionid";
        QTest::newRow("two missing") << QByteArray("visitorid,event,itemid\n") << int(MessageCode::CsvMissingColumns) << "timestamp, transactionid";
        QTest::newRow("unknown column") << QByteArray("timestamp,visitorid,event,itemid,transactionid,price\n") << int(MessageCode::CsvUnknownColumns) << "price";
        QTest::newRow("renamed column") << QByteArray("timestamp,visitor,event,itemid,transactionid\n") << int(MessageCode::CsvMissingColumns) << "visitorid";
        QTest::newRow("duplicate column") << QByteArray("timestamp,visitorid,event,itemid,itemid,transactionid\n") << int(MessageCode::CsvDuplicateColumn) << "itemid";
        QTest::newRow("no header") << QByteArray("1433193132535,1,view,10,\n") << int(MessageCode::CsvHeaderMissing) << QString::fromStdString(kExpectedEvents);
        QTest::newRow("damaged header") << QByteArray("timestamp,visitorid,eve") << int(MessageCode::CsvMissingColumns) << "event, itemid, transactionid";
    }
    void headerProblems() {
        QFETCH(QByteArray, header);
        QFETCH(int, code);
        QFETCH(QString, firstArg);
        const auto r = importEventsBytes(header + kOneEvent);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error->code), code);
        QCOMPARE(QString::fromStdString(r.error->args.front()), firstArg);
        QVERIFY(QString::fromStdString(r.error->file).endsWith("events.csv"));
        QCOMPARE(r.error->line, std::int64_t{1});
        QVERIFY(QString::fromStdString(r.error->text()).contains(QString::fromStdString(kExpectedEvents))); // names the expected columns
    }

    void headerIsCaseAndSpaceInsensitive() {
        const auto r = importEventsBytes("Timestamp, VisitorId ,EVENT,itemid,\"transactionid\"\n" + kOneEvent);
        QVERIFY(r.ok());
        QCOMPARE(r->events.size(), std::size_t{1});
    }

    void binaryGarbageDoesNotCrash() {
        QByteArray garbage = kEventsHeader;
        for (int k = 0; k < 5000; ++k) garbage.append(static_cast<char>((k * 7919 + 13) % 256));
        garbage += "\n" + kOneEvent;
        const auto r = importEventsBytes(garbage);
        QVERIFY(r.ok()); // the good row survives; the garbage lines are counted
        QCOMPARE(r->events.size(), std::size_t{1});
        QVERIFY(!r->source("events")->skipped.empty());
        const auto g = importEventsBytes(garbage.mid(kEventsHeader.size())); // garbage instead of a header
        QVERIFY(!g.ok());
    }

    void otherFilesReportTheirErrorsToo() {
        QTemporaryDir dir;
        data::ImportSources sources;
        sources.events = vitrina::test::writeFile(dir, "events.csv", kEventsHeader + kOneEvent);
        {
            auto s = sources;
            s.categoryTree = dir.filePath("category_tree.csv").toStdString();
            const auto r = importFrom(s);
            QVERIFY(!r.ok());
            QVERIFY(r.error->code == MessageCode::CsvFileNotFound);
            QCOMPARE(r.error->file, s.categoryTree);
        }
        {
            auto s = sources;
            s.itemProperties = {vitrina::test::writeFile(dir, "item_properties_part1.csv", "")};
            const auto r = importFrom(s);
            QVERIFY(!r.ok());
            QVERIFY(r.error->code == MessageCode::CsvEmptyFile);
            QCOMPARE(r.error->args, std::vector<std::string>{"timestamp, itemid, property, value"});
        }
        {
            auto s = sources;
            s.itemProperties = {dir.path().toStdString()};
            const auto r = importFrom(s);
            QVERIFY(!r.ok());
            QVERIFY(r.error->code == MessageCode::CsvIsDirectory);
        }
        {
            auto s = sources;
            s.categoryTree = vitrina::test::writeFile(dir, "category_tree.csv", "categoryid,parent\n1,\n");
            const auto r = importFrom(s);
            QVERIFY(!r.ok());
            QVERIFY(r.error->code == MessageCode::CsvMissingColumns);
            QCOMPARE(r.error->args.back(), std::string("categoryid, parentid"));
        }
        {
            auto s = sources;
            s.itemNames = vitrina::test::writeFile(dir, "item_names.csv", "itemid,title\n10,x\n");
            const auto r = importFrom(s);
            QVERIFY(!r.ok());
            QVERIFY(r.error->code == MessageCode::CsvMissingColumns);
            QCOMPARE(r.error->args.front(), std::string("name"));
        }
        {
            auto s = sources;
            s.events.clear();
            const auto r = importFrom(s);
            QVERIFY(!r.ok());
            QVERIFY(r.error->code == MessageCode::DataNoEventsFile);
        }
    }

    void threadOptionIsChecked() {
        QTemporaryDir dir;
        data::ImportSources sources;
        sources.events = vitrina::test::writeFile(dir, "events.csv", kEventsHeader + kOneEvent);
        data::ImportOptions options;
        options.threads = 0;
        const auto r = data::importDataset(sources, options, {});
        QVERIFY(!r.ok());
        QVERIFY(r.error->code == MessageCode::ParameterOutOfRange);
        QCOMPARE(r.error->parameter, std::string("threads"));
    }
};

QTEST_GUILESS_MAIN(TstCsvFiles)
#include "tst_csv_files.moc"
