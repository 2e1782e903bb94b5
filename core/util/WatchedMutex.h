#pragma once
// A std::mutex that notes every lock taken by an interactive thread (the GUI thread, util/ThreadBudget.h) and
// how long that thread waited for it. The project file's connection lock is one: the GUI must never wait
// behind a long save, so it must not lock it at all, and tests check that it does not.
#include <cstdint>
#include <mutex>

namespace vitrina::util {

/// Locks of every WatchedMutex taken by interactive threads since the last reset.
struct InteractiveLockStats {
    std::uint64_t locks = 0;
    double longestWaitMs = 0.0;
};
InteractiveLockStats interactiveLockStats();
void resetInteractiveLockStats();

class WatchedMutex {
public:
    void lock();
    bool try_lock();
    void unlock() { mutex_.unlock(); }

private:
    std::mutex mutex_;
};

} // namespace vitrina::util
