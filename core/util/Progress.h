#pragma once
// Progress reporting and cooperative cancellation for every slow core operation.
// A Progress maps local fractions [0,1] into a sub-range of its owner's range, so nested steps compose:
//   Progress parse = progress.sub(0.0, 0.7), save = progress.sub(0.7, 1.0);
#include <atomic>
#include <functional>
#include <memory>
#include <string>

#include "util/Message.h"
#include "util/ThreadBudget.h"

namespace vitrina::util {

/// Shared flag that the GUI (or a signal handler) sets and workers poll.
class CancelToken {
public:
    CancelToken() : flag_(std::make_shared<std::atomic<bool>>(false)) {}
    void cancel() const { flag_->store(true, std::memory_order_relaxed); }
    bool cancelled() const { return flag_->load(std::memory_order_relaxed); }

private:
    std::shared_ptr<std::atomic<bool>> flag_;
};

class Progress {
public:
    /// Receives the overall fraction in [0,1] and a short stage code (e.g. "parse.events"). Must be thread-safe.
    using Sink = std::function<void(double fraction, const std::string& stage)>;

    Progress() = default;
    Progress(Sink sink, CancelToken token) : sink_(std::make_shared<Sink>(std::move(sink))), token_(std::move(token)) {}

    /// Reports a local fraction (clamped to [0,1]) of this range.
    void set(double fraction, const std::string& stage = {}) const {
        if (!sink_ || !*sink_) return;
        if (fraction < 0.0) fraction = 0.0;
        if (fraction > 1.0) fraction = 1.0;
        (*sink_)(begin_ + (end_ - begin_) * fraction, stage.empty() ? stage_ : stage);
    }
    bool cancelled() const { return token_.cancelled(); }
    /// Throws Cancelled when the token fired; call it at least every few milliseconds of work. It is also the
    /// point where a thread running a parallel section gives its slot to a job waiting for one
    /// (util/ThreadBudget.h).
    void check() const {
        if (token_.cancelled()) throw Cancelled();
        parallelYieldPoint();
    }
    /// A child covering [from, to] of this range (local fractions), optionally naming its stage.
    Progress sub(double from, double to, std::string stage = {}) const {
        Progress child = *this;
        child.begin_ = begin_ + (end_ - begin_) * from;
        child.end_ = begin_ + (end_ - begin_) * to;
        if (!stage.empty()) child.stage_ = std::move(stage);
        return child;
    }
    const CancelToken& token() const { return token_; }

private:
    std::shared_ptr<Sink> sink_;
    CancelToken token_;
    double begin_ = 0.0;
    double end_ = 1.0;
    std::string stage_;
};

} // namespace vitrina::util
