#pragma once
// Deterministic static-chunk parallelism: the same range split the same way for the same thread count, so
// results that are reduced per chunk in chunk order are bit-identical run to run.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace vitrina::util {

/// Number of worker threads to use by default: cores - 1, at least 1 (keeps a core for the GUI).
inline int defaultThreadCount() {
    const unsigned hw = std::thread::hardware_concurrency();
    return hw > 1 ? static_cast<int>(hw) - 1 : 1;
}

/// Splits [0, n) into `threads` contiguous chunks and runs body(begin, end, chunkIndex) on each, the calling
/// thread taking chunk 0. Rethrows the first exception (by chunk index) after every chunk has finished.
template <class Body> void parallelChunks(std::size_t n, int threads, Body&& body) {
    const std::size_t t = std::max<std::size_t>(1, std::min<std::size_t>(static_cast<std::size_t>(std::max(threads, 1)),
                                                                         std::max<std::size_t>(n, 1)));
    if (t == 1) {
        body(std::size_t{0}, n, std::size_t{0});
        return;
    }
    std::vector<std::exception_ptr> errors(t);
    std::vector<std::thread> workers;
    workers.reserve(t - 1);
    auto run = [&](std::size_t chunk) {
        const std::size_t begin = n * chunk / t;
        const std::size_t end = n * (chunk + 1) / t;
        try {
            body(begin, end, chunk);
        } catch (...) {
            errors[chunk] = std::current_exception();
        }
    };
    for (std::size_t c = 1; c < t; ++c) workers.emplace_back(run, c);
    run(0);
    for (auto& w : workers) w.join();
    for (auto& e : errors)
        if (e) std::rethrow_exception(e);
}

/// Runs body(i) for i in [0, n) with dynamic load balancing in blocks of `grain`. Use only where the result of
/// each i does not depend on which thread ran it (writes to slot i only).
template <class Body> void parallelFor(std::size_t n, int threads, std::size_t grain, Body&& body) {
    const std::size_t t = static_cast<std::size_t>(std::max(threads, 1));
    if (t == 1 || n <= grain) {
        for (std::size_t i = 0; i < n; ++i) body(i);
        return;
    }
    std::atomic<std::size_t> next{0};
    parallelChunks(t, static_cast<int>(t), [&](std::size_t, std::size_t, std::size_t) {
        for (;;) {
            const std::size_t begin = next.fetch_add(grain, std::memory_order_relaxed);
            if (begin >= n) break;
            const std::size_t end = std::min(n, begin + grain);
            for (std::size_t i = begin; i < end; ++i) body(i);
        }
    });
}

} // namespace vitrina::util
