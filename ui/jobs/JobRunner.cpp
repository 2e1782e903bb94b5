#include "jobs/JobRunner.h"

#include <QMetaObject>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <exception>
#include <string>
#include <utility>

#if defined(__linux__)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace vitrina::ui::jobs {

namespace {
/// Reports that change the fraction by less than this (within one stage) are not posted to the GUI thread.
constexpr double kMinProgressStep = 0.001;
/// No ETA before this much of the job is done or this much time has passed: early rates mislead.
constexpr double kEtaMinFraction = 0.02;
constexpr qint64 kEtaMinElapsedMs = 500;
/// Jobs are few (an import, a funnel, a checksum); each may run parallel sections inside the core.
constexpr int kMaxConcurrentJobs = 4;

/// Job threads, and the core's helper threads while they run a job's work (they take its priority), run below
/// normal priority: when busy workers fill every core, the GUI thread still gets one at once (bench_gui_stall).
/// Idle cores are used all the same. Linux keeps a nice value per thread; QThread::setPriority does nothing
/// there under SCHED_OTHER.
void lowerThisThreadsPriority() {
#if defined(__linux__)
    constexpr int kWorkerNice = 10;
    (void)setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), kWorkerNice);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}
} // namespace

void failFromException(std::exception_ptr error, std::optional<util::Message>& message, bool& cancelled) {
    try {
        std::rethrow_exception(error);
    } catch (const util::Error& e) {
        message = e.message();
    } catch (const util::Cancelled&) {
        cancelled = true;
        message = util::makeMessage(util::MessageCode::OperationCancelled);
    } catch (const std::bad_alloc&) {
        message = util::makeMessage(util::MessageCode::OutOfMemory, {"allocation failed"});
    } catch (const std::exception& e) {
        message = util::makeMessage(util::MessageCode::InternalError, {e.what()});
    } catch (...) {
        message = util::makeMessage(util::MessageCode::InternalError, {"unknown exception"});
    }
}

// ---------------------------------------------------------------------------------------------------------
JobRunner::JobRunner(int threads, QObject* parent) : QObject(parent), threads_(std::max(1, threads)) {}

JobRunner::~JobRunner() {
    cancelAll();
    waitForDone();
    {
        const std::lock_guard lock(queueMutex_);
        stopping_ = true;
    }
    queueWake_.notify_all();
    for (std::thread& worker : workers_) worker.join();
}

void JobRunner::setThreadCount(int threads) { threads_ = std::max(1, threads); }

void JobRunner::cancelAll() {
    const std::lock_guard lock(tokensMutex_);
    for (const auto& entry : tokens_) entry.second.cancel();
}

bool JobRunner::waitForDone(int msecs) {
    std::unique_lock lock(queueMutex_);
    const auto idle = [this] { return queue_.empty() && runningTasks_ == 0; };
    if (msecs < 0) {
        idleWake_.wait(lock, idle);
        return true;
    }
    return idleWake_.wait_for(lock, std::chrono::milliseconds(msecs), idle);
}

void JobRunner::releaseInBackground(std::shared_ptr<const void> value) {
    if (!value) return;
    enqueue([value = std::move(value)]() mutable { value.reset(); });
}

void JobRunner::enqueue(std::function<void()> task) {
    const std::lock_guard lock(queueMutex_);
    queue_.push_back(std::move(task));
    if (idleWorkers_ < static_cast<int>(queue_.size()) && static_cast<int>(workers_.size()) < kMaxConcurrentJobs)
        workers_.emplace_back([this] { workerLoop(); });
    queueWake_.notify_one();
}

void JobRunner::workerLoop() {
    lowerThisThreadsPriority();
    std::unique_lock lock(queueMutex_);
    for (;;) {
        ++idleWorkers_;
        queueWake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
        --idleWorkers_;
        if (queue_.empty()) return; // stopping, nothing left
        std::function<void()> task = std::move(queue_.front());
        queue_.pop_front();
        ++runningTasks_;
        lock.unlock();
        task(); // never throws: JobTracker wraps every work function
        task = nullptr; // its captures go here, off the GUI thread and outside the lock
        lock.lock();
        --runningTasks_;
        if (queue_.empty() && runningTasks_ == 0) idleWake_.notify_all();
    }
}

void JobRunner::post(std::function<void()> call) {
    bool schedule = false;
    {
        const std::lock_guard lock(postedMutex_);
        posted_.push_back(std::move(call));
        schedule = !std::exchange(deliveryScheduled_, true);
    }
    // By name, so that Qt allocates and frees the event itself (no functor of ours crosses the threads).
    if (schedule) QMetaObject::invokeMethod(this, "deliverPosted", Qt::QueuedConnection);
}

void JobRunner::deliverPosted() {
    std::vector<std::function<void()>> calls;
    {
        const std::lock_guard lock(postedMutex_);
        calls.swap(posted_);
        deliveryScheduled_ = false;
    }
    for (auto& call : calls) call();
}

void JobRunner::launch(const util::CancelToken& token, std::function<void()> work, std::function<void()> deliver) {
    const quint64 id = ++lastJobId_;
    {
        const std::lock_guard lock(tokensMutex_);
        tokens_.emplace_back(id, token);
    }
    ++active_;
    emit activeJobsChanged(active_);
    enqueue([this, id, work = std::move(work), deliver = std::move(deliver)]() mutable {
        work(); // never throws: JobTracker wraps every work function
        post([this, id, deliver = std::move(deliver)]() {
            {
                const std::lock_guard lock(tokensMutex_);
                const auto same = [id](const auto& entry) { return entry.first == id; };
                tokens_.erase(std::remove_if(tokens_.begin(), tokens_.end(), same), tokens_.end());
            }
            --active_;
            deliver();
            emit activeJobsChanged(active_);
        });
    });
}

// ---------------------------------------------------------------------------------------------------------
JobTracker::JobTracker(JobRunner& runner, QObject* parent) : QObject(parent), runner_(runner) {}

JobTracker::~JobTracker() {
    if (running_) token_.cancel();
}

quint64 JobTracker::begin(const QString& title) {
    if (running_) token_.cancel(); // the superseded job stops early; its result is dropped by generation
    token_ = util::CancelToken();
    ++generation_;
    running_ = true;
    title_ = title;
    fraction_ = 0.0;
    stage_.clear();
    eta_ = -1.0;
    clock_.start();
    emit started(title);
    emit progressChanged(fraction_, stage_, eta_);
    return generation_;
}

util::Progress::Sink JobTracker::makeSink(quint64 generation) {
    struct Throttle {
        std::mutex mutex;
        double lastFraction = -1.0;
        std::string lastStage;
    };
    auto throttle = std::make_shared<Throttle>();
    QPointer<JobTracker> self(this);
    JobRunner* runner = &runner_;
    return [throttle, self, runner, generation](double fraction, const std::string& stage) {
        {
            const std::lock_guard lock(throttle->mutex);
            const bool sameStage = stage == throttle->lastStage;
            if (sameStage && std::abs(fraction - throttle->lastFraction) < kMinProgressStep && fraction < 1.0) return;
            throttle->lastFraction = fraction;
            if (!sameStage) throttle->lastStage = stage;
        }
        const QString stageText = QString::fromStdString(stage);
        runner->post([self, generation, fraction, stageText]() {
            if (self) self->onProgress(generation, fraction, stageText);
        });
    };
}

void JobTracker::onProgress(quint64 generation, double fraction, const QString& stage) {
    if (!isCurrent(generation)) return;
    fraction_ = std::clamp(fraction, 0.0, 1.0);
    stage_ = stage;
    const qint64 elapsedMs = clock_.elapsed();
    if (fraction_ >= kEtaMinFraction && elapsedMs >= kEtaMinElapsedMs)
        eta_ = static_cast<double>(elapsedMs) / 1000.0 * (1.0 - fraction_) / fraction_;
    else eta_ = -1.0;
    emit progressChanged(fraction_, stage_, eta_);
}

void JobTracker::cancel() {
    if (running_) token_.cancel();
}

void JobTracker::end(bool succeeded, bool cancelled) { emit finished(succeeded, cancelled); }

} // namespace vitrina::ui::jobs
