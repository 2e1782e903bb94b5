// Timestamp rules: integer milliseconds in [2000-01-01, 2100-01-01); scientific notation only when it spells
// out the exact integer; 10 digits look like seconds; other values are rejected with their own reason.
#include <QtTest>

#ifndef Q_MOC_RUN // moc cannot parse util/Message.h (X-macro enum); the test class needs none of it
#include "data/CsvValues.h"
#endif

using namespace vitrina;
using data::TimestampIssue;

Q_DECLARE_METATYPE(TimestampIssue)

class TstCsvTimestamps : public QObject {
    Q_OBJECT
private slots:
    void rules_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<TimestampIssue>("issue");
        QTest::addColumn<qint64>("ms");
        const auto ok = TimestampIssue::None;
        QTest::newRow("plain") << "1433193132535" << ok << qint64(1433193132535);
        QTest::newRow("first ms of 2000") << "946684800000" << ok << qint64(946684800000);
        QTest::newRow("last ms before 2100") << "4102444799999" << ok << qint64(4102444799999);
        QTest::newRow("leading zeros") << "0001433193132535" << ok << qint64(1433193132535);
        QTest::newRow("spaces") << " 1433193132535 " << ok << qint64(1433193132535);
        QTest::newRow("scientific exact") << "1.433193132535E+12" << ok << qint64(1433193132535);
        QTest::newRow("scientific lower e") << "1.433193132535e12" << ok << qint64(1433193132535);
        QTest::newRow("scientific trailing zeros written") << "1.433193132500E+12" << ok << qint64(1433193132500);
        QTest::newRow("scientific more digits") << "14331931325.35E2" << ok << qint64(1433193132535);
        QTest::newRow("decimal .000") << "1433193132535.000" << ok << qint64(1433193132535);
        QTest::newRow("scientific 12 digits in 2000") << "9.46684800000E+11" << ok << qint64(946684800000);

        QTest::newRow("spreadsheet 1.43E+12") << "1.43E+12" << TimestampIssue::Imprecise << qint64(0);
        QTest::newRow("12 of 13 digits") << "1.43319313253E+12" << TimestampIssue::Imprecise << qint64(0);
        QTest::newRow("seconds") << "1433193132" << TimestampIssue::LooksLikeSeconds << qint64(0);
        QTest::newRow("seconds scientific") << "1.433193132E+9" << TimestampIssue::LooksLikeSeconds << qint64(0);
        QTest::newRow("before 2000") << "946684799999" << TimestampIssue::OutOfRange << qint64(0);
        // 13 characters like a real timestamp, but zero-padded: still outside the range.
        QTest::newRow("zero-padded 1970") << "0000000000123" << TimestampIssue::OutOfRange << qint64(0);
        QTest::newRow("zero-padded before 2000") << "0946684799999" << TimestampIssue::OutOfRange << qint64(0);
        QTest::newRow("zero-padded first ms of 2000") << "0946684800000" << ok << qint64(946684800000);
        QTest::newRow("2100") << "4102444800000" << TimestampIssue::OutOfRange << qint64(0);
        QTest::newRow("microseconds") << "1433193132535000" << TimestampIssue::OutOfRange << qint64(0);
        QTest::newRow("negative") << "-1433193132535" << TimestampIssue::OutOfRange << qint64(0);
        QTest::newRow("zero") << "0" << TimestampIssue::OutOfRange << qint64(0);
        QTest::newRow("huge") << "99999999999999999999999" << TimestampIssue::OutOfRange << qint64(0);
        QTest::newRow("fraction") << "1433193132535.5" << TimestampIssue::NotWholeNumber << qint64(0);
        QTest::newRow("fraction scientific") << "1.4331931325355E+12" << TimestampIssue::NotWholeNumber << qint64(0);
        QTest::newRow("empty") << "" << TimestampIssue::NotWholeNumber << qint64(0);
        QTest::newRow("text") << "yesterday" << TimestampIssue::NotWholeNumber << qint64(0);
        QTest::newRow("date") << "2015-06-01" << TimestampIssue::NotWholeNumber << qint64(0);
        QTest::newRow("bare exponent") << "E+12" << TimestampIssue::NotWholeNumber << qint64(0);
        QTest::newRow("bad exponent") << "1.433193132535E+" << TimestampIssue::NotWholeNumber << qint64(0);
        QTest::newRow("two points") << "1.4.3" << TimestampIssue::NotWholeNumber << qint64(0);
    }

    void rules() {
        QFETCH(QString, text);
        QFETCH(TimestampIssue, issue);
        QFETCH(qint64, ms);
        const std::string s = text.toStdString();
        std::int64_t parsed = -7;
        QCOMPARE(static_cast<int>(data::parseTimestamp(s, parsed)), static_cast<int>(issue));
        if (issue == TimestampIssue::None) QCOMPARE(parsed, std::int64_t{ms});
    }

    void reasonsHaveTheirOwnCodes() {
        QVERIFY(data::timestampReason(TimestampIssue::LooksLikeSeconds) == util::MessageCode::CsvTimestampSeconds);
        QVERIFY(data::timestampReason(TimestampIssue::Imprecise) == util::MessageCode::CsvTimestampImprecise);
        QVERIFY(data::timestampReason(TimestampIssue::OutOfRange) == util::MessageCode::CsvTimestampOutOfRange);
        QVERIFY(data::timestampReason(TimestampIssue::NotWholeNumber) == util::MessageCode::CsvBadTimestamp);
        QCOMPARE(std::string(util::codeName(util::MessageCode::CsvTimestampSeconds)), std::string("csv.timestamp_seconds"));
        QVERIFY(std::string(util::codeEnglishFormat(util::MessageCode::CsvTimestampSeconds)).find("seconds") != std::string::npos);
    }

    void idsAndValues() {
        QCOMPARE(data::parseId("123").value_or(-1), std::int64_t{123});
        QCOMPARE(data::parseId(" 0 ").value_or(-1), std::int64_t{0});
        QVERIFY(!data::parseId("-1"));
        QVERIFY(!data::parseId("+1"));
        QVERIFY(!data::parseId("1e3"));
        QVERIFY(!data::parseId(""));
        QVERIFY(!data::parseId("1234567890123456789")); // 19 digits may not fit
        QCOMPARE(data::parseId("123456789012345678").value_or(-1), std::int64_t{123456789012345678});
        QCOMPARE(data::parsePriceValue("n5400.000").value_or(-1.0f), 5400.0f);
        QCOMPARE(data::parsePriceValue("n12").value_or(-1.0f), 12.0f);
        QVERIFY(!data::parsePriceValue("5400.000"));
        QVERIFY(!data::parsePriceValue("n5400.000 n1.000"));
        QVERIFY(!data::parsePriceValue("n"));
        QVERIFY(!data::parsePriceValue("nan"));
        QCOMPARE(data::parseAvailableValue("1").value_or(9), std::uint8_t{1});
        QCOMPARE(data::parseAvailableValue("0").value_or(9), std::uint8_t{0});
        QVERIFY(!data::parseAvailableValue("2"));
        QVERIFY(!data::parseAvailableValue("yes"));
        QVERIFY(data::isValidUtf8("Смартфоны › Apple"));
        QVERIFY(!data::isValidUtf8("\xC3"));      // cut off
        QVERIFY(!data::isValidUtf8("\xC0\xAF"));  // overlong
        QVERIFY(!data::isValidUtf8("\xED\xA0\x80")); // surrogate
        QVERIFY(!data::isValidUtf8("\xFF"));
    }
};

QTEST_GUILESS_MAIN(TstCsvTimestamps)
#include "tst_csv_timestamps.moc"
