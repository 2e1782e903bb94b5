// Demo generator: determinism (seed and options fix every byte, whatever the thread count), parameter errors,
// and the file formats of the release (columns, unsorted rows, category tree shape, weekly item_properties
// snapshots, readable names). The behavioural shape is checked in tst_generator_shape.cpp.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <string>
#include <vector>

#ifndef Q_MOC_RUN // moc cannot parse util/Message.h (X-macro enum); the test class needs none of it
#include "data/Importer.h"
#include "generator/Calendar.h"
#include "generator/Generator.h"
#include "util/Message.h"
#endif

using namespace vitrina;

namespace {

constexpr double kSmallScale = 0.004; // about 5.6 k visitors and 1.9 k items: a fraction of a second

const char* const kFiles[] = {"events.csv",        "item_properties_part1.csv", "item_properties_part2.csv",
                              "category_tree.csv", "category_names.csv",        "item_names.csv"};

gen::GeneratedFiles generateOk(const QString& folder, double scale, std::uint64_t seed, int threads) {
    gen::GeneratorOptions options;
    options.scale = scale;
    options.seed = seed;
    options.threads = threads;
    auto result = gen::generateDataset(folder.toStdString(), options, {});
    if (!result.ok()) qFatal("generation failed: %s", result.error ? result.error->text().c_str() : "?");
    return *result;
}

QByteArray digest(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

QList<QByteArray> lines(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) qFatal("cannot read %s", qPrintable(path));
    QList<QByteArray> all = f.readAll().split('\n');
    if (!all.isEmpty() && all.back().isEmpty()) all.pop_back();
    return all;
}

util::Message generateError(const std::string& folder, double scale, int threads) {
    gen::GeneratorOptions options;
    options.scale = scale;
    options.threads = threads;
    auto result = gen::generateDataset(folder, options, {});
    if (result.ok() || !result.error) qFatal("expected an error for scale %g threads %d", scale, threads);
    return *result.error;
}

} // namespace

class TestGenerator : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString folder_; // kSmallScale, seed 7, 2 threads: read by the format tests

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        folder_ = dir_.filePath("base");
        const gen::GeneratedFiles files = generateOk(folder_, kSmallScale, 7, 2);
        QCOMPARE(files.files.size(), std::size_t{6});
        QVERIFY(files.events > 5000);
    }

    void sameSeedSameBytesWhateverTheThreads() {
        const QString one = dir_.filePath("t1"), three = dir_.filePath("t3");
        generateOk(one, kSmallScale, 7, 1);
        generateOk(three, kSmallScale, 7, 3);
        for (const char* name : kFiles) {
            const QByteArray base = digest(folder_ + "/" + name);
            QVERIFY2(!base.isEmpty(), name);
            QVERIFY2(digest(one + "/" + name) == base, name);
            QVERIFY2(digest(three + "/" + name) == base, name);
        }
    }

    void differentSeedDifferentFiles() {
        const QString other = dir_.filePath("seed8");
        generateOk(other, kSmallScale, 8, 2);
        for (const char* name : kFiles) QVERIFY2(digest(other + "/" + name) != digest(folder_ + "/" + name), name);
    }

    void badParametersAreClearErrors() {
        const std::string folder = dir_.filePath("never").toStdString();
        for (double scale : {0.0, -1.0, 10.5, std::numeric_limits<double>::quiet_NaN()}) {
            const util::Message m = generateError(folder, scale, 1);
            QCOMPARE(m.code, util::MessageCode::ParameterOutOfRange);
            QCOMPARE(m.parameter, std::string("scale"));
        }
        for (int threads : {0, -2, 1000}) {
            const util::Message m = generateError(folder, 0.001, threads);
            QCOMPARE(m.code, util::MessageCode::ParameterOutOfRange);
            QCOMPARE(m.parameter, std::string("threads"));
        }
        QVERIFY(!QDir(QString::fromStdString(folder)).exists()); // nothing created on a parameter error
    }

    void unwritableOutputIsAClearError() {
        // A regular file where the folder should be.
        const QString file = dir_.filePath("plain-file");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        util::Message m = generateError(file.toStdString(), 0.001, 1);
        QCOMPARE(m.code, util::MessageCode::GenOutputNotFolder);
        QCOMPARE(m.file, file.toStdString());
        // A folder below a regular file cannot be created.
        m = generateError((file + "/sub").toStdString(), 0.001, 1);
        QCOMPARE(m.code, util::MessageCode::GenCannotCreateFolder);
        // events.csv is taken by a folder (works even as root): the file cannot be written, nothing is left.
        const QString blocked = dir_.filePath("blocked");
        QVERIFY(QDir().mkpath(blocked + "/events.csv"));
        m = generateError(blocked.toStdString(), 0.001, 1);
        QCOMPARE(m.code, util::MessageCode::GenCannotWrite);
        QVERIFY(QString::fromStdString(m.file).endsWith("events.csv"));
        QCOMPARE(QDir(blocked).entryList(QDir::Files).size(), 0);
        QVERIFY(!QString::fromStdString(m.text()).isEmpty());
    }

    void eventsHaveTheReleaseFormatAndAreUnsorted() {
        const QList<QByteArray> rows = lines(folder_ + "/events.csv");
        QCOMPARE(rows.front(), QByteArray("timestamp,visitorid,event,itemid,transactionid"));
        std::int64_t previous = 0;
        std::size_t descents = 0;
        for (qsizetype r = 1; r < rows.size(); ++r) {
            const QList<QByteArray> f = rows[r].split(',');
            QCOMPARE(f.size(), 5);
            const std::int64_t t = f[0].toLongLong();
            QVERIFY(t >= gen::kPeriodStartMs && t < gen::kPeriodEndMs);
            QVERIFY(f[2] == "view" || f[2] == "addtocart" || f[2] == "transaction");
            QCOMPARE(f[4].isEmpty(), f[2] != "transaction"); // a transaction id exactly on transactions
            if (r > 1 && t < previous) ++descents;
            previous = t;
        }
        // Shuffled rows: about half of the neighbours are out of time order (sorted would give 0).
        QVERIFY(descents > static_cast<std::size_t>(rows.size()) / 3);
    }

    void categoryTreeHasSeveralRootsAndSixLevels() {
        const QList<QByteArray> rows = lines(folder_ + "/category_tree.csv");
        QCOMPARE(rows.front(), QByteArray("categoryid,parentid"));
        std::map<int, int> parent;
        for (qsizetype r = 1; r < rows.size(); ++r) {
            const QList<QByteArray> f = rows[r].split(',');
            QCOMPARE(f.size(), 2);
            parent[f[0].toInt()] = f[1].isEmpty() ? -1 : f[1].toInt();
        }
        int roots = 0, deepest = 0;
        for (const auto& [id, p] : parent) {
            if (p < 0) ++roots;
            int level = 1;
            for (int c = id; parent.at(c) >= 0; c = parent.at(c)) ++level; // at() fails on a dangling parent
            deepest = std::max(deepest, level);
            QVERIFY(level <= 6);
        }
        QVERIFY(roots >= 5);
        QCOMPARE(deepest, 6);
    }

    void itemPropertiesAreWeeklySnapshots() {
        std::set<std::int64_t> allowed;
        for (int s = 0; s < gen::kSnapshots; ++s) allowed.insert(gen::snapshotTime(s));
        // (item, property) -> (time, value), to check that a row is written only when the value changes.
        std::map<std::pair<int, QByteArray>, std::vector<std::pair<std::int64_t, QByteArray>>> history;
        std::set<int> items;
        std::size_t priceRows = 0;
        for (const char* part : {"item_properties_part1.csv", "item_properties_part2.csv"}) {
            const QList<QByteArray> rows = lines(folder_ + "/" + part);
            QCOMPARE(rows.front(), QByteArray("timestamp,itemid,property,value"));
            QVERIFY(rows.size() > 1000);
            for (qsizetype r = 1; r < rows.size(); ++r) {
                const QList<QByteArray> f = rows[r].split(',');
                QCOMPARE(f.size(), 4);
                QVERIFY2(allowed.count(f[0].toLongLong()), rows[r].constData());
                history[{f[1].toInt(), f[2]}].emplace_back(f[0].toLongLong(), f[3]);
                items.insert(f[1].toInt());
                if (f[2] == "available") QVERIFY(f[3] == "0" || f[3] == "1");
                if (f[2] == "790") {
                    ++priceRows;
                    QVERIFY(f[3].startsWith('n') && !f[3].contains(' '));
                }
            }
        }
        std::size_t changing = 0;
        for (auto& [key, values] : history) {
            std::sort(values.begin(), values.end());
            for (std::size_t k = 1; k < values.size(); ++k) {
                QVERIFY(values[k].first > values[k - 1].first); // one row per snapshot at most
                if (key.second == "available" || key.second == "790") QVERIFY(values[k].second != values[k - 1].second);
            }
            if (values.size() > 1) ++changing;
        }
        QVERIFY(priceRows >= items.size()); // every item has a price
        QVERIFY(changing > items.size() / 4); // many histories change over the weeks
        QVERIFY(changing < history.size());   // and most properties never change (one row)
    }

    void namesAreReadableAndLoaded() {
        data::ImportSources sources;
        sources.events = (folder_ + "/events.csv").toStdString();
        sources.categoryTree = (folder_ + "/category_tree.csv").toStdString();
        sources.categoryNames = (folder_ + "/category_names.csv").toStdString();
        sources.itemNames = (folder_ + "/item_names.csv").toStdString();
        auto imported = data::importDataset(sources, {}, {});
        QVERIFY(imported.ok());
        const data::Dataset& d = *imported;
        QCOMPARE(d.categories.names.size(), d.categories.size());
        QCOMPARE(d.items.names.size(), d.items.size());
        auto readable = [](const std::string& s) {
            return s.size() >= 3 && std::any_of(s.begin(), s.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
        };
        for (std::size_t c = 0; c < d.categories.size(); ++c) QVERIFY2(readable(d.categories.names[c]), d.categories.names[c].c_str());
        for (std::size_t i = 0; i < d.items.size(); ++i) QVERIFY2(readable(d.items.names[i]), d.items.names[i].c_str());
        // A path reads like a shop's navigation, e.g. "Electronics › Phones › Smartphones".
        const std::string path = d.categories.pathText(static_cast<data::CategoryIndex>(d.categories.size() - 1));
        QVERIFY2(readable(path), path.c_str());
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
