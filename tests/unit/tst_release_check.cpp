// SHA-256 against the FIPS 180-2 vectors, file hashing, recognition of the official release files, and the
// checksums cached in the project (store/ReleaseChecksums.h).
#include <QtTest>

#include "TestSupport.h"
#ifndef Q_MOC_RUN // moc cannot parse util/Message.h (X-macro enum); the test class needs none of it
#include "data/ReleaseCheck.h"
#include "data/Sha256.h"
#include "store/ProjectFile.h"
#include "store/ReleaseChecksums.h"
#endif

#include <nlohmann/json.hpp>

using namespace vitrina;

class TstReleaseCheck : public QObject {
    Q_OBJECT
private slots:
    void fipsVectors() {
        QCOMPARE(data::sha256Hex("abc"), std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(data::sha256Hex(""), std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(data::sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"), // 448 bits
                 std::string("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
        QCOMPARE(data::sha256Hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"),
                 std::string("cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"));
        QCOMPARE(data::sha256Hex(std::string(1000000, 'a')),
                 std::string("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    }

    void incrementalUpdatesMatch() {
        std::string text;
        for (int k = 0; k < 1000; ++k) text += static_cast<char>('a' + (k * 7) % 26);
        const std::string whole = data::sha256Hex(text);
        for (const std::size_t step : {std::size_t{1}, std::size_t{3}, std::size_t{55}, std::size_t{56}, std::size_t{64}, std::size_t{100}}) {
            data::Sha256 h;
            for (std::size_t i = 0; i < text.size(); i += step) h.update(std::string_view(text).substr(i, step));
            QCOMPARE(data::Sha256::hex(h.finish()), whole);
        }
        // Lengths around the padding boundary (55, 56, 63, 64 bytes) differ from each other.
        QVERIFY(data::sha256Hex(std::string(55, 'x')) != data::sha256Hex(std::string(56, 'x')));
        QCOMPARE(data::sha256Hex(std::string(64, 'a')), std::string("ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"));
    }

    void hashesAFile() {
        QTemporaryDir dir;
        QByteArray bytes;
        for (int k = 0; k < 5 * 1024 * 1024 + 17; ++k) bytes.append(static_cast<char>(k * 31 % 251)); // over one 4 MB block
        const auto path = vitrina::test::writeFile(dir, "big.bin", bytes);
        std::vector<double> fractions;
        const util::Progress progress([&](double f, const std::string&) { fractions.push_back(f); }, {});
        const auto digest = data::sha256File(path, progress);
        QVERIFY(digest.ok());
        QCOMPARE(*digest, data::sha256Hex(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()))));
        QVERIFY(!fractions.empty());
        QCOMPARE(fractions.back(), 1.0);

        const auto missing = data::sha256File(dir.filePath("nope").toStdString(), {});
        QVERIFY(!missing.ok());
        QVERIFY(missing.error->code == util::MessageCode::CsvFileNotFound);

        util::CancelToken token;
        token.cancel();
        const auto cancelled = data::sha256File(path, util::Progress({}, token));
        QVERIFY(cancelled.cancelled);
    }

    void officialSizesAndHashes() {
        QCOMPARE(data::officialReleaseFiles().size(), std::size_t{4});
        QVERIFY(data::sizeMatchesOfficialRelease("events", 94237913));
        QVERIFY(data::sizeMatchesOfficialRelease("item_properties", 484315749));
        QVERIFY(data::sizeMatchesOfficialRelease("item_properties", 408929907));
        QVERIFY(data::sizeMatchesOfficialRelease("category_tree", 14454));
        QVERIFY(!data::sizeMatchesOfficialRelease("events", 94237914));
        QVERIFY(!data::sizeMatchesOfficialRelease("category_tree", 94237913)); // right size, wrong role
        QVERIFY(data::isOfficialRelease("events", 94237913, "3745aa83238b1e6d44d8fda209807899f420084398f94ddf745f3cbcfecbf9e7"));
        QVERIFY(data::isOfficialRelease("events", 94237913, "3745AA83238B1E6D44D8FDA209807899F420084398F94DDF745F3CBCFECBF9E7"));
        QVERIFY(!data::isOfficialRelease("events", 94237913, "3745aa83238b1e6d44d8fda209807899f420084398f94ddf745f3cbcfecbf9e8"));
        QVERIFY(!data::isOfficialRelease("events", 94237912, "3745aa83238b1e6d44d8fda209807899f420084398f94ddf745f3cbcfecbf9e7"));
        QVERIFY(data::isOfficialRelease("item_properties", 408929907, "d5e7d1a91dc40f522aeb596b267e6c87d8aed689a7192d12369cfb165eb987e5"));
        QVERIFY(!data::isOfficialRelease("item_properties", 484315749, "d5e7d1a91dc40f522aeb596b267e6c87d8aed689a7192d12369cfb165eb987e5"));
    }

    void sourceCheckHashesOnlyOnMatchingSize() {
        QTemporaryDir dir;
        data::SourceFile source;
        source.role = "category_tree";
        source.path = vitrina::test::writeFile(dir, "category_tree.csv", "categoryid,parentid\n1,\n");
        source.bytes = 22;
        source.sha256 = "stale";
        const auto r = data::checkOfficialRelease(source, {});
        QVERIFY(r.ok());
        QVERIFY(!*r);
        QVERIFY(source.sha256.empty()); // cheap check only
        QVERIFY(!source.officialRelease);
        // A file of the official size but other content is hashed and not recognised.
        source.path = vitrina::test::writeFile(dir, "fake.csv", QByteArray(14454, 'x'));
        source.bytes = 14454;
        const auto fake = data::checkOfficialRelease(source, {});
        QVERIFY(fake.ok());
        QVERIFY(!*fake);
        QCOMPARE(source.sha256, data::sha256Hex(std::string(14454, 'x')));
        QVERIFY(!source.officialRelease);
    }

    void sourcesAreVerifiedOnceThenFromTheProjectCache() {
        QTemporaryDir dir;
        // An official-sized category tree with other content, an events file of another size, and a missing
        // file of the second item-properties size.
        data::SourceFile tree;
        tree.role = "category_tree";
        tree.path = vitrina::test::writeFile(dir, "category_tree.csv", QByteArray(14454, 'x'));
        tree.bytes = 14454;
        tree.modifiedMs = 1000;
        data::SourceFile events;
        events.role = "events";
        events.path = vitrina::test::writeFile(dir, "events.csv", "timestamp,visitorid,event,itemid,transactionid\n");
        events.bytes = 47;
        data::SourceFile gone;
        gone.role = "item_properties";
        gone.path = dir.filePath("item_properties_part2.csv").toStdString();
        gone.bytes = 408929907;
        const std::vector<data::SourceFile> sources{events, tree, gone};
        auto project = store::ProjectFile::open(dir.filePath("p.vitrina").toStdString(), store::OpenMode::CreateOrOpen);
        QVERIFY(project.ok());

        std::vector<double> fractions;
        const util::Progress progress([&](double f, const std::string&) { fractions.push_back(f); }, {});
        const auto first = store::verifyReleaseSources(sources, project->get(), progress);
        QVERIFY(first.ok());
        QCOMPARE(first->size(), std::size_t{2}); // the events file is not of an official size
        QCOMPARE((*first)[0].sourceIndex, std::size_t{1});
        QCOMPARE((*first)[0].status, store::ReleaseFileStatus::ChecksumDiffers);
        QCOMPARE((*first)[0].sha256, data::sha256Hex(std::string(14454, 'x')));
        QCOMPARE((*first)[1].sourceIndex, std::size_t{2});
        QCOMPARE((*first)[1].status, store::ReleaseFileStatus::CannotVerify);
        QVERIFY((*first)[1].sha256.empty());
        QVERIFY(!fractions.empty());
        // The cache entry: size, modification time and checksum under the file's key.
        const auto key = store::releaseChecksumKey(*data::officialFileOfSize("category_tree", 14454));
        QCOMPARE(key, std::string("release.sha256.category_tree.csv"));
        const auto cached = nlohmann::json::parse((*project)->meta(key).value_or("{}"));
        QCOMPARE(cached.value("sha256", std::string()), (*first)[0].sha256);
        QCOMPARE(cached.value("bytes", std::uint64_t{0}), std::uint64_t{14454});
        QCOMPARE(cached.value("modified_ms", std::int64_t{0}), std::int64_t{1000});
        QVERIFY(!(*project)->meta("release.sha256.item_properties_part2.csv")); // nothing known, nothing cached

        // The file is gone now: the cache still knows its checksum (no hashing), unless the source changed.
        QVERIFY(QFile::remove(QString::fromStdString(tree.path)));
        fractions.clear();
        const auto second = store::verifyReleaseSources(sources, project->get(), progress);
        QVERIFY(second.ok());
        QCOMPARE((*second)[0].status, store::ReleaseFileStatus::ChecksumDiffers);
        QCOMPARE((*second)[0].sha256, (*first)[0].sha256);
        auto touched = sources;
        touched[1].modifiedMs = 2000;
        const auto stale = store::verifyReleaseSources(touched, project->get(), {});
        QVERIFY(stale.ok());
        QCOMPARE((*stale)[0].status, store::ReleaseFileStatus::CannotVerify);
        // Without a project nothing is cached and the file is hashed (here: it is gone).
        const auto noProject = store::verifyReleaseSources(sources, nullptr, {});
        QVERIFY(noProject.ok());
        QCOMPARE((*noProject)[0].status, store::ReleaseFileStatus::CannotVerify);
        // A checksum the importer recorded is used as is: the official one verifies without the file.
        auto known = sources;
        known[1].sha256 = std::string(data::officialFileOfSize("category_tree", 14454)->sha256);
        const auto fromSource = store::verifyReleaseSources(known, nullptr, {});
        QVERIFY(fromSource.ok());
        QCOMPARE((*fromSource)[0].status, store::ReleaseFileStatus::Verified);
        // A damaged cache entry is ignored, not an error.
        (*project)->putMeta(key, "{not json");
        const auto damaged = store::verifyReleaseSources(sources, project->get(), {});
        QVERIFY(damaged.ok());
        QCOMPARE((*damaged)[0].status, store::ReleaseFileStatus::CannotVerify);
        // Known checksums copied into another project (a save under a new name).
        auto other = store::ProjectFile::open(dir.filePath("q.vitrina").toStdString(), store::OpenMode::CreateOrOpen);
        QVERIFY(other.ok());
        store::cacheReleaseChecks(**other, sources, *first);
        QCOMPARE(nlohmann::json::parse((*other)->meta(key).value_or("{}")).value("sha256", std::string()), (*first)[0].sha256);
        // Cancelled while hashing.
        util::CancelToken token;
        token.cancel();
        const auto restored = vitrina::test::writeFile(dir, "category_tree.csv", QByteArray(14454, 'x'));
        QCOMPARE(restored, tree.path);
        QVERIFY(store::verifyReleaseSources(sources, nullptr, util::Progress({}, token)).cancelled);
    }
};

QTEST_GUILESS_MAIN(TstReleaseCheck)
#include "tst_release_check.moc"
