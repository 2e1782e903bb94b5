// vitrina-cli: headless Vitrina. One JSON document on stdout per command; progress and human text on stderr.
// Exit codes: 0 success, 1 usage error, 2 bad input, 3 cancelled or internal error. Never a crash.
#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <exception>
#include <iostream>
#include <mutex>
#include <new>
#include <thread>

#ifndef _WIN32
#include <pthread.h>
#endif

#include "Cli.h"
#include "report/Json.h"

namespace vitrina::cli {
std::vector<Command> modelCommands(); // CommandsModels.cpp
std::vector<Command> abtestCommands(); // CommandsAbTest.cpp
std::vector<Command> hybridCommands(); // CommandsHybrid.cpp
std::vector<Command> explainCommands(); // CommandsExplain.cpp
std::vector<Command> catalogueCommands(); // CommandCatalogue.cpp
} // namespace vitrina::cli

namespace {

using namespace vitrina;
using namespace vitrina::cli;

/// What stdout gets, once: the command's document, or the cancellation document when Ctrl-C outlasts the grace.
std::mutex outputMutex;
bool outputWritten = false;

int writeDocument(const nlohmann::json& document, bool pretty) {
    try {
        std::cout << document.dump(pretty ? 2 : -1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        std::cout.flush();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "vitrina-cli: cannot write output: %s\n", e.what());
        return CancelledOrInternal;
    }
    return Success;
}

nlohmann::json errorDocument(const std::string& kind, const nlohmann::json& detail) {
    return {{"ok", false}, {"error", kind}, {"detail", detail}};
}

#ifndef _WIN32
/// Ctrl-C (SIGINT) or SIGTERM: a dedicated thread receives it (blocked everywhere else, so no handler runs in
/// the middle of an allocation), fires the cancel token that every long loop polls, and gives the command
/// kGraceSeconds to stop with its own "cancelled" document. A step that does not return by then still ends
/// the process with the cancellation document and exit code 3; saves are transactions, so the project file
/// keeps its previous state either way.
constexpr int kGraceSeconds = 5;

void watchInterrupts(bool pretty) {
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr); // inherited by every thread started later
    std::thread([signals, pretty] {
        int received = 0;
        if (sigwait(&signals, &received) != 0) return;
        interruptToken().cancel();
        std::this_thread::sleep_for(std::chrono::seconds(kGraceSeconds));
        std::lock_guard lock(outputMutex);
        if (outputWritten) return;
        std::fprintf(stderr, "vitrina-cli: cancelled\n");
        writeDocument(errorDocument("cancelled", nullptr), pretty);
        std::_Exit(CancelledOrInternal);
    }).detach();
}
#else
extern "C" void onInterrupt(int) { interruptToken().cancel(); }
void watchInterrupts(bool) { std::signal(SIGINT, onInterrupt); }
#endif

std::vector<Command> allCommands() {
    std::vector<Command> commands;
    for (auto&& group : {dataCommands(), benchCommands(), catalogueCommands(), modelCommands(), abtestCommands(), explainCommands(), hybridCommands()})
        commands.insert(commands.end(), group.begin(), group.end());
    return commands;
}

void printUsage(const std::vector<Command>& commands) {
    std::fprintf(stderr, "usage: vitrina-cli <command> [args] [--pretty]\n\ncommands:\n");
    for (const auto& c : commands) std::fprintf(stderr, "  %s\n", c.usage.c_str());
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    bool pretty = false;
    std::erase_if(args, [&](const std::string& a) {
        if (a == "--pretty") pretty = true;
        return a == "--pretty";
    });
    interruptToken(); // constructed before any signal can arrive
    watchInterrupts(pretty);
    const auto commands = allCommands();
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        printUsage(commands);
        nlohmann::json usages = nlohmann::json::array();
        for (const auto& c : commands) usages.push_back(c.usage);
        const nlohmann::json doc = args.empty() ? errorDocument("usage", {{"message", "no command given"}, {"commands", usages}})
                                                : nlohmann::json{{"ok", true}, {"commands", usages}};
        std::cout << doc.dump(pretty ? 2 : -1) << '\n';
        return args.empty() ? Usage : Success;
    }
    const std::string name = args[0];
    args.erase(args.begin());

    Outcome outcome;
    try {
        const auto it = std::find_if(commands.begin(), commands.end(), [&](const Command& c) { return c.name == name; });
        if (it == commands.end()) throw UsageError("unknown command '" + name + "'");
        outcome = it->run(args);
    } catch (const UsageError& e) {
        std::fprintf(stderr, "vitrina-cli: %s\n", e.what());
        outcome = {errorDocument("usage", {{"message", e.what()}}), Usage};
    } catch (const BadInputError& e) {
        std::fprintf(stderr, "vitrina-cli: %s\n", e.message().text().c_str());
        outcome = {errorDocument("bad_input", report::toJson(e.message())), BadInput};
    } catch (const util::Error& e) {
        std::fprintf(stderr, "vitrina-cli: %s\n", e.message().text().c_str());
        outcome = {errorDocument("bad_input", report::toJson(e.message())), BadInput};
    } catch (const util::Cancelled&) {
        std::fprintf(stderr, "vitrina-cli: cancelled\n");
        outcome = {errorDocument("cancelled", nullptr), CancelledOrInternal};
    } catch (const std::bad_alloc&) {
        std::fprintf(stderr, "vitrina-cli: out of memory\n");
        outcome = {errorDocument("internal", {{"message", "out of memory"}}), CancelledOrInternal};
    } catch (const std::exception& e) {
        std::fprintf(stderr, "vitrina-cli: internal error: %s\n", e.what());
        outcome = {errorDocument("internal", {{"message", e.what()}}), CancelledOrInternal};
    }
    std::lock_guard lock(outputMutex);
    outputWritten = true;
    if (writeDocument(outcome.document, pretty) != Success) return CancelledOrInternal;
    return outcome.exitCode;
}
