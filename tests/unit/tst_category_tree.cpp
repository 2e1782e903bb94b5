// The category forest: parent, root, level and path; a dangling parent and cycles become warnings and the
// tree is still built (deterministically, never a hang); bad rows of category_tree.csv are counted.
#include <QtTest>

#include "TestSupport.h"
#ifndef Q_MOC_RUN // moc cannot parse util/Message.h (X-macro enum); the test class needs none of it
#include "data/CategoryTreeReader.h"
#include "data/Importer.h"
#endif

using namespace vitrina;
using data::CategoryIndex;
using data::kNoCategory;
using util::MessageCode;

namespace {

data::CategoryTree build(const std::vector<data::CategoryLink>& links, std::vector<util::Message>& warnings,
                         const std::vector<std::int64_t>& extra = {}) {
    return data::buildCategoryTree(links, extra, "category_tree.csv", warnings);
}

CategoryIndex idx(const data::CategoryTree& t, std::int64_t raw) {
    const auto i = t.ids.find(raw);
    if (!i) qFatal("category %lld missing", static_cast<long long>(raw));
    return static_cast<CategoryIndex>(*i);
}

std::vector<std::int64_t> rawPath(const data::CategoryTree& t, std::int64_t raw) {
    std::vector<std::int64_t> out;
    for (const CategoryIndex c : t.path(idx(t, raw))) out.push_back(t.ids.raw(static_cast<std::uint32_t>(c)));
    return out;
}

} // namespace

class TstCategoryTree : public QObject {
    Q_OBJECT
private slots:
    void levelsRootsAndPaths() {
        std::vector<util::Message> warnings;
        // 1 > 10 > 100 > 1000, 1 > 11, and a second root 2.
        const auto t = build({{1000, 100}, {100, 10}, {11, 1}, {10, 1}, {1, -1}, {2, -1}}, warnings);
        QVERIFY(warnings.empty());
        QCOMPARE(t.size(), std::size_t{6});
        QCOMPARE(t.ids.raws(), (std::vector<std::int64_t>{1, 2, 10, 11, 100, 1000}));
        QCOMPARE(t.level[idx(t, 1)], std::uint8_t{1});
        QCOMPARE(t.level[idx(t, 10)], std::uint8_t{2});
        QCOMPARE(t.level[idx(t, 1000)], std::uint8_t{4});
        QCOMPARE(t.root[idx(t, 1000)], idx(t, 1));
        QCOMPARE(t.root[idx(t, 2)], idx(t, 2));
        QCOMPARE(t.parent[idx(t, 100)], idx(t, 10));
        QCOMPARE(t.parent[idx(t, 2)], kNoCategory);
        QCOMPARE(rawPath(t, 1000), (std::vector<std::int64_t>{1, 10, 100, 1000}));
        QCOMPARE(t.pathText(idx(t, 1000)), std::string("1 \u203A 10 \u203A 100 \u203A 1000"));
        QCOMPARE(t.pathText(idx(t, 11), "/"), std::string("1/11"));
        QVERIFY(t.path(kNoCategory).empty());
        QVERIFY(t.pathText(static_cast<CategoryIndex>(t.size())).empty());
    }

    void namesInPathText() {
        std::vector<util::Message> warnings;
        auto t = build({{1016, 213}, {213, -1}}, warnings);
        t.names.assign(t.size(), std::string());
        t.names[static_cast<std::size_t>(idx(t, 213))] = "Телефоны";
        t.names[static_cast<std::size_t>(idx(t, 1016))] = "Smartphones";
        QCOMPARE(t.pathText(idx(t, 1016)), std::string("Телефоны \u203A Smartphones"));
        t.names[static_cast<std::size_t>(idx(t, 1016))].clear();
        QCOMPARE(t.displayName(idx(t, 1016)), std::string("1016")); // no name: the raw id
    }

    void danglingParentBecomesARoot() {
        std::vector<util::Message> warnings;
        const auto t = build({{5, 99}, {6, 5}, {7, 98}, {1, -1}}, warnings);
        QCOMPARE(t.size(), std::size_t{4}); // 98 and 99 are not invented
        QCOMPARE(t.parent[idx(t, 5)], kNoCategory);
        QCOMPARE(t.level[idx(t, 6)], std::uint8_t{2});
        QCOMPARE(t.root[idx(t, 6)], idx(t, 5));
        QCOMPARE(warnings.size(), std::size_t{1});
        QVERIFY(warnings.front().code == MessageCode::DataDanglingParent);
        QVERIFY(warnings.front().severity == util::Severity::Warning);
        QCOMPARE(warnings.front().args, (std::vector<std::string>{"2", "5, 7"}));
        QCOMPARE(warnings.front().file, std::string("category_tree.csv"));
    }

    void cyclesAreBrokenAtTheSmallestId() {
        std::vector<util::Message> warnings;
        // 30 -> 20 -> 40 -> 30 is a cycle with a tail 50 -> 40; 8 is its own parent; 1 is a normal root.
        const auto t = build({{30, 20}, {20, 40}, {40, 30}, {50, 40}, {8, 8}, {1, -1}}, warnings);
        QCOMPARE(warnings.size(), std::size_t{2});
        QVERIFY(warnings[0].code == MessageCode::DataCategoryCycle);
        QVERIFY(warnings[1].code == MessageCode::DataCategoryCycle);
        // Found walking categories in ascending id order: 8 first, then the cycle through 20.
        QCOMPARE(warnings[0].args, (std::vector<std::string>{"8 \u2192 8", "8", "8"}));
        QCOMPARE(warnings[1].args, (std::vector<std::string>{"20 \u2192 40 \u2192 30 \u2192 20", "20", "40"}));
        QVERIFY(QString::fromStdString(warnings[1].text()).contains("20 was made a root (its parent 40 is ignored)"));
        QCOMPARE(t.parent[idx(t, 20)], kNoCategory);
        QCOMPARE(t.parent[idx(t, 8)], kNoCategory);
        QCOMPARE(rawPath(t, 50), (std::vector<std::int64_t>{20, 30, 40, 50}));
        QCOMPARE(t.level[idx(t, 50)], std::uint8_t{4});
        QCOMPARE(t.root[idx(t, 30)], idx(t, 20));
        // The same input in another order gives the same tree.
        std::vector<util::Message> again;
        const auto u = build({{1, -1}, {8, 8}, {50, 40}, {40, 30}, {20, 40}, {30, 20}}, again);
        QVERIFY(u.parent == t.parent && u.level == t.level && u.root == t.root);
        QCOMPARE(again.size(), warnings.size());
    }

    void manyCyclesAreSummarised() {
        std::vector<util::Message> warnings;
        std::vector<data::CategoryLink> links;
        for (std::int64_t k = 0; k < 15; ++k) {
            links.push_back({2 * k, 2 * k + 1});
            links.push_back({2 * k + 1, 2 * k});
        }
        const auto t = build(links, warnings);
        QCOMPARE(warnings.size(), std::size_t{11});
        QVERIFY(warnings.back().code == MessageCode::DataMoreCategoryCycles);
        QCOMPARE(warnings.back().args, std::vector<std::string>{"5"});
        for (std::int64_t k = 0; k < 15; ++k) QCOMPARE(t.level[idx(t, 2 * k + 1)], std::uint8_t{2});
    }

    void deepChainsAndBigCyclesDoNotRecurse() {
        // 200,000 categories in one chain, closed into a cycle: iterative code, finishes at once.
        std::vector<util::Message> warnings;
        std::vector<data::CategoryLink> links;
        const std::int64_t n = 200000;
        for (std::int64_t k = 0; k < n; ++k) links.push_back({k, (k + 1) % n});
        const auto t = build(links, warnings);
        QCOMPARE(warnings.size(), std::size_t{2});
        QVERIFY(warnings[0].code == MessageCode::DataCategoryCycle);
        QVERIFY(warnings[1].code == MessageCode::DataCategoryLevelCapped); // 200,000 levels do not fit in 255
        QCOMPARE(t.parent[idx(t, 0)], kNoCategory);
        QCOMPARE(t.level[idx(t, n - 1)], std::uint8_t{2});
        QCOMPARE(t.level[idx(t, 1)], std::uint8_t{255});
        QCOMPARE(t.root[idx(t, 1)], idx(t, 0));
    }

    void extraCategoriesFromItems() {
        std::vector<util::Message> warnings;
        const auto t = build({{5, 1}, {1, -1}}, warnings, {5, 300, 200, 300});
        QCOMPARE(t.ids.raws(), (std::vector<std::int64_t>{1, 5, 200, 300}));
        QCOMPARE(t.level[idx(t, 200)], std::uint8_t{1});
        QCOMPARE(t.root[idx(t, 300)], idx(t, 300));
        QCOMPARE(warnings.size(), std::size_t{1}); // one warning for all of them
        QVERIFY(warnings.front().code == MessageCode::DataUnknownCategories);
        QCOMPARE(warnings.front().args, (std::vector<std::string>{"2", "200, 300"}));
    }

    void readsTheFile() {
        QTemporaryDir dir;
        const auto path = vitrina::test::writeFile(dir, "category_tree.csv",
                                                   "categoryid,parentid\r\n"
                                                   "1016,213\r\n"   // 2
                                                   "213,\r\n"       // 3 root
                                                   "abc,213\r\n"    // 4 bad id
                                                   "17,-3\r\n"      // 5 bad parent
                                                   "1016,5\r\n"     // 6 repeated id
                                                   "\"18\",\" 213 \"\r\n" // 7 quoted
                                                   "19\r\n"         // 8 wrong field count
                                                   "20,21,22\r\n"); // 9 wrong field count
        const auto f = data::readCategoryTree(path, false, {});
        QCOMPARE(f.links.size(), std::size_t{3});
        QCOMPARE(f.links[0].id, std::int64_t{1016});
        QCOMPARE(f.links[0].parent, std::int64_t{213});
        QCOMPARE(f.links[1].parent, std::int64_t{-1});
        QCOMPARE(f.links[2].id, std::int64_t{18});
        QCOMPARE(f.links[2].parent, std::int64_t{213});
        QCOMPARE(f.source.rowsRead, std::uint64_t{8});
        QCOMPARE(f.source.rowsKept, std::uint64_t{3});
        QCOMPARE(f.source.skipped.size(), std::size_t{4});
        QVERIFY(f.source.skipped[0].reason == MessageCode::CsvBadCategoryId);
        QCOMPARE(f.source.skipped[0].firstLines, std::vector<std::int64_t>{4});
        QVERIFY(f.source.skipped[1].reason == MessageCode::CsvBadParentId);
        QVERIFY(f.source.skipped[2].reason == MessageCode::CsvDuplicateCategory);
        QCOMPARE(f.source.skipped[2].firstLines, std::vector<std::int64_t>{6});
        QVERIFY(f.source.skipped[3].reason == MessageCode::CsvWrongFieldCount);
        QCOMPARE(f.source.skipped[3].firstLines, (std::vector<std::int64_t>{8, 9}));
        try {
            data::readCategoryTree(path, true, {});
            QFAIL("strict mode must stop");
        } catch (const util::Error& e) {
            QCOMPARE(QString::fromStdString(e.message().text()), QString::fromStdString(path) + ":4: The categoryid is not a non-negative whole number");
        }
    }

    void cutOffLastRow() {
        QTemporaryDir dir;
        const auto path = vitrina::test::writeFile(dir, "category_tree.csv", "categoryid,parentid\n1,\n2");
        const auto f = data::readCategoryTree(path, false, {});
        QCOMPARE(f.links.size(), std::size_t{1});
        QCOMPARE(f.source.skipped.size(), std::size_t{1});
        QVERIFY(f.source.skipped[0].reason == MessageCode::CsvRowCutOff);
        QCOMPARE(f.source.skipped[0].firstLines, std::vector<std::int64_t>{3});
        // Cut inside its last field (parent 1 of 12), the row still parses: reported, not read with parent 1.
        const auto cut = data::readCategoryTree(vitrina::test::writeFile(dir, "t2.csv", "categoryid,parentid\n1,\n2,1"), false, {});
        QCOMPARE(cut.links.size(), std::size_t{1});
        QCOMPARE(cut.source.skipped.size(), std::size_t{1});
        QVERIFY(cut.source.skipped[0].reason == MessageCode::CsvRowCutOff);
        QCOMPARE(cut.source.skipped[0].firstLines, std::vector<std::int64_t>{3});
        // With its newline the row is complete and kept.
        const auto ok = data::readCategoryTree(vitrina::test::writeFile(dir, "t3.csv", "categoryid,parentid\n1,\n2,1\n"), false, {});
        QCOMPARE(ok.links.size(), std::size_t{2});
        QVERIFY(ok.source.skipped.empty());
    }
};

QTEST_GUILESS_MAIN(TstCategoryTree)
#include "tst_category_tree.moc"
