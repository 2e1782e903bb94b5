#pragma once
// Background jobs (hotspot's jobtracker, heaptrack's parser, zeal's registry): a job runs a core function on a
// worker thread with a util::Progress, never on the GUI thread.
//
//   JobRunner   one per application; owns the job threads (at most four jobs run at once, below normal
//               priority), knows the thread count from Settings, cancels and waits for every job when it is
//               destroyed (so no worker outlives what it reports to). Work and results cross threads through
//               its std::mutex-guarded queues (the Qt event only wakes the GUI thread), so ThreadSanitizer sees
//               every hand-over. The core's parallel sections inside a job share the process's thread budget
//               (util/ThreadBudget.h): a job's `threads` is how it splits its work, not a promise of cores.
//   JobTracker  one per owner of a kind of job (a page, the project controller). Starting a job supersedes the
//               tracker's previous one: that one is cancelled and its result dropped (generation counter).
//               Results and progress come back as queued calls on the GUI thread, guarded by QPointer.
//
// Usage:
//   tracker_.start<Report>(tr("Computing the funnel"),
//       [dataset](const jobs::JobContext& job) { return util::capture<Report>([&](auto&) { ... job.progress ...; }); },
//       [this](util::Result<Report>& result) { if (result) show(*result); });
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

#ifndef Q_MOC_RUN // moc cannot parse the X-macro enum in util/Message.h; it needs none of these
#include "util/Progress.h"
#include "util/Result.h"
#endif

namespace vitrina::ui::jobs {

/// What a job's work function receives on its worker thread.
struct JobContext {
    util::Progress progress; ///< throttled progress sink + the job's cancel token (progress.check() throws)
    int threads = 1;         ///< worker threads the job may use (Settings::threadCount)
};

class JobRunner : public QObject {
    Q_OBJECT
public:
    explicit JobRunner(int threads, QObject* parent = nullptr);
    ~JobRunner() override;

    int threadCount() const { return threads_; }
    void setThreadCount(int threads);
    /// Jobs started and not yet delivered.
    int activeJobs() const { return active_; }
    /// Fires every running job's cancel token.
    void cancelAll();
    /// Blocks until every worker has returned (shutdown, tests); false on timeout.
    bool waitForDone(int msecs = -1);
    /// Drops `value` on a job thread: freeing a dataset or a model store takes long enough to stall the GUI.
    void releaseInBackground(std::shared_ptr<const void> value);

signals:
    void activeJobsChanged(int count);

private:
    friend class JobTracker;
    /// Runs `work` on a worker, then `deliver` on the GUI thread (queued on this object, which outlives workers).
    void launch(const util::CancelToken& token, std::function<void()> work, std::function<void()> deliver);
    /// Posts `call` to the GUI thread; safe from any thread while the runner exists.
    void post(std::function<void()> call);
    /// Runs the posted calls, in order (GUI thread).
    Q_INVOKABLE void deliverPosted();
    /// Runs `task` on a job thread (one is started when none is idle and fewer than the maximum exist).
    void enqueue(std::function<void()> task);
    void workerLoop();

    std::mutex queueMutex_; ///< guards the job queue and the worker counts below
    std::condition_variable queueWake_;
    std::condition_variable idleWake_;
    std::deque<std::function<void()>> queue_;
    std::vector<std::thread> workers_;
    int idleWorkers_ = 0;
    int runningTasks_ = 0;
    bool stopping_ = false;
    std::mutex postedMutex_; ///< guards the calls posted to the GUI thread
    std::vector<std::function<void()>> posted_;
    bool deliveryScheduled_ = false;
    int threads_ = 1;
    int active_ = 0;
    std::mutex tokensMutex_;
    quint64 lastJobId_ = 0;
    std::vector<std::pair<quint64, util::CancelToken>> tokens_; ///< of running jobs, for cancelAll()
};

class JobTracker : public QObject {
    Q_OBJECT
public:
    explicit JobTracker(JobRunner& runner, QObject* parent = nullptr);
    ~JobTracker() override;

    /// Starts `work` on a worker thread; `done` runs on the GUI thread with its result (also when it failed or
    /// was cancelled) unless a newer job of this tracker started meanwhile or the tracker is gone.
    template <class T>
    void start(const QString& title, std::function<util::Result<T>(const JobContext&)> work,
               std::function<void(util::Result<T>&)> done);

    /// Fires the running job's cancel token; its `done` receives a cancelled result (even when the work had
    /// already finished: a result that arrives after Cancel is dropped).
    void cancel();
    bool isRunning() const { return running_; }
    QString title() const { return title_; }
    double fraction() const { return fraction_; }
    /// The core's stage code of the latest progress report (e.g. "save.dataset"), empty if none.
    QString stage() const { return stage_; }
    /// Estimated seconds left; negative while unknown.
    double etaSeconds() const { return eta_; }
    JobRunner& runner() const { return runner_; }

signals:
    void started(const QString& title);
    void progressChanged(double fraction, const QString& stage, double etaSeconds);
    /// After `done` ran. succeeded = the result held a value.
    void finished(bool succeeded, bool cancelled);

private:
    /// Supersedes the running job, opens a new generation and returns it.
    quint64 begin(const QString& title);
    /// A thread-safe sink that drops reports changing the fraction by less than 0.1 % (same stage).
    util::Progress::Sink makeSink(quint64 generation);
    void onProgress(quint64 generation, double fraction, const QString& stage);
    bool isCurrent(quint64 generation) const { return running_ && generation == generation_; }
    void end(bool succeeded, bool cancelled);

    template <class T>
    static util::Result<T> runGuarded(const std::function<util::Result<T>(const JobContext&)>& work,
                                      const JobContext& context);

    JobRunner& runner_;
    quint64 generation_ = 0;
    util::CancelToken token_;
    bool running_ = false;
    QString title_;
    double fraction_ = 0.0;
    QString stage_;
    double eta_ = -1.0;
    QElapsedTimer clock_;
};

/// The message of an exception that escaped a work function, as a failed Result.
void failFromException(std::exception_ptr error, std::optional<util::Message>& message, bool& cancelled);

template <class T>
util::Result<T> JobTracker::runGuarded(const std::function<util::Result<T>(const JobContext&)>& work,
                                       const JobContext& context) {
    try {
        return work(context);
    } catch (...) { // nothing may escape a worker thread
        util::Result<T> failed;
        failFromException(std::current_exception(), failed.error, failed.cancelled);
        return failed;
    }
}

template <class T>
void JobTracker::start(const QString& title, std::function<util::Result<T>(const JobContext&)> work,
                       std::function<void(util::Result<T>&)> done) {
    const quint64 generation = begin(title);
    const JobContext context{util::Progress(makeSink(generation), token_), runner_.threadCount()};
    auto result = std::make_shared<util::Result<T>>();
    QPointer<JobTracker> self(this);
    runner_.launch(
        token_, [context, work = std::move(work), result]() { *result = runGuarded<T>(work, context); },
        [self, generation, result, token = token_, done = std::move(done)]() {
            if (!self || !self->isCurrent(generation)) return; // superseded or owner gone: drop
            // Cancel pressed after the work finished but before its result arrived: the user's Cancel wins,
            // so what was on screen stays (a fast job must not slip through a click on Cancel).
            if (result->ok() && token.cancelled()) {
                *result = util::Result<T>{};
                result->cancelled = true;
            }
            const bool succeeded = result->ok();
            const bool cancelled = result->cancelled;
            self->running_ = false; // before `done`, which may start the next job right away
            done(*result);
            if (self) self->end(succeeded, cancelled);
        });
}

} // namespace vitrina::ui::jobs
