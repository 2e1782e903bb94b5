// The background job runner: results arrive on the GUI thread, a newer job supersedes an older one (its result
// is dropped), Cancel reaches the worker, exceptions never escape, progress is throttled, a destroyed owner
// receives nothing, and two jobs at once stay within the process's thread budget (counted by util's
// instrumentation) while the model one of them fits equals the same fit run alone.
#include <QApplication>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

#include "ModelTestData.h"
#include "SyntheticDataset.h"
#include "jobs/JobProgressWidget.h"
#include "jobs/JobRunner.h"
#include "models/Catalogue.h"
#include "util/Parallel.h"

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

    void twoJobsAtOnceNeverOversubscribeTheCores() {
        // Two jobs that each split their work for 4 threads, on a budget of 3 slots: a spinning parallel section
        // that runs until the other job is done, and an ALS fit. Without the shared budget, up to 8 threads run.
        const int savedBudget = util::threadBudget();
        util::setThreadBudget(3);
        util::resetParallelStats();
        test::SyntheticShape shape;
        shape.visitors = 6000;
        shape.items = 800;
        shape.categories = 40;
        const nlohmann::json als = {{"factors", 16}, {"iterations", 4}}; // small: the tsan preset runs this too
        auto dataset = std::make_shared<const data::Dataset>(test::syntheticDataset(shape, 5));
        auto train = test::trainingBefore(dataset);
        std::atomic<bool> fitStarted{false}, fitDone{false};
        std::atomic<int> unitsDuringTheFit{0};
        std::atomic<int> spinningNow{0}, spinningPeak{0};
        jobs::JobRunner runner(4);
        jobs::JobTracker spinning(runner), fitting(runner);
        QSignalSpy spun(&spinning, &jobs::JobTracker::finished), fit(&fitting, &jobs::JobTracker::finished);
        spinning.start<int>(
            QStringLiteral("spin"),
            [&](const jobs::JobContext& job) {
                while (!fitStarted.load()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
                int rounds = 0;
                for (; !fitDone.load() || rounds < 3; ++rounds)
                    util::parallelFor(12, job.threads, 1, [&](std::size_t) {
                        if (!fitDone.load()) ++unitsDuringTheFit;
                        for (int slice = 0; slice < 10; ++slice) {
                            job.progress.check();
                            const int now = spinningNow.fetch_add(1) + 1;
                            int peak = spinningPeak.load();
                            while (now > peak && !spinningPeak.compare_exchange_weak(peak, now)) {
                            }
                            const auto until = std::chrono::steady_clock::now() + std::chrono::microseconds(200);
                            while (std::chrono::steady_clock::now() < until) {
                            }
                            spinningNow.fetch_sub(1);
                        }
                    });
                util::Result<int> r;
                r.value = rounds;
                return r;
            },
            [](util::Result<int>&) {});
        std::shared_ptr<models::Recommender> contended;
        fitting.start<int>(
            QStringLiteral("als"),
            [&](const jobs::JobContext& job) {
                fitStarted = true;
                contended = models::createModel("als");
                contended->setParameters(als);
                contended->fit(train, models::FitContext{42, job.threads, job.progress});
                fitDone = true;
                util::Result<int> r;
                r.value = 1;
                return r;
            },
            [](util::Result<int>&) {});
        QTRY_COMPARE_WITH_TIMEOUT(fit.count(), 1, 120000);
        QTRY_COMPARE_WITH_TIMEOUT(spun.count(), 1, 120000);
        const util::ParallelStats stats = util::parallelStats();
        qInfo("budget 3, two jobs of 4 threads: peak %d slots, %d threads in parallel units (spinning alone %d, "
              "%d of its units during the fit), %llu sections, %llu hand-overs, %llu overruns",
              stats.peakBusy, stats.peakRunning, spinningPeak.load(), unitsDuringTheFit.load(),
              static_cast<unsigned long long>(stats.batches),
              static_cast<unsigned long long>(stats.yields), static_cast<unsigned long long>(stats.overruns));
        QVERIFY2(stats.peakRunning <= 3, qPrintable(QString::number(stats.peakRunning)));
        QVERIFY(stats.peakBusy <= 3);
        QVERIFY(spinningPeak.load() <= 3);
        QCOMPARE(stats.overruns, std::uint64_t{0});
        QVERIFY(stats.peakRunning >= 2);
        QVERIFY(unitsDuringTheFit.load() >= 1); // the two jobs did run at the same time

        // The same fit alone (same seed, same 4 threads) gives the same scores, bit for bit.
        auto alone = models::createModel("als");
        alone->setParameters(als);
        alone->fit(train, models::FitContext{42, 4, {}});
        util::setThreadBudget(savedBudget);
        const data::EventLog& log = dataset->events;
        std::vector<float> a(dataset->items.size()), b(dataset->items.size());
        for (data::VisitorIndex v = 0; v < 400; v += 20) {
            if (log.begin(v) == log.end(v)) continue;
            const auto query = models::Query::fromLog(log, log.begin(v), log.end(v), log.begin(v),
                                                      log.timestamp[log.end(v) - 1] + 1, v);
            contended->score(query, a);
            alone->score(query, b);
            QVERIFY(a == b);
        }
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
