#pragma once
// A small team of threads kept alive for a whole training run, so that the many short parallel steps of a
// mini-batch (a few hundred microseconds each) do not pay for starting threads.
//
//   Team team(2);
//   team.run(tasks, [&](std::size_t task) { ... writes only its own slice of the output ... });
//
// Reproducibility: a task may run on any thread, so every task must compute its slice the same way whoever
// runs it and write nothing another task reads; results then do not depend on the thread count or the
// scheduling. Workers spin briefly for the next job, then sleep (the machine is shared with the GUI).
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <thread>
#include <vector>

namespace vitrina::models::neural {

class Team {
public:
    /// `threads` >= 1 (the caller counts as one; threads - 1 workers are started).
    explicit Team(int threads);
    ~Team();
    Team(const Team&) = delete;
    Team& operator=(const Team&) = delete;

    int size() const { return static_cast<int>(workers_.size()) + 1; }
    /// Runs task(i) for every i in [0, count) on the team and the calling thread; returns when all are done.
    /// Rethrows the exception of the lowest failing task index. Not reentrant: a task must not call run().
    void run(std::size_t count, const std::function<void(std::size_t)>& task);

private:
    void workerLoop();
    void drain();

    std::vector<std::thread> workers_;
    std::atomic<std::uint64_t> generation_{0};
    std::atomic<std::size_t> next_{0};
    /// Workers that finished the current job: run() returns only when all did, so no worker can still be
    /// claiming tasks of one job when the next one is set up.
    std::atomic<std::size_t> acknowledged_{0};
    std::size_t count_ = 0;
    const std::function<void(std::size_t)>* task_ = nullptr;
    std::vector<std::exception_ptr> errors_;
    std::atomic<bool> stop_{false};
};

/// Splits [0, n) into `parts` contiguous ranges the same way every time: range p = [n p / parts, n (p+1) / parts).
inline std::pair<std::size_t, std::size_t> partRange(std::size_t n, std::size_t parts, std::size_t p) {
    return {n * p / parts, n * (p + 1) / parts};
}

} // namespace vitrina::models::neural
