// SHA-256 against the FIPS 180-2 vectors, file hashing, and recognition of the official release files.
#include <QtTest>

#include "TestSupport.h"
#ifndef Q_MOC_RUN // moc cannot parse util/Message.h (X-macro enum); the test class needs none of it
#include "data/ReleaseCheck.h"
#include "data/Sha256.h"
#endif

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
};

QTEST_GUILESS_MAIN(TstReleaseCheck)
#include "tst_release_check.moc"
