#include "util/ThreadBudget.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <climits>
#include <condition_variable>
#include <deque>
#include <exception>
#include <limits>
#include <mutex>
#include <thread>
#include <vector>

#if defined(__linux__)
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace vitrina::util {
namespace {

using Clock = std::chrono::steady_clock;
using Lock = std::unique_lock<std::mutex>;

int hardwareThreads() {
    const unsigned hw = std::thread::hardware_concurrency();
    return hw > 0 ? static_cast<int>(hw) : 1;
}

/// The calling thread's nice value (0 where threads have none).
int currentNice() {
#if defined(__linux__)
    errno = 0;
    const int value = getpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)));
    return errno == 0 ? value : 0;
#else
    return 0;
#endif
}

/// One parallel section: its units are claimed in order by whichever participant asks next.
struct Batch {
    detail::RunUnit run = nullptr;
    void* context = nullptr;
    std::size_t units = 0;
    int maxThreads = 1;
    int ownerNice = 0;
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> finished{0};
    std::atomic<bool> failed{false};
    // Guarded by the pool's mutex:
    int participants = 0;
    std::size_t errorUnit = std::numeric_limits<std::size_t>::max();
    std::exception_ptr error;
};

/// A thread waiting in line for a slot; granted under the pool's mutex.
struct Waiter {
    bool granted = false;
};

struct ThreadState {
    bool interactive = false;
    bool holdsSlot = false;
    int unitDepth = 0; ///< units this thread is inside (a nested section runs units within a unit)
    int nice = INT_MIN; ///< helpers: the nice value set last (INT_MIN until read)
    Clock::time_point slotSince;
};
thread_local ThreadState tState;

class Pool {
public:
    static Pool& instance() {
        static Pool pool;
        return pool;
    }
    Pool(const Pool&) = delete;
    Pool& operator=(const Pool&) = delete;

    ~Pool() {
        {
            const Lock lock(mutex_);
            stopping_ = true;
        }
        helpersWake_.notify_all();
        for (std::thread& helper : helpers_) helper.join();
    }

    int budget() const { return budget_.load(std::memory_order_relaxed); }

    void setBudget(int threads) {
        Lock lock(mutex_);
        budget_.store(std::max(1, threads), std::memory_order_relaxed);
        grantWaiting();
        helpersWake_.notify_all();
    }

    ParallelStats stats() {
        const Lock lock(mutex_);
        return {budget(), peakBusy_, peakRunning_.load(), overruns_, batches_, yields_};
    }

    void resetStats() {
        const Lock lock(mutex_);
        peakBusy_ = busy_;
        peakRunning_.store(running_.load());
        overruns_ = batches_ = yields_ = 0;
    }

    void yieldPoint() {
        ThreadState& me = tState;
        if (!me.holdsSlot || waitingCount_.load(std::memory_order_relaxed) == 0) return;
        if (Clock::now() - me.slotSince < std::chrono::milliseconds(kBudgetQuantumMs)) return;
        Lock lock(mutex_);
        if (waiting_.empty()) return;
        ++yields_;
        releaseSlot();
        acquireSlot(lock);
    }

    void run(std::size_t units, int maxThreads, detail::RunUnit body, void* context) {
        if (units == 0) return;
        if (units == 1 || maxThreads <= 1) return runHere(units, body, context);
        ThreadState& me = tState;
        Batch batch;
        batch.run = body;
        batch.context = context;
        batch.units = units;
        batch.maxThreads = maxThreads;
        batch.ownerNice = currentNice();
        const bool hadSlot = me.holdsSlot;
        const bool ownSlot = !hadSlot && !me.interactive;
        {
            Lock lock(mutex_);
            ensureHelpers();
            ++batches_;
            open_.push_back(&batch);
            if (ownSlot) acquireSlot(lock);
            ++batch.participants;
            helpersWake_.notify_all();
        }
        claimUnits(batch, false);
        Lock lock(mutex_);
        open_.erase(std::find(open_.begin(), open_.end(), &batch));
        --batch.participants;
        const auto done = [&] { return batch.finished.load() == batch.units && batch.participants == 0; };
        // Waiting for the other participants' last units: the slot serves someone else meanwhile.
        if (me.holdsSlot && (ownSlot || !done())) releaseSlot();
        {
            const NotRunning waiting(*this);
            batchDone_.wait(lock, done);
        }
        if (hadSlot && !me.holdsSlot) acquireSlot(lock); // back to the unit this section was called from
        lock.unlock();
        if (batch.error) std::rethrow_exception(batch.error);
    }

private:
    Pool() : budget_(hardwareThreads()) {}

    /// Marks a thread inside a unit as not running while it blocks in the pool.
    struct NotRunning {
        explicit NotRunning(Pool& owner) : pool(owner), inUnit(tState.unitDepth > 0) {
            if (inUnit) pool.running_.fetch_sub(1);
        }
        ~NotRunning() {
            if (inUnit) pool.addRunning();
        }
        NotRunning(const NotRunning&) = delete;
        NotRunning& operator=(const NotRunning&) = delete;
        Pool& pool;
        bool inUnit;
    };

    /// Enters and leaves a unit: the outermost unit of a thread counts it as running.
    struct InUnit {
        explicit InUnit(Pool& owner) : pool(owner) {
            if (tState.unitDepth++ == 0) pool.addRunning();
        }
        ~InUnit() {
            if (--tState.unitDepth == 0) pool.running_.fetch_sub(1);
        }
        InUnit(const InUnit&) = delete;
        InUnit& operator=(const InUnit&) = delete;
        Pool& pool;
    };

    void addRunning() {
        const int now = running_.fetch_add(1) + 1;
        int peak = peakRunning_.load();
        while (now > peak && !peakRunning_.compare_exchange_weak(peak, now)) {
        }
    }

    // --- slots; the mutex is held -------------------------------------------------------------------------
    void countBusy() {
        ++busy_;
        peakBusy_ = std::max(peakBusy_, busy_);
    }

    void holdSlot() {
        tState.holdsSlot = true;
        tState.slotSince = Clock::now();
    }

    /// Takes a free slot, or waits in line for one (first come, first served).
    void acquireSlot(Lock& lock) {
        if (waiting_.empty() && busy_ < budget()) {
            countBusy();
            return holdSlot();
        }
        Waiter waiter;
        waiting_.push_back(&waiter);
        waitingCount_.store(static_cast<int>(waiting_.size()));
        const NotRunning waiting(*this);
        const auto deadline = Clock::now() + std::chrono::milliseconds(kBudgetOverrunMs);
        while (!waiter.granted) {
            if (waitersWake_.wait_until(lock, deadline) == std::cv_status::timeout && !waiter.granted) {
                waiting_.erase(std::find(waiting_.begin(), waiting_.end(), &waiter));
                waitingCount_.store(static_cast<int>(waiting_.size()));
                ++overruns_;
                countBusy();
                break;
            }
        }
        holdSlot(); // a grant counted the slot already
    }

    void releaseSlot() {
        tState.holdsSlot = false;
        --busy_;
        grantWaiting();
        if (waiting_.empty()) helpersWake_.notify_all();
    }

    void grantWaiting() {
        bool granted = false;
        while (!waiting_.empty() && busy_ < budget()) {
            waiting_.front()->granted = true;
            waiting_.pop_front();
            countBusy();
            granted = true;
        }
        waitingCount_.store(static_cast<int>(waiting_.size()));
        if (granted) waitersWake_.notify_all();
    }

    // --- units -------------------------------------------------------------------------------------------
    /// A single unit, or a section limited to one thread: the calling thread runs it (with a slot).
    void runHere(std::size_t units, detail::RunUnit body, void* context) {
        ThreadState& me = tState;
        const bool ownSlot = !me.holdsSlot && !me.interactive;
        if (ownSlot) {
            Lock lock(mutex_);
            acquireSlot(lock);
        }
        struct Release {
            Pool& pool;
            bool active;
            ~Release() {
                if (!active) return;
                const Lock lock(pool.mutex_);
                pool.releaseSlot();
            }
        } release{*this, ownSlot};
        for (std::size_t u = 0; u < units; ++u) {
            if (u > 0) yieldPoint();
            const InUnit inUnit(*this);
            body(context, u);
        }
    }

    /// Claims and runs units until none is left; a helper also stops when a waiting thread wants its slot.
    void claimUnits(Batch& batch, bool helper) {
        ThreadState& me = tState;
        for (;;) {
            const std::size_t unit = batch.next.fetch_add(1, std::memory_order_relaxed);
            if (unit >= batch.units) return;
            if (!batch.failed.load(std::memory_order_relaxed)) runUnit(batch, unit);
            if (batch.finished.fetch_add(1, std::memory_order_acq_rel) + 1 == batch.units) {
                const Lock lock(mutex_);
                batchDone_.notify_all();
            }
            if (!me.holdsSlot || waitingCount_.load(std::memory_order_relaxed) == 0) continue;
            if (Clock::now() - me.slotSince < std::chrono::milliseconds(kBudgetQuantumMs)) continue;
            if (helper) return; // the helper's loop hands the slot over
            yieldPoint();
        }
    }

    void runUnit(Batch& batch, std::size_t unit) {
        try {
            const InUnit inUnit(*this);
            batch.run(batch.context, unit);
        } catch (...) {
            const Lock lock(mutex_);
            if (unit < batch.errorUnit) {
                batch.errorUnit = unit;
                batch.error = std::current_exception();
            }
            batch.failed.store(true, std::memory_order_relaxed);
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------
    void ensureHelpers() {
        while (static_cast<int>(helpers_.size()) < budget()) helpers_.emplace_back([this] { helperLoop(); });
    }

    /// The open section with unclaimed units and room for one more thread that has the fewest threads.
    Batch* pickBatch() const {
        Batch* best = nullptr;
        for (Batch* batch : open_) {
            if (batch->next.load(std::memory_order_relaxed) >= batch->units || batch->participants >= batch->maxThreads)
                continue;
            if (!best || batch->participants < best->participants) best = batch;
        }
        return best;
    }

    void adoptNice(int nice) {
#if defined(__linux__)
        ThreadState& me = tState;
        if (me.nice == INT_MIN) me.nice = currentNice();
        if (nice <= me.nice) return;
        if (setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), nice) == 0) me.nice = nice;
#else
        (void)nice;
#endif
    }

    void helperLoop() {
        Lock lock(mutex_);
        for (;;) {
            // The batch is picked once, in the wake-up test: picking it again after the test would read the
            // batches' unit counters a second time, and those move without the mutex (the owner claims units
            // lock-free), so the second pick could find nothing left and return null.
            Batch* batch = nullptr;
            helpersWake_.wait(lock, [&] {
                if (stopping_) return true;
                batch = waiting_.empty() && busy_ < budget() ? pickBatch() : nullptr;
                return batch != nullptr;
            });
            if (stopping_) return;
            ++batch->participants;
            countBusy();
            holdSlot();
            lock.unlock();
            adoptNice(batch->ownerNice);
            claimUnits(*batch, true);
            lock.lock();
            if (--batch->participants == 0) batchDone_.notify_all(); // the batch may be gone from here on
            if (tState.holdsSlot) releaseSlot();
        }
    }

    std::mutex mutex_;
    std::condition_variable helpersWake_;
    std::condition_variable waitersWake_;
    std::condition_variable batchDone_;
    std::atomic<int> budget_;
    int busy_ = 0;
    std::deque<Waiter*> waiting_;
    std::atomic<int> waitingCount_{0}; ///< waiting_.size(), read without the mutex at yield points
    std::vector<Batch*> open_;
    std::vector<std::thread> helpers_;
    bool stopping_ = false;
    std::atomic<int> running_{0};
    std::atomic<int> peakRunning_{0};
    int peakBusy_ = 0;
    std::uint64_t overruns_ = 0;
    std::uint64_t batches_ = 0;
    std::uint64_t yields_ = 0;
};

} // namespace

int threadBudget() { return Pool::instance().budget(); }
void setThreadBudget(int threads) { Pool::instance().setBudget(threads); }
ParallelStats parallelStats() { return Pool::instance().stats(); }
void resetParallelStats() { Pool::instance().resetStats(); }
void markInteractiveThread() { tState.interactive = true; }
bool isInteractiveThread() { return tState.interactive; }
void parallelYieldPoint() {
    if (tState.holdsSlot) Pool::instance().yieldPoint();
}

namespace detail {
void runUnits(std::size_t units, int maxThreads, RunUnit run, void* context) {
    Pool::instance().run(units, maxThreads, run, context);
}
} // namespace detail

} // namespace vitrina::util
