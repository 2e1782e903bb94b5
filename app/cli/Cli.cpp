#include "Cli.h"

#include <cstdio>
#include <memory>
#include <mutex>

namespace vitrina::cli {

BadInputError::BadInputError(util::Message message) : std::runtime_error(message.text()), message_(std::move(message)) {}

util::CancelToken& interruptToken() {
    static util::CancelToken token;
    return token;
}

util::Progress stderrProgress(const std::string& label) {
    struct State {
        std::mutex mutex;
        int lastDecile = -1;
    };
    auto state = std::make_shared<State>();
    return util::Progress(
        [state, label](double fraction, const std::string&) {
            const int decile = static_cast<int>(fraction * 10.0);
            std::lock_guard lock(state->mutex);
            if (decile <= state->lastDecile) return;
            state->lastDecile = decile;
            std::fprintf(stderr, "%s: %d %%\n", label.c_str(), decile * 10);
        },
        interruptToken());
}

} // namespace vitrina::cli
