#pragma once
// Deterministic parallel sections over the process's one thread budget (util/ThreadBudget.h).
//
// Results do not depend on how many threads are free: a section is split by the thread count the caller asks
// for (`threads`), never by the threads that happen to be available. parallelChunks cuts [0, n) into the same
// `threads` contiguous chunks every time, so results reduced per chunk in chunk order are bit-identical run to
// run for the same thread count; parallelFor's body writes slot i only. The budget decides only how many of
// those chunks run at the same moment (at most `threads` of them, and at most the budget's free slots across
// every job), and which thread runs which chunk. A chunk that starts after the others finished computes the
// same numbers as one that ran beside them.
//
// Bodies must not wait for one another (no barrier between chunks): chunks may run one after another. Long
// bodies call Progress::check() every few milliseconds, which is also where a thread gives its slot to a
// waiting job; they must not hold a lock another chunk may wait for while calling it.
#include <algorithm>
#include <cstddef>
#include <thread>

#include "util/ThreadBudget.h"

namespace vitrina::util {

/// Number of worker threads a job uses by default: cores - 1, at least 1 (keeps a core for the GUI).
inline int defaultThreadCount() {
    const unsigned hw = std::thread::hardware_concurrency();
    return hw > 1 ? static_cast<int>(hw) - 1 : 1;
}

namespace detail {
template <class Unit> void invokeUnit(void* context, std::size_t unit) { (*static_cast<Unit*>(context))(unit); }

template <class Unit> void forEachUnit(std::size_t units, int maxThreads, Unit& unit) {
    runUnits(units, maxThreads, &invokeUnit<Unit>, &unit);
}
} // namespace detail

/// Splits [0, n) into `threads` contiguous chunks (fewer when n is smaller; one when n is 0) and runs
/// body(begin, end, chunkIndex) on each, at most `threads` at a time within the budget; the calling thread
/// takes part. Rethrows the exception of the lowest failed chunk after the running chunks have finished
/// (chunks not started by then are skipped).
template <class Body> void parallelChunks(std::size_t n, int threads, Body&& body) {
    const std::size_t t = std::max<std::size_t>(1, std::min<std::size_t>(static_cast<std::size_t>(std::max(threads, 1)),
                                                                         std::max<std::size_t>(n, 1)));
    auto chunk = [&](std::size_t c) { body(n * c / t, n * (c + 1) / t, c); };
    detail::forEachUnit(t, static_cast<int>(t), chunk);
}

/// Runs body(i) for i in [0, n) in blocks of `grain`, handed out in order to at most `threads` threads. Use
/// only where the result of each i does not depend on which thread ran it (writes to slot i only).
template <class Body> void parallelFor(std::size_t n, int threads, std::size_t grain, Body&& body) {
    const std::size_t size = std::max<std::size_t>(grain, 1);
    const int t = std::max(threads, 1);
    const std::size_t blocks = t == 1 || n <= size ? 1 : (n + size - 1) / size;
    const std::size_t blockSize = blocks == 1 ? n : size;
    auto block = [&](std::size_t b) {
        const std::size_t end = std::min(n, (b + 1) * blockSize);
        for (std::size_t i = b * blockSize; i < end; ++i) body(i);
    };
    detail::forEachUnit(blocks, t, block);
}

} // namespace vitrina::util
