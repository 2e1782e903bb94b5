#include "util/WatchedMutex.h"

#include <atomic>
#include <chrono>

#include "util/ThreadBudget.h"

namespace vitrina::util {
namespace {

std::atomic<std::uint64_t> gLocks{0};
std::atomic<std::int64_t> gLongestWaitNs{0};

void noteInteractiveLock(std::int64_t waitedNs) {
    gLocks.fetch_add(1);
    std::int64_t longest = gLongestWaitNs.load();
    while (waitedNs > longest && !gLongestWaitNs.compare_exchange_weak(longest, waitedNs)) {
    }
}

} // namespace

InteractiveLockStats interactiveLockStats() {
    return {gLocks.load(), static_cast<double>(gLongestWaitNs.load()) / 1e6};
}

void resetInteractiveLockStats() {
    gLocks.store(0);
    gLongestWaitNs.store(0);
}

void WatchedMutex::lock() {
    if (!isInteractiveThread()) return mutex_.lock();
    const auto start = std::chrono::steady_clock::now();
    mutex_.lock();
    noteInteractiveLock(std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start).count());
}

bool WatchedMutex::try_lock() {
    const bool locked = mutex_.try_lock();
    if (locked && isInteractiveThread()) noteInteractiveLock(0);
    return locked;
}

} // namespace vitrina::util
