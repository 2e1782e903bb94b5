// The Data page's release verifier (ui/datapage/ReleaseVerifier): a status per source file, the project's
// checksum cache, and every project-file access and all hashing in a job (right after a dataset arrives the
// statuses are still "checking", even when the answer is cached). The checks themselves are core's
// (store/ReleaseChecksums.h, tested in tst_release_check).
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "TestSupport.h"
#include "data/ReleaseCheck.h"
#include "data/Sha256.h"
#include "datapage/ReleaseVerifier.h"
#include "jobs/JobRunner.h"
#include "session/ProjectSession.h"
#include "store/ProjectFile.h"

using namespace vitrina;
using namespace vitrina::ui;
using Status = datapage::ReleaseVerifier::Status;

namespace {

constexpr int kTimeoutMs = 60'000;

session::LoadedDataset datasetOf(std::vector<data::SourceFile> sources) {
    auto dataset = std::make_shared<data::Dataset>();
    dataset->sources = std::move(sources);
    session::LoadedDataset loaded;
    loaded.dataset = dataset;
    return loaded;
}

std::shared_ptr<store::ProjectFile> projectAt(const QString& path) {
    auto opened = store::ProjectFile::open(path.toStdString(), store::OpenMode::CreateOrOpen);
    if (!opened) qFatal("%s", opened.error->text().c_str());
    return *opened;
}

} // namespace

class TestReleaseVerifier : public QObject {
    Q_OBJECT
private slots:
    void checksOnWorkersAndCachesInTheProject() {
        QTemporaryDir dir;
        data::SourceFile events; // not of the release's size
        events.role = "events";
        events.path = test::writeFile(dir, QStringLiteral("events.csv"), "timestamp,visitorid,event,itemid,transactionid\n");
        events.bytes = 47;
        data::SourceFile tree; // the release's size, other content
        tree.role = "category_tree";
        tree.path = test::writeFile(dir, QStringLiteral("category_tree.csv"), QByteArray(14454, 'x'));
        tree.bytes = 14454;
        tree.modifiedMs = 1234;
        data::SourceFile gone; // the release's size, no file
        gone.role = "item_properties";
        gone.path = dir.filePath(QStringLiteral("item_properties_part1.csv")).toStdString();
        gone.bytes = 484315749;
        const std::vector<data::SourceFile> sources{events, tree, gone};

        jobs::JobRunner runner(2);
        session::ProjectSession session(runner);
        datapage::ReleaseVerifier verifier(session, runner);
        QSignalSpy changed(&verifier, &datapage::ReleaseVerifier::changed);
        const auto project = projectAt(dir.filePath(QStringLiteral("p.vitrina")));
        session.setDataset(datasetOf(sources), project);
        QCOMPARE(verifier.status(0), Status::NotRelease);
        QCOMPARE(verifier.status(1), Status::Checking); // nothing was read or hashed on this thread
        QCOMPARE(verifier.status(2), Status::Checking);
        QVERIFY(verifier.isChecking() && verifier.tracker().isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!verifier.tracker().isRunning(), kTimeoutMs);
        QCOMPARE(verifier.status(1), Status::ChecksumDiffers);
        QCOMPARE(verifier.status(2), Status::CannotVerify);
        QCOMPARE(verifier.status(7), Status::NotRelease);
        QVERIFY(!verifier.isChecking());
        QVERIFY(!verifier.isOfficialRelease());
        QVERIFY(changed.count() >= 2);
        const std::string key = "release.sha256.category_tree.csv";
        QVERIFY2(project->meta(key).value_or("").find(data::sha256Hex(std::string(14454, 'x'))) != std::string::npos,
                 project->meta(key).value_or("(none)").c_str());

        // The dataset again with the file gone: the cached checksum answers (read by a job, not here).
        QVERIFY(QFile::remove(QString::fromStdString(tree.path)));
        session.setDataset(datasetOf(sources), project);
        QCOMPARE(verifier.status(1), Status::Checking);
        QTRY_VERIFY_WITH_TIMEOUT(!verifier.tracker().isRunning(), kTimeoutMs);
        QCOMPARE(verifier.status(1), Status::ChecksumDiffers);

        // Saved under a new name: the new project file learns the known checksums, in a job.
        const auto second = projectAt(dir.filePath(QStringLiteral("q.vitrina")));
        session.setProject(second);
        QVERIFY(verifier.cacheTracker().isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!verifier.cacheTracker().isRunning(), kTimeoutMs);
        QVERIFY(second->meta(key) && second->meta(key) == project->meta(key));

        // The badge: the events file verified (its checksum recorded by the importer) and nothing differing.
        data::SourceFile official = events;
        official.bytes = data::officialReleaseFiles()[0].bytes;
        official.sha256 = std::string(data::officialReleaseFiles()[0].sha256);
        session.setDataset(datasetOf({official}), nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!verifier.tracker().isRunning(), kTimeoutMs);
        QCOMPARE(verifier.status(0), Status::Verified);
        QVERIFY(verifier.isOfficialRelease());
        test::writeFile(dir, QStringLiteral("category_tree.csv"), QByteArray(14454, 'x'));
        session.setDataset(datasetOf({official, tree}), nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!verifier.tracker().isRunning(), kTimeoutMs);
        QCOMPARE(verifier.status(1), Status::ChecksumDiffers);
        QVERIFY(!verifier.isOfficialRelease()); // a release-sized file that differs spoils it
        session.clear();
        QCOMPARE(verifier.status(0), Status::NotRelease);
    }
};

QTEST_MAIN(TestReleaseVerifier)
#include "tst_release_verifier.moc"
