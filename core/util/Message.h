#pragma once
// Typed problem and explanation reports. The core has no Qt: it speaks in codes with arguments and an English
// default text; the GUI maps each code to a tr() string, the CLI prints the English text and the code.
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace vitrina::util {

enum class MessageCode : std::uint16_t {
#ifndef Q_MOC_RUN // Qt's moc cannot follow the X-macro list and never needs it
#define VITRINA_MESSAGE(id, name, english) id,
#include "MessageCodes.def"
#undef VITRINA_MESSAGE
#endif
    Count_
};

enum class Severity : std::uint8_t { Info, Warning, Error };

/// Stable dotted identifier of a code, e.g. "csv.missing_columns" (used in JSON and tests).
std::string_view codeName(MessageCode code);
/// English format with {0}, {1}, ... placeholders.
std::string_view codeEnglishFormat(MessageCode code);
/// Every code, in declaration order (for completeness tests of the GUI translation table).
std::vector<MessageCode> allMessageCodes();
/// The code whose dotted identifier is `name`, if any (e.g. the display text of a parameter's choice value).
std::optional<MessageCode> codeByName(std::string_view name);

struct Message {
    MessageCode code{};
    Severity severity = Severity::Error;
    std::vector<std::string> args; ///< substituted into {0}, {1}, ...
    std::string file;              ///< file the problem is in, empty if none
    std::int64_t line = 0;         ///< 1-based line number in `file`, 0 if none
    std::string parameter;         ///< offending parameter name, empty if none

    /// English text with arguments substituted, prefixed by "file:line: " when a location is known.
    std::string text() const;
};

Message makeMessage(MessageCode code, std::vector<std::string> args = {}, Severity severity = Severity::Error);
/// Substitutes {0}, {1}, ... in `format` (unknown indexes stay as written).
std::string formatArgs(std::string_view format, const std::vector<std::string>& args);

/// Thrown inside the core; public entry points catch it and return it in a Result.
class Error : public std::runtime_error {
public:
    explicit Error(Message message);
    const Message& message() const noexcept { return message_; }

private:
    Message message_;
};

/// Thrown when a cancel token fires; public entry points turn it into Result::cancelled.
class Cancelled : public std::exception {
public:
    const char* what() const noexcept override { return "cancelled"; }
};

[[noreturn]] void fail(MessageCode code, std::vector<std::string> args = {});
[[noreturn]] void failAt(MessageCode code, std::string file, std::int64_t line, std::vector<std::string> args = {});
[[noreturn]] void failParameter(std::string parameter, MessageCode code, std::vector<std::string> args = {});
/// Fails with ParameterOutOfRange naming `parameter` unless lo <= value <= hi.
void requireRange(const std::string& parameter, long long value, long long lo, long long hi);

} // namespace vitrina::util
