#include "Args.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

#include "Cli.h"
#include "stats/Checks.h"

namespace vitrina::cli {
namespace {

/// Bad input naming the option as the user typed it, in the text and in Message::parameter.
[[noreturn]] void badOption(util::MessageCode code, const std::string& name, std::vector<std::string> args) {
    util::Message m = util::makeMessage(code, std::move(args));
    m.parameter = optionText(name);
    throw BadInputError(std::move(m));
}

/// "[lo, hi]", built by appending (GCC 12 reports a false -Wrestrict on "[" + std::string).
std::string rangeText(long long lo, long long hi) {
    std::string text(1, '[');
    text.append(std::to_string(lo)).append(", ").append(std::to_string(hi));
    text.push_back(']');
    return text;
}

} // namespace

Args::Args(const std::vector<std::string>& argv, const std::vector<std::string>& valued,
           const std::vector<std::string>& flags) {
    auto isValued = [&](const std::string& n) { return std::find(valued.begin(), valued.end(), n) != valued.end(); };
    auto isFlag = [&](const std::string& n) { return std::find(flags.begin(), flags.end(), n) != flags.end(); };
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string& a = argv[i];
        if (a.size() > 1 && a[0] == '-' && !(a.size() > 1 && (a[1] >= '0' && a[1] <= '9'))) {
            std::string name = a.substr(a[1] == '-' ? 2 : 1);
            std::optional<std::string> inlineValue;
            if (const auto eq = name.find('='); eq != std::string::npos) {
                inlineValue = name.substr(eq + 1);
                name = name.substr(0, eq);
            }
            if (name == "o") name = "output";
            if (isValued(name)) {
                if (inlineValue) {
                    values_[name].push_back(*inlineValue);
                } else {
                    if (i + 1 >= argv.size()) throw UsageError("option --" + name + " needs a value");
                    values_[name].push_back(argv[++i]);
                }
            } else if (isFlag(name)) {
                if (inlineValue) throw UsageError("option --" + name + " takes no value");
                flags_[name] = true;
            } else {
                throw UsageError("unknown option " + a);
            }
        } else {
            positionals_.push_back(a);
        }
    }
}

bool Args::flag(const std::string& name) const { return flags_.count(name) > 0; }

std::optional<std::string> Args::value(const std::string& name) const {
    const auto it = values_.find(name);
    if (it == values_.end() || it->second.empty()) return std::nullopt;
    return it->second.back();
}

std::vector<std::string> Args::values(const std::string& name) const {
    const auto it = values_.find(name);
    return it == values_.end() ? std::vector<std::string>{} : it->second;
}

std::string Args::valueOr(const std::string& name, const std::string& fallback) const {
    return value(name).value_or(fallback);
}

long long Args::intInRange(const std::string& name, long long fallback, long long lo, long long hi) const {
    const auto v = value(name);
    if (!v) return fallback;
    long long out = 0;
    const auto* end = v->data() + v->size();
    const auto [ptr, ec] = std::from_chars(v->data(), end, out);
    const bool whole = ptr == end && (ec == std::errc() || ec == std::errc::result_out_of_range);
    if (!whole) badOption(util::MessageCode::ParameterNotInteger, name, {optionText(name), *v});
    if (ec == std::errc::result_out_of_range || out < lo || out > hi)
        badOption(util::MessageCode::ParameterOutOfRange, name,
                  {optionText(name), *v, rangeText(lo, hi)});
    return out;
}

std::string optionText(const std::string& name) {
    std::string text(name.size() == 1 ? 1 : 2, '-');
    text.append(name);
    return text;
}

std::vector<long long> Args::intListInRange(const std::string& name, const std::string& fallback, long long lo,
                                            long long hi) const {
    std::vector<long long> out;
    const std::string text = valueOr(name, fallback);
    std::size_t begin = 0;
    while (begin <= text.size()) {
        const std::size_t comma = std::min(text.find(',', begin), text.size());
        const std::string part = text.substr(begin, comma - begin);
        begin = comma + 1;
        if (part.empty()) continue;
        long long v = 0;
        const auto [ptr, ec] = std::from_chars(part.data(), part.data() + part.size(), v);
        if (ptr != part.data() + part.size() || (ec != std::errc() && ec != std::errc::result_out_of_range))
            badOption(util::MessageCode::ParameterNotInteger, name, {optionText(name), part});
        if (ec == std::errc::result_out_of_range || v < lo || v > hi)
            badOption(util::MessageCode::ParameterOutOfRange, name,
                      {optionText(name), part, rangeText(lo, hi)});
        out.push_back(v);
    }
    if (out.empty()) badOption(util::MessageCode::ParameterNotInteger, name, {optionText(name), text});
    return out;
}

std::uint64_t Args::seed(const std::string& name, std::uint64_t fallback) const {
    return static_cast<std::uint64_t>(
        intInRange(name, static_cast<long long>(fallback), 0, std::numeric_limits<long long>::max()));
}

std::string RealRange::text() const {
    std::string text(1, lowOpen ? '(' : '[');
    text.append(stats::numberText(lo)).append(", ").append(stats::numberText(hi));
    text.push_back(highOpen ? ')' : ']');
    return text;
}

double Args::realInRange(const std::string& name, double fallback, const RealRange& range) const {
    const double v = doubleOr(name, fallback);
    if (!range.contains(v))
        badOption(util::MessageCode::ParameterOutOfRange, name, {optionText(name), stats::numberText(v), range.text()});
    return v;
}

double Args::doubleOr(const std::string& name, double fallback) const {
    const auto v = value(name);
    if (!v) return fallback;
    double out = 0;
    const auto* end = v->data() + v->size();
    const auto [ptr, ec] = std::from_chars(v->data(), end, out);
    if (ec != std::errc() || ptr != end || !std::isfinite(out))
        badOption(util::MessageCode::ParameterNotNumber, name, {optionText(name), *v});
    return out;
}

void Args::requirePositionals(std::size_t count, const std::string& usage) const {
    if (positionals_.size() != count) throw UsageError("usage: " + usage);
}

} // namespace vitrina::cli
