#include "util/Message.h"

#include <array>

namespace vitrina::util {
namespace {

struct CodeInfo {
    std::string_view name;
    std::string_view english;
};

constexpr std::array<CodeInfo, static_cast<std::size_t>(MessageCode::Count_)> kCodes{{
#define VITRINA_MESSAGE(id, name, english) CodeInfo{name, english},
#include "util/MessageCodes.def"
#undef VITRINA_MESSAGE
}};

} // namespace

std::string_view codeName(MessageCode code) { return kCodes.at(static_cast<std::size_t>(code)).name; }

std::string_view codeEnglishFormat(MessageCode code) { return kCodes.at(static_cast<std::size_t>(code)).english; }

std::vector<MessageCode> allMessageCodes() {
    std::vector<MessageCode> codes;
    for (std::size_t i = 0; i < kCodes.size(); ++i) codes.push_back(static_cast<MessageCode>(i));
    return codes;
}

std::optional<MessageCode> codeByName(std::string_view name) {
    for (std::size_t i = 0; i < kCodes.size(); ++i)
        if (kCodes[i].name == name) return static_cast<MessageCode>(i);
    return std::nullopt;
}

std::string formatArgs(std::string_view format, const std::vector<std::string>& args) {
    std::string out;
    out.reserve(format.size() + 32);
    for (std::size_t i = 0; i < format.size(); ++i) {
        if (format[i] == '{') {
            const std::size_t close = format.find('}', i);
            if (close != std::string_view::npos && close > i + 1) {
                std::size_t index = 0;
                bool digits = true;
                for (std::size_t j = i + 1; j < close; ++j) {
                    if (format[j] < '0' || format[j] > '9') {
                        digits = false;
                        break;
                    }
                    index = index * 10 + static_cast<std::size_t>(format[j] - '0');
                }
                if (digits && index < args.size()) {
                    out += args[index];
                    i = close;
                    continue;
                }
            }
        }
        out += format[i];
    }
    return out;
}

std::string Message::text() const {
    std::string prefix;
    if (!file.empty()) {
        prefix = file;
        if (line > 0) {
            prefix.append(":");
            prefix.append(std::to_string(line));
        }
        prefix.append(": ");
    }
    prefix.append(formatArgs(codeEnglishFormat(code), args));
    return prefix;
}

Message makeMessage(MessageCode code, std::vector<std::string> args, Severity severity) {
    Message m;
    m.code = code;
    m.args = std::move(args);
    m.severity = severity;
    return m;
}

Error::Error(Message message) : std::runtime_error(message.text()), message_(std::move(message)) {}

void fail(MessageCode code, std::vector<std::string> args) { throw Error(makeMessage(code, std::move(args))); }

void failAt(MessageCode code, std::string file, std::int64_t line, std::vector<std::string> args) {
    Message m = makeMessage(code, std::move(args));
    m.file = std::move(file);
    m.line = line;
    throw Error(std::move(m));
}

void failParameter(std::string parameter, MessageCode code, std::vector<std::string> args) {
    Message m = makeMessage(code, std::move(args));
    m.parameter = std::move(parameter);
    throw Error(std::move(m));
}

void requireRange(const std::string& parameter, long long value, long long lo, long long hi) {
    if (value < lo || value > hi)
        failParameter(parameter, MessageCode::ParameterOutOfRange,
                      {parameter, std::to_string(value), "[" + std::to_string(lo) + ", " + std::to_string(hi) + "]"});
}

} // namespace vitrina::util
