#pragma once
// Minimal command-line parsing for vitrina-cli: positionals, --flag, --key value, --key=value, repeatable keys.
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace vitrina::cli {

/// A usage error (exit code 1).
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Args {
public:
    /// `valued` lists the options that take a value; every other --option is a boolean flag.
    Args(const std::vector<std::string>& argv, const std::vector<std::string>& valued,
         const std::vector<std::string>& flags);

    const std::vector<std::string>& positionals() const { return positionals_; }
    bool flag(const std::string& name) const;
    std::optional<std::string> value(const std::string& name) const;
    std::vector<std::string> values(const std::string& name) const;
    std::string valueOr(const std::string& name, const std::string& fallback) const;
    /// Integer / double options; a malformed value is bad input (exit code 2) naming the option.
    long long intOr(const std::string& name, long long fallback) const;
    /// An integer option that must lie in [lo, hi]; outside it is bad input naming the option and the range.
    long long intInRange(const std::string& name, long long fallback, long long lo, long long hi) const;
    double doubleOr(const std::string& name, double fallback) const;
    /// Requires exactly `count` positionals (after the command), else UsageError with `usage`.
    void requirePositionals(std::size_t count, const std::string& usage) const;

private:
    std::vector<std::string> positionals_;
    std::map<std::string, std::vector<std::string>> values_;
    std::map<std::string, bool> flags_;
};

} // namespace vitrina::cli
