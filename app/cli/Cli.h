#pragma once
// Shared plumbing of vitrina-cli commands: JSON output, exit codes, progress on stderr, Ctrl+C cancellation.
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "Args.h"
#include "util/Progress.h"
#include "util/Result.h"

namespace vitrina::cli {

enum ExitCode : int { Success = 0, Usage = 1, BadInput = 2, CancelledOrInternal = 3 };

/// What a command returns: the JSON document for stdout and the exit code.
struct Outcome {
    nlohmann::json document;
    int exitCode = Success;
};

/// A problem with the input (file, data or parameter): exit code 2, message names file and line or parameter.
class BadInputError : public std::runtime_error {
public:
    explicit BadInputError(util::Message message);
    const util::Message& message() const { return message_; }

private:
    util::Message message_;
};

/// Progress that prints "<label>: NN %" lines to stderr (every 10 %), cancelled by Ctrl+C.
util::Progress stderrProgress(const std::string& label);
/// The process-wide cancel token that SIGINT sets.
util::CancelToken& interruptToken();

/// Unwraps a Result: an error becomes BadInputError (or a cancellation), warnings are printed to stderr.
template <class T> T unwrap(util::Result<T>&& result) {
    for (const auto& w : result.warnings) std::fprintf(stderr, "warning: %s\n", w.text().c_str());
    if (result.cancelled) throw util::Cancelled();
    if (result.error) throw BadInputError(*result.error);
    return std::move(*result.value);
}

using CommandFn = std::function<Outcome(const std::vector<std::string>& argv)>;
struct Command {
    std::string name;
    std::string usage;
    CommandFn run;
};

/// Commands registered by each Commands*.cpp file.
std::vector<Command> dataCommands();
std::vector<Command> benchCommands();

} // namespace vitrina::cli
