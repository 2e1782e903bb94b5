// The process's thread budget (util/ThreadBudget.h) under util/Parallel.h: two jobs at once never run more
// threads than the budget (counted by the budget and, independently, by the test's own bodies); a job started
// while another fills every slot gets one within milliseconds; nested sections stay inside the budget; the
// split, and so every result, depends on the requested thread count only (chunk bounds n*c/t, checked against
// a serial reference computed here); failures, cancellation, the interactive thread and the deadlock guard.
#include <QTest>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

#if defined(__linux__)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#ifndef Q_MOC_RUN // moc cannot parse util/Message.h (X-macro enum)
#include "util/Parallel.h"
#include "util/Progress.h"
#endif

using namespace vitrina;
using Clock = std::chrono::steady_clock;

namespace {

/// Counts the test's own bodies running at once (independently of the budget's bookkeeping).
struct Concurrency {
    std::atomic<int> now{0};
    std::atomic<int> peak{0};

    void enter() {
        const int value = now.fetch_add(1) + 1;
        int seen = peak.load();
        while (value > seen && !peak.compare_exchange_weak(seen, value)) {
        }
    }
    void leave() { now.fetch_sub(1); }
};

/// Busy work of about `micros` microseconds between two cancel checks, as a core loop does. The body counts
/// itself only between checks: a check is where a thread may hand its slot over and wait.
void spin(const util::Progress& progress, Concurrency& running, int slices, int micros) {
    for (int s = 0; s < slices; ++s) {
        progress.check();
        running.enter();
        const auto until = Clock::now() + std::chrono::microseconds(micros);
        volatile double sink = 0.0;
        while (Clock::now() < until) sink = sink + std::sqrt(static_cast<double>(s) + 2.0);
        running.leave();
    }
}

/// Restores the budget a test changed.
struct BudgetScope {
    int saved = util::threadBudget();
    explicit BudgetScope(int threads) {
        util::setThreadBudget(threads);
        util::resetParallelStats();
    }
    ~BudgetScope() { util::setThreadBudget(saved); }
    BudgetScope(const BudgetScope&) = delete;
    BudgetScope& operator=(const BudgetScope&) = delete;
};

/// Sum of f(i) over a chunk, in order; the chunks' sums added in chunk order (what the core's reductions do).
double chunkedSum(std::size_t n, int threads) {
    const std::size_t chunks = std::min<std::size_t>(static_cast<std::size_t>(threads), n);
    std::vector<double> partial(chunks, 0.0);
    util::parallelChunks(n, threads, [&](std::size_t begin, std::size_t end, std::size_t c) {
        for (std::size_t i = begin; i < end; ++i) partial[c] += 1.0 / (1.0 + static_cast<double>(i) * 0.37);
    });
    double total = 0.0;
    for (double p : partial) total += p;
    return total;
}

/// The same sum computed serially with the documented bounds n*c/t (the reference).
double referenceSum(std::size_t n, int threads) {
    const std::size_t t = std::min<std::size_t>(static_cast<std::size_t>(threads), n);
    double total = 0.0;
    for (std::size_t c = 0; c < t; ++c) {
        double partial = 0.0;
        for (std::size_t i = n * c / t; i < n * (c + 1) / t; ++i) partial += 1.0 / (1.0 + static_cast<double>(i) * 0.37);
        total += partial;
    }
    return total;
}

int niceOfThisThread() {
#if defined(__linux__)
    return getpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)));
#else
    return 0;
#endif
}

} // namespace

class TestThreadBudget : public QObject {
    Q_OBJECT
private slots:
    void defaultBudgetIsTheMachinesThreads() {
        const unsigned hw = std::thread::hardware_concurrency();
        QCOMPARE(util::threadBudget(), hw > 0 ? static_cast<int>(hw) : 1);
    }

    void twoJobsAtOnceStayWithinTheBudget() {
        const BudgetScope scope(3);
        Concurrency running;
        const util::Progress progress;
        // Each job asks for 4 threads: without a shared budget they would run 8 at once.
        auto job = [&] {
            util::parallelFor(64, 4, 1, [&](std::size_t) { spin(progress, running, 20, 150); });
            util::parallelChunks(16, 4, [&](std::size_t, std::size_t, std::size_t) { spin(progress, running, 60, 150); });
        };
        std::thread first(job), second(job);
        first.join();
        second.join();
        const util::ParallelStats stats = util::parallelStats();
        qInfo("budget 3: peak %d running by the test's count, %d slots, %d running by the budget; %llu yields",
              running.peak.load(), stats.peakBusy, stats.peakRunning, static_cast<unsigned long long>(stats.yields));
        QVERIFY2(running.peak.load() <= 3, qPrintable(QString::number(running.peak.load())));
        QVERIFY(stats.peakBusy <= 3);
        QVERIFY(stats.peakRunning <= 3);
        QCOMPARE(stats.overruns, std::uint64_t{0});
        QVERIFY(running.peak.load() >= 2); // the jobs did run in parallel
        QVERIFY(stats.batches >= 4);
    }

    void aJobStartedWhileAnotherFillsTheBudgetGetsASlotSoon() {
        const BudgetScope scope(2);
        Concurrency running;
        const util::Progress progress;
        std::atomic<bool> stop{false};
        std::atomic<int> started{0};
        // A long section: 2 chunks of endless checked work until told to stop (like a long evaluation).
        std::thread hog([&] {
            util::parallelChunks(2, 2, [&](std::size_t, std::size_t, std::size_t) {
                ++started;
                while (!stop.load()) spin(progress, running, 1, 200);
            });
        });
        QTRY_COMPARE(started.load(), 2);
        const auto asked = Clock::now();
        Clock::time_point ran;
        std::thread late([&] {
            util::parallelFor(1, 1, 1, [&](std::size_t) { ran = Clock::now(); });
        });
        late.join();
        stop = true;
        hog.join();
        const double waitedMs = std::chrono::duration<double, std::milli>(ran - asked).count();
        qInfo("the late job waited %.1f ms for a slot (quantum %d ms)", waitedMs, util::kBudgetQuantumMs);
        QVERIFY2(waitedMs < 500.0, qPrintable(QString::number(waitedMs)));
        QVERIFY(util::parallelStats().yields >= 1);
        QVERIFY(util::parallelStats().peakBusy <= 2);
        QCOMPARE(util::parallelStats().overruns, std::uint64_t{0});
    }

    void nestedSectionsShareTheirCallersSlot() {
        const BudgetScope scope(2);
        Concurrency running;
        const util::Progress progress;
        std::atomic<int> inner{0};
        util::parallelChunks(4, 4, [&](std::size_t, std::size_t, std::size_t) {
            util::parallelFor(8, 4, 1, [&](std::size_t) {
                ++inner;
                spin(progress, running, 4, 100);
            });
        });
        QCOMPARE(inner.load(), 32);
        QVERIFY(running.peak.load() <= 2);
        QVERIFY(util::parallelStats().peakBusy <= 2);
        QCOMPARE(util::parallelStats().overruns, std::uint64_t{0});
    }

    // Regression: a helper woke for a section whose last unit the owner claimed (lock-free) in between, picked
    // the section a second time, found none and crashed on a null section (tst_bpr and tst_evaluator, now and
    // then under ctest -j2). Many tiny sections from two threads at once, so that owners often take the last
    // unit while a helper wakes.
    void aHelperNeverWakesForASectionWithNothingLeft() {
        const BudgetScope scope(4);
        std::atomic<std::uint64_t> total{0};
        const auto sections = [&] {
            for (int i = 0; i < 20000; ++i)
                util::parallelChunks(2, 4, [&](std::size_t begin, std::size_t end, std::size_t) { total += end - begin; });
        };
        std::thread other(sections);
        sections();
        other.join();
        QCOMPARE(total.load(), std::uint64_t{2 * 20000 * 2}); // two threads x 20,000 sections x 2 elements
    }

    void resultsDependOnTheRequestedThreadsOnly() {
        constexpr std::size_t n = 100003;
        for (int threads : {1, 2, 3, 7, 16}) {
            const double reference = referenceSum(n, threads);
            for (int budget : {1, 2, 5}) {
                const BudgetScope scope(budget);
                QCOMPARE(chunkedSum(n, threads), reference); // bit-identical, not approximately equal
            }
        }
        // parallelFor writes slot i: identical whatever the budget and the grain
        std::vector<double> serial(5000), parallel(5000);
        for (std::size_t i = 0; i < serial.size(); ++i) serial[i] = std::sin(static_cast<double>(i));
        const BudgetScope scope(3);
        util::parallelFor(parallel.size(), 8, 7, [&](std::size_t i) { parallel[i] = std::sin(static_cast<double>(i)); });
        QVERIFY(serial == parallel);
    }

    void chunkBoundsAreAsDocumented() {
        std::vector<std::pair<std::size_t, std::size_t>> bounds(3);
        util::parallelChunks(10, 3, [&](std::size_t b, std::size_t e, std::size_t c) { bounds[c] = {b, e}; });
        QCOMPARE(bounds[0], (std::pair<std::size_t, std::size_t>{0, 3}));
        QCOMPARE(bounds[1], (std::pair<std::size_t, std::size_t>{3, 6}));
        QCOMPARE(bounds[2], (std::pair<std::size_t, std::size_t>{6, 10}));
        int calls = 0;
        util::parallelChunks(0, 4, [&](std::size_t b, std::size_t e, std::size_t c) {
            ++calls;
            QCOMPARE(b + e + c, std::size_t{0});
        });
        QCOMPARE(calls, 1);
    }

    void theLowestFailedChunkIsRethrown() {
        const BudgetScope scope(4);
        try {
            util::parallelChunks(8, 8, [&](std::size_t, std::size_t, std::size_t c) {
                if (c == 5 || c == 2) throw std::runtime_error("chunk " + std::to_string(c));
            });
            QFAIL("no exception");
        } catch (const std::runtime_error& e) {
            // chunk 2 may be skipped when chunk 5 fails first; chunk 5 then is the lowest that ran and failed
            const std::string what = e.what();
            QVERIFY2(what == "chunk 2" || what == "chunk 5", e.what());
        }
        // Single-thread sections rethrow as they are.
        QVERIFY_THROWS_EXCEPTION(std::logic_error,
                                 util::parallelFor(10, 1, 1, [](std::size_t i) { if (i == 3) throw std::logic_error("x"); }));
        // The budget is intact afterwards: every slot was given back.
        const util::ParallelStats stats = util::parallelStats();
        QVERIFY(stats.peakBusy <= 4);
        std::atomic<int> ran{0};
        util::parallelFor(100, 4, 1, [&](std::size_t) { ++ran; });
        QCOMPARE(ran.load(), 100);
    }

    void cancellationStopsEveryChunk() {
        const BudgetScope scope(3);
        util::CancelToken token;
        const util::Progress progress({}, token);
        std::atomic<int> checks{0};
        std::thread canceller([&] {
            while (checks.load() < 50) std::this_thread::yield();
            token.cancel();
        });
        QVERIFY_THROWS_EXCEPTION(util::Cancelled, util::parallelChunks(6, 6, [&](std::size_t, std::size_t, std::size_t) {
            for (;;) {
                progress.check();
                ++checks;
                std::this_thread::sleep_for(std::chrono::microseconds(200));
            }
        }));
        canceller.join();
    }

    void theInteractiveThreadNeverWaits() {
        const BudgetScope scope(1);
        std::atomic<bool> holding{false}, stop{false};
        std::thread hog([&] {
            util::parallelFor(1, 1, 1, [&](std::size_t) {
                holding = true;
                while (!stop.load()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
            });
        });
        QTRY_VERIFY(holding.load());
        std::atomic<bool> ran{false};
        std::thread interactive([&] {
            util::markInteractiveThread();
            QVERIFY(util::isInteractiveThread());
            util::parallelFor(1, 1, 1, [&](std::size_t) { ran = true; });
        });
        interactive.join();
        QVERIFY(ran.load()); // while the only slot is held
        stop = true;
        hog.join();
        QVERIFY(!util::isInteractiveThread()); // per thread
        QCOMPARE(util::parallelStats().overruns, std::uint64_t{0});
    }

    void aWaiterStuckBehindItsOwnLockTakesASlotAfterTheGuardTime() {
        const BudgetScope scope(1);
        std::mutex lock;
        std::atomic<bool> locked{false}, holderWaits{false};
        // This thread holds `lock` and then needs a slot; the slot's holder waits for `lock`.
        std::thread caller([&] {
            const std::lock_guard guard(lock);
            locked = true;
            while (!holderWaits.load()) std::this_thread::yield();
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            util::parallelFor(1, 1, 1, [](std::size_t) {});
        });
        while (!locked.load()) std::this_thread::yield();
        const auto start = Clock::now();
        util::parallelFor(1, 1, 1, [&](std::size_t) {
            holderWaits = true;
            const std::lock_guard guard(lock); // waits for the caller, which waits for this slot
        });
        caller.join();
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
        QCOMPARE(util::parallelStats().overruns, std::uint64_t{1});
        QVERIFY2(ms >= util::kBudgetOverrunMs * 0.9, qPrintable(QString::number(ms)));
    }

    void helpersRunAtTheirCallersPriority() {
#if defined(__linux__)
        const BudgetScope scope(4);
        std::vector<int> seen(4, -100);
        std::thread lowered([&] {
            (void)setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 12);
            util::parallelChunks(8, 4, [&](std::size_t, std::size_t, std::size_t c) {
                seen[c] = niceOfThisThread();
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            });
        });
        lowered.join();
        for (int nice : seen) QVERIFY2(nice >= 12, qPrintable(QString::number(nice)));
#else
        QSKIP("thread nice values are Linux-only");
#endif
    }
};

QTEST_GUILESS_MAIN(TestThreadBudget)
#include "tst_thread_budget.moc"
