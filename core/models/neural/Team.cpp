#include "models/neural/Team.h"

#include <algorithm>
#include <mutex>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define VITRINA_PAUSE() _mm_pause()
#else
#define VITRINA_PAUSE() std::this_thread::yield()
#endif

namespace vitrina::models::neural {
namespace {
// About 20-50 microseconds of spinning before a worker sleeps: long enough to bridge the serial parts of a
// mini-batch step, short enough not to steal a shared core for long.
constexpr int kSpins = 4000;
} // namespace

Team::Team(int threads) {
    const int extra = std::max(threads, 1) - 1;
    workers_.reserve(static_cast<std::size_t>(extra));
    for (int t = 0; t < extra; ++t) workers_.emplace_back([this] { workerLoop(); });
}

Team::~Team() {
    stop_.store(true, std::memory_order_release);
    generation_.fetch_add(1, std::memory_order_acq_rel);
    generation_.notify_all();
    for (auto& w : workers_) w.join();
}

void Team::drain() {
    for (;;) {
        const std::size_t i = next_.fetch_add(1, std::memory_order_acq_rel);
        if (i >= count_) return;
        try {
            (*task_)(i);
        } catch (...) {
            errors_[i] = std::current_exception();
        }
    }
}

void Team::workerLoop() {
    std::uint64_t seen = 0;
    for (;;) {
        std::uint64_t g = generation_.load(std::memory_order_acquire);
        for (int s = 0; g == seen && s < kSpins; ++s) {
            VITRINA_PAUSE();
            g = generation_.load(std::memory_order_acquire);
        }
        while (g == seen) {
            generation_.wait(seen, std::memory_order_acquire);
            g = generation_.load(std::memory_order_acquire);
        }
        seen = g;
        if (stop_.load(std::memory_order_acquire)) return;
        drain();
        acknowledged_.fetch_add(1, std::memory_order_acq_rel);
    }
}

void Team::run(std::size_t count, const std::function<void(std::size_t)>& task) {
    if (count == 0) return;
    errors_.assign(count, nullptr);
    if (workers_.empty() || count == 1) {
        for (std::size_t i = 0; i < count; ++i) task(i); // exceptions propagate directly, lowest index first
        return;
    }
    task_ = &task;
    count_ = count;
    next_.store(0, std::memory_order_relaxed);
    acknowledged_.store(0, std::memory_order_relaxed);
    generation_.fetch_add(1, std::memory_order_acq_rel);
    generation_.notify_all();
    drain();
    for (int s = 0; acknowledged_.load(std::memory_order_acquire) < workers_.size(); ++s) {
        if (s < kSpins) VITRINA_PAUSE();
        else std::this_thread::yield();
    }
    task_ = nullptr;
    for (auto& e : errors_)
        if (e) std::rethrow_exception(e);
}

} // namespace vitrina::models::neural
