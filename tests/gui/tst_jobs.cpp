// The background job runner: results arrive on the GUI thread, a newer job supersedes an older one (its result
// is dropped), Cancel reaches the worker, exceptions never escape, progress is throttled, and a destroyed owner
// receives nothing.
#include <QApplication>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

#include "jobs/JobProgressWidget.h"
#include "jobs/JobRunner.h"

using namespace vitrina;
using namespace vitrina::ui;

namespace {

/// Spins until the token fires (or 10 s pass), checking like a core loop does.
util::Result<int> waitForCancel(const jobs::JobContext& job) {
    return util::capture<int>([&](std::vector<util::Message>&) {
        for (int i = 0; i < 10000; ++i) {
            job.progress.check();
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        return -1;
    });
}

} // namespace

class TestJobs : public QObject {
    Q_OBJECT
private slots:
    void resultArrivesOnGuiThread() {
        jobs::JobRunner runner(3);
        jobs::JobTracker tracker(runner);
        QSignalSpy finished(&tracker, &jobs::JobTracker::finished);
        std::atomic<bool> ranOnWorker{false};
        int threadsSeen = 0;
        int value = 0;
        QThread* doneThread = nullptr;
        tracker.start<int>(
            QStringLiteral("answer"),
            [&](const jobs::JobContext& job) {
                ranOnWorker = QThread::currentThread() != qApp->thread();
                threadsSeen = job.threads;
                util::Result<int> r;
                r.value = 42;
                return r;
            },
            [&](util::Result<int>& r) {
                value = *r;
                doneThread = QThread::currentThread();
            });
        QVERIFY(tracker.isRunning());
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(ranOnWorker);
        QCOMPARE(threadsSeen, 3);
        QCOMPARE(value, 42);
        QCOMPARE(doneThread, qApp->thread());
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(!tracker.isRunning());
        QCOMPARE(runner.activeJobs(), 0);
    }

    void newerJobSupersedesOlder() {
        jobs::JobRunner runner(1);
        jobs::JobTracker tracker(runner);
        QSignalSpy finished(&tracker, &jobs::JobTracker::finished);
        std::atomic<bool> firstSawCancel{false};
        int deliveredFirst = 0, deliveredSecond = 0;
        tracker.start<int>(
            QStringLiteral("first"),
            [&](const jobs::JobContext& job) {
                auto r = waitForCancel(job);
                firstSawCancel = r.cancelled;
                return r;
            },
            [&](util::Result<int>&) { ++deliveredFirst; });
        tracker.start<int>(
            QStringLiteral("second"),
            [](const jobs::JobContext&) {
                util::Result<int> r;
                r.value = 2;
                return r;
            },
            [&](util::Result<int>& r) { deliveredSecond = *r; });
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(runner.waitForDone(10000));
        QTRY_COMPARE(runner.activeJobs(), 0);
        QCOMPARE(deliveredSecond, 2);
        QCOMPARE(deliveredFirst, 0); // superseded: dropped
        QVERIFY(firstSawCancel);      // and told to stop
    }

    void cancelReachesWorkerAndDeliversCancelled() {
        jobs::JobRunner runner(1);
        jobs::JobTracker tracker(runner);
        QSignalSpy finished(&tracker, &jobs::JobTracker::finished);
        bool cancelled = false;
        tracker.start<int>(QStringLiteral("slow"), waitForCancel, [&](util::Result<int>& r) { cancelled = r.cancelled; });
        QTest::qWait(20);
        tracker.cancel();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(cancelled);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(finished.at(0).at(1).toBool(), true);
    }

    void cancelAfterTheWorkFinishedStillWins() {
        jobs::JobRunner runner(1);
        jobs::JobTracker tracker(runner);
        QSignalSpy finished(&tracker, &jobs::JobTracker::finished);
        std::atomic<bool> workDone{false};
        bool delivered = false, cancelled = false, hadValue = true;
        tracker.start<int>(
            QStringLiteral("fast"),
            [&](const jobs::JobContext&) {
                util::Result<int> r;
                r.value = 7;
                workDone = true;
                return r;
            },
            [&](util::Result<int>& r) {
                delivered = true;
                cancelled = r.cancelled;
                hadValue = r.ok();
            });
        // The result is queued for the GUI thread but not delivered yet (no event loop ran).
        for (int i = 0; i < 5000 && !workDone; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
        QVERIFY(workDone);
        QVERIFY(!delivered);
        tracker.cancel();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(delivered);
        QVERIFY(cancelled);
        QVERIFY(!hadValue);
    }

    void exceptionsBecomeErrors() {
        jobs::JobRunner runner(1);
        jobs::JobTracker tracker(runner);
        QSignalSpy finished(&tracker, &jobs::JobTracker::finished);
        std::optional<util::Message> error;
        tracker.start<int>(
            QStringLiteral("throws"),
            [](const jobs::JobContext&) -> util::Result<int> { throw std::runtime_error("boom"); },
            [&](util::Result<int>& r) { error = r.error; });
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(error.has_value());
        QCOMPARE(error->code, util::MessageCode::InternalError);
        QCOMPARE(QString::fromStdString(error->args.at(0)), QStringLiteral("boom"));

        tracker.start<int>(
            QStringLiteral("throws a core error"),
            [](const jobs::JobContext&) -> util::Result<int> { util::failAt(util::MessageCode::StoreCorrupt, "p.vitrina", 0, {"x"}); },
            [&](util::Result<int>& r) { error = r.error; });
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(error->code, util::MessageCode::StoreCorrupt);
        QCOMPARE(QString::fromStdString(error->file), QStringLiteral("p.vitrina"));
    }

    void progressIsThrottledAndCarriesEta() {
        jobs::JobRunner runner(1);
        jobs::JobTracker tracker(runner);
        QSignalSpy progress(&tracker, &jobs::JobTracker::progressChanged);
        QSignalSpy finished(&tracker, &jobs::JobTracker::finished);
        tracker.start<int>(
            QStringLiteral("steps"),
            [](const jobs::JobContext& job) {
                // 100,000 reports in 0.001 % steps over about 0.8 s: at most ~1,000 may reach the GUI.
                for (int i = 1; i <= 100000; ++i) {
                    job.progress.set(i / 100000.0, "import");
                    if (i % 1000 == 0) std::this_thread::sleep_for(std::chrono::milliseconds(8));
                }
                util::Result<int> r;
                r.value = 1;
                return r;
            },
            [](util::Result<int>&) {});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QVERIFY2(progress.count() <= 1002, qPrintable(QString::number(progress.count())));
        QVERIFY(progress.count() >= 10);
        bool sawEta = false;
        double last = -1.0;
        for (const auto& args : progress) {
            const double fraction = args.at(0).toDouble();
            QVERIFY(fraction >= last); // in order
            last = fraction;
            if (args.at(2).toDouble() >= 0.0) sawEta = true;
        }
        QVERIFY(sawEta);
        QCOMPARE(progress.last().at(1).toString(), QStringLiteral("import"));
    }

    void destroyedOwnerReceivesNothing() {
        jobs::JobRunner runner(1);
        bool delivered = false;
        std::atomic<bool> release{false};
        {
            auto* tracker = new jobs::JobTracker(runner);
            tracker->start<int>(
                QStringLiteral("orphan"),
                [&](const jobs::JobContext&) {
                    while (!release) std::this_thread::sleep_for(std::chrono::milliseconds(1));
                    util::Result<int> r;
                    r.value = 1;
                    return r;
                },
                [&](util::Result<int>&) { delivered = true; });
            delete tracker;
        }
        release = true;
        QVERIFY(runner.waitForDone(10000));
        QTRY_COMPARE(runner.activeJobs(), 0);
        QVERIFY(!delivered);
    }

    void runnerDestructorCancelsAndWaits() {
        std::atomic<bool> sawCancel{false};
        {
            jobs::JobRunner runner(1);
            jobs::JobTracker tracker(runner);
            tracker.start<int>(
                QStringLiteral("long"),
                [&](const jobs::JobContext& job) {
                    auto r = waitForCancel(job);
                    sawCancel = r.cancelled;
                    return r;
                },
                [](util::Result<int>&) {});
            QTest::qWait(10);
        } // ~JobTracker cancels, ~JobRunner waits
        QVERIFY(sawCancel);
    }

    void progressWidgetFollowsTracker() {
        jobs::JobRunner runner(1);
        jobs::JobTracker tracker(runner);
        jobs::JobProgressWidget widget;
        widget.setTracker(&tracker);
        widget.show();
        QVERIFY(!widget.isVisible());
        QSignalSpy finished(&tracker, &jobs::JobTracker::finished);
        tracker.start<int>(QStringLiteral("visible"), waitForCancel, [](util::Result<int>&) {});
        QVERIFY(widget.isVisible());
        auto* cancel = widget.findChild<QWidget*>(QStringLiteral("cancelJob"));
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!widget.isVisible());
    }
};

QTEST_MAIN(TestJobs)
#include "tst_jobs.moc"
