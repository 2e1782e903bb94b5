#pragma once
// The process's one budget of busy threads for the core's parallel sections (util/Parallel.h), so that two
// jobs running at once never put more threads on the cores than there are cores.
//
// - A parallel section is a batch of units (chunks or blocks). Every thread that runs a unit holds one slot
//   of the budget; at most threadBudget() slots are held at a time (default: the machine's hardware threads).
// - The calling thread runs its own batch's units when it holds a slot (a nested section reuses the slot of
//   the unit it is called from); helper threads of one shared pool take the other units while slots are free.
// - A thread that wants a slot when none is free waits in line. A slot holder that has run for a quantum
//   gives its slot to the first in line at its next yield point: between two units, and in Progress::check(),
//   which every long loop calls. So a job started while another fills every core gets a core within
//   milliseconds, and no thread ever spins.
// - Helpers run at the priority of the thread whose units they run, never higher (on Linux the job threads
//   are niced, so the GUI thread keeps its edge; a helper's nice value only goes up, as Linux lets an
//   unprivileged thread lower its priority but not raise it back).
// - An interactive thread (the GUI thread: markInteractiveThread()) never waits for a slot: it runs its own
//   units without one. Blocking calls it should not make (SQLite) can be counted through isInteractiveThread().
// - Deadlock guard: a thread that waited kBudgetOverrunMs for a slot takes one over the budget (counted in
//   ParallelStats::overruns). That happens only when slot holders are stuck behind the waiting thread, e.g.
//   on a lock it holds, which the core avoids; it keeps such a mistake from hanging the program.
#include <cstddef>
#include <cstdint>

namespace vitrina::util {

inline constexpr int kBudgetQuantumMs = 10;
inline constexpr int kBudgetOverrunMs = 1000;

/// Slots of the budget: the most threads running parallel units at once.
int threadBudget();
/// Changes the budget (at least 1); for tests and for a user's setting. Threads above a lowered budget finish
/// their unit first.
void setThreadBudget(int threads);

/// What the budget saw since the last reset (for tests and benchmarks).
struct ParallelStats {
    int budget = 0;
    int peakBusy = 0;            ///< most slots held at once
    int peakRunning = 0;         ///< most threads inside a unit at once, not waiting (interactive ones too)
    std::uint64_t overruns = 0;  ///< slots taken over the budget by the deadlock guard
    std::uint64_t batches = 0;   ///< parallel sections with more than one unit
    std::uint64_t yields = 0;    ///< slots handed to a waiting thread before the holder's work was done
};
ParallelStats parallelStats();
/// Starts a new measurement: the peaks restart from the current values, the counters from zero.
void resetParallelStats();

/// Marks the calling thread as interactive (the GUI thread): it never waits for a slot.
void markInteractiveThread();
bool isInteractiveThread();

/// A yield point (Progress::check() calls it): when threads wait for a slot and this thread has held its own
/// for a quantum, it hands the slot over and waits in line. Cheap when nobody waits.
void parallelYieldPoint();

namespace detail {
using RunUnit = void (*)(void* context, std::size_t unit);
/// Runs run(context, u) for every u in [0, units) on at most `maxThreads` threads at once (the caller among
/// them); rethrows the exception of the lowest failed unit after every started unit has returned (units not
/// started when one fails are skipped).
void runUnits(std::size_t units, int maxThreads, RunUnit run, void* context);
} // namespace detail

} // namespace vitrina::util
