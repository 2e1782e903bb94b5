// Every item model of the GUI under QAbstractItemModelTester, through resets, plus numeric sorting through the
// RawValueRole proxy and CSV export of what a table shows.
#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

#include "common/Export.h"
#include "common/Roles.h"
#include "datapage/ImportReportModels.h"
#include "funnel/FunnelModels.h"

using namespace vitrina;
using namespace vitrina::ui;

namespace {

analytics::FunnelRow makeRow(const std::string& key, std::uint64_t views, std::uint64_t carts, std::uint64_t buys) {
    analytics::FunnelRow row;
    row.key = key;
    row.label = key;
    for (int u = 0; u < analytics::kFunnelUnitCount; ++u)
        row.byUnit[static_cast<std::size_t>(u)].stage = {views * (u + 1), carts * (u + 1), buys * (u + 1)};
    return row;
}

std::vector<vitrina::data::SourceFile> makeSources() {
    vitrina::data::SourceFile events;
    events.role = "events";
    events.path = "/data/events.csv";
    events.bytes = 94237913;
    events.rowsRead = 120;
    events.rowsKept = 117;
    events.skipped = {{util::MessageCode::CsvWrongFieldCount, 2, {5, 9}}, {util::MessageCode::CsvBadTimestamp, 1, {12}}};
    vitrina::data::SourceFile tree;
    tree.role = "category_tree";
    tree.path = "/data/category_tree.csv";
    tree.bytes = 14454;
    tree.rowsRead = 10;
    tree.rowsKept = 10;
    return {events, tree};
}

} // namespace

class TestModels : public QObject {
    Q_OBJECT
private slots:
    void funnelTableModel() {
        funnel::FunnelTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.resetData(makeRow("all", 1000, 30, 10));
        QCOMPARE(model.rowCount(), analytics::kFunnelUnitCount);
        QCOMPARE(model.columnCount(), int(funnel::FunnelTableModel::ColumnCount));
        // Sessions row (unit 3): counts x4.
        const QModelIndex purchased = model.index(3, funnel::FunnelTableModel::Purchased);
        QCOMPARE(model.data(purchased, common::RawValueRole).toULongLong(), 40ULL);
        QCOMPARE(model.data(model.index(0, funnel::FunnelTableModel::ViewToCart), common::RawValueRole).toDouble(), 0.03);
        QCOMPARE(model.data(model.index(0, funnel::FunnelTableModel::DropAfterView), common::RawValueRole).toDouble(), 0.97);
        QVERIFY(model.data(model.index(0, funnel::FunnelTableModel::ViewToCart)).toString().contains(QLatin1String("3")));
        model.resetData(makeRow("all", 0, 0, 0)); // empty stages: no division by zero, a dash
        QCOMPARE(model.data(model.index(0, funnel::FunnelTableModel::ViewToCart)).toString(), QStringLiteral("—"));
        model.retranslate();
    }

    void funnelSliceModelSortsNumerically() {
        funnel::FunnelSliceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.resetData({makeRow("9", 900, 9, 1), makeRow("10", 10000, 200, 20), makeRow("unknown", 80, 1, 0)},
                        analytics::FunnelUnit::Events, QStringLiteral("Category"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(2, funnel::FunnelSliceModel::Slice)).toString(), QStringLiteral("Unknown category"));
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(common::RawValueRole);
        proxy.sort(funnel::FunnelSliceModel::Viewed, Qt::DescendingOrder);
        // Numeric order (10000 > 900 > 80), not text order ("900" > "80" > "10 000").
        QCOMPARE(proxy.data(proxy.index(0, funnel::FunnelSliceModel::Viewed), common::RawValueRole).toULongLong(), 10000ULL);
        QCOMPARE(proxy.data(proxy.index(2, funnel::FunnelSliceModel::Viewed), common::RawValueRole).toULongLong(), 80ULL);
        model.setUnit(analytics::FunnelUnit::Sessions);
        QCOMPARE(proxy.data(proxy.index(0, funnel::FunnelSliceModel::Viewed), common::RawValueRole).toULongLong(), 40000ULL);
        model.resetData({}, analytics::FunnelUnit::Visitors, QStringLiteral("Day"));
        QCOMPARE(model.rowCount(), 0);
    }

    void sourceFilesModel() {
        ui::datapage::SourceFilesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.resetData(makeSources());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, ui::datapage::SourceFilesModel::RowsSkipped), common::RawValueRole).toULongLong(), 3ULL);
        QCOMPARE(model.data(model.index(0, ui::datapage::SourceFilesModel::File)).toString(), QStringLiteral("events.csv"));
        model.setReleaseStatus(0, QStringLiteral("yes"));
        QCOMPARE(model.data(model.index(0, ui::datapage::SourceFilesModel::Release)).toString(), QStringLiteral("yes"));
        model.setReleaseStatus(7, QStringLiteral("ignored")); // out of range: no crash, no change
        model.resetData({});
        QCOMPARE(model.rowCount(), 0);
    }

    void skippedRowsModel() {
        ui::datapage::SkippedRowsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.resetData(makeSources());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.totalSkipped(), 3ULL);
        QCOMPARE(model.data(model.index(0, ui::datapage::SkippedRowsModel::FirstLines)).toString(), QStringLiteral("5, 9"));
        QCOMPARE(model.data(model.index(0, ui::datapage::SkippedRowsModel::Reason)).toString(),
                 QStringLiteral("The row has the wrong number of fields"));
        const QString csv = common::modelToCsv(model);
        QVERIFY2(csv.startsWith(QStringLiteral("File,Reason,Rows skipped,First lines\n")), qPrintable(csv));
        QVERIFY2(csv.contains(QStringLiteral("events.csv,The row has the wrong number of fields,2,\"5, 9\"\n")), qPrintable(csv));
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
