#pragma once
// Line-level CSV handling shared by every reader: splitting a line into fields (quotes only when present),
// locating and matching the header. Rows are lines: a newline always ends a row (RetailRocket's fields never
// contain one), which keeps line numbers exact and lets the readers split files at newlines for threads.
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace vitrina::data {

struct CsvFields {
    static constexpr std::size_t kMaxFields = 8;
    std::array<std::string_view, kMaxFields> field{};
    std::size_t count = 0; ///< may exceed kMaxFields; only the first kMaxFields are stored
    bool unclosedQuote = false;
};

/// Quoted fields ("a,b", "say ""hi""") are unquoted into `scratch`, which the views then point into.
void splitQuotedLine(std::string_view line, CsvFields& out, std::string& scratch);

/// Splits `line` (without its line end) at commas. The common unquoted case never leaves this loop.
inline void splitCsvLine(std::string_view line, CsvFields& out, std::string& scratch) {
    std::size_t count = 0, start = 0;
    const char* s = line.data();
    const std::size_t n = line.size();
    for (std::size_t i = 0; i < n; ++i) {
        const char c = s[i];
        if (c == ',') {
            if (count < CsvFields::kMaxFields) out.field[count] = std::string_view(s + start, i - start);
            ++count;
            start = i + 1;
        } else if (c == '"') {
            splitQuotedLine(line, out, scratch);
            return;
        }
    }
    if (count < CsvFields::kMaxFields) out.field[count] = std::string_view(s + start, n - start);
    out.count = count + 1;
    out.unclosedQuote = false;
}

/// The line without a trailing '\r' (CRLF files).
inline std::string_view withoutCarriageReturn(const char* begin, const char* end) {
    if (end > begin && end[-1] == '\r') --end;
    return {begin, static_cast<std::size_t>(end - begin)};
}

/// True for a line of only spaces and tabs (a blank line is ignored, not counted as a row).
inline bool isBlankLine(std::string_view line) {
    for (const char c : line)
        if (c != ' ' && c != '\t') return false;
    return true;
}

inline std::string_view trimSpaces(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

/// An expected column; `alias` is an accepted second spelling (e.g. "id" for "itemid").
struct CsvColumn {
    std::string_view name;
    std::string_view alias{};
};

/// "timestamp, visitorid, event, itemid, transactionid"
std::string expectedColumnsText(std::span<const CsvColumn> expected);

struct CsvHeader {
    std::string_view text;      ///< the header line without BOM and line end
    std::int64_t line = 0;      ///< 1-based line number of the header
    std::size_t dataOffset = 0; ///< byte offset of the first line after the header
};

/// Finds the header: the first non-blank line after an optional UTF-8 BOM. Throws csv.empty_file (naming
/// the expected columns) when there is none. `text` may be a file's first block when the header fits in it.
CsvHeader findHeader(const std::string& file, std::string_view text, std::span<const CsvColumn> expected);

/// Maps each expected column to its field index in the header (any order, case-insensitive, quotes and
/// spaces ignored). Throws csv.missing_columns, csv.unknown_columns, csv.duplicate_column or
/// csv.header_missing with `file` and `line`.
std::vector<std::size_t> matchHeader(const std::string& file, const CsvHeader& header,
                                     std::span<const CsvColumn> expected);

} // namespace vitrina::data
