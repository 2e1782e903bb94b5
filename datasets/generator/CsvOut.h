#pragma once
// A buffered binary file writer with fast number formatting, reporting failures as typed errors naming the
// file. Rows are written exactly as given ('\n' line ends, no locale).
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace vitrina::gen {

/// Appends the decimal digits of `value` to `out`.
inline void appendUint(std::string& out, std::uint64_t value) {
    char digits[20];
    int n = 0;
    do {
        digits[n++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value != 0);
    while (n > 0) out.push_back(digits[--n]);
}
inline void appendInt(std::string& out, std::int64_t value) {
    if (value < 0) {
        out.push_back('-');
        appendUint(out, static_cast<std::uint64_t>(-(value + 1)) + 1);
    } else {
        appendUint(out, static_cast<std::uint64_t>(value));
    }
}

class CsvOut {
public:
    /// Creates (truncates) `path`; throws util::Error(GenCannotWrite) when it cannot.
    explicit CsvOut(std::string path);
    ~CsvOut();
    CsvOut(const CsvOut&) = delete;
    CsvOut& operator=(const CsvOut&) = delete;

    void write(std::string_view bytes);
    /// Flushes and closes; throws on a write error (a full disk shows up here at the latest).
    void close();
    std::uint64_t bytesWritten() const { return bytes_; }
    const std::string& path() const { return path_; }

private:
    void fail(int error) const;

    std::string path_;
    std::FILE* file_ = nullptr;
    std::uint64_t bytes_ = 0;
};

} // namespace vitrina::gen
