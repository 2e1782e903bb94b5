#include "data/CsvLine.h"

#include <algorithm>
#include <cstring>

#include "data/TextFile.h"
#include "util/Message.h"

namespace vitrina::data {
using util::MessageCode;

namespace {

struct FieldRange {
    std::size_t start, size;
};

/// The general tokenizer: every field's text goes to `scratch`, its position to `ranges`. Returns false when
/// a quoted field is not closed or text follows its closing quote.
bool tokenizeQuoted(std::string_view line, std::string& scratch, std::vector<FieldRange>& ranges) {
    scratch.clear();
    scratch.reserve(line.size());
    ranges.clear();
    bool wellFormed = true;
    std::size_t i = 0;
    const std::size_t n = line.size();
    for (;;) {
        const std::size_t start = scratch.size();
        // Spaces before an opening quote are tolerated (`a, "b"`); inside an unquoted field they are data.
        std::size_t j = i;
        while (j < n && (line[j] == ' ' || line[j] == '\t')) ++j;
        if (j < n && line[j] == '"') {
            i = j + 1;
            bool closed = false;
            while (i < n) {
                if (line[i] == '"') {
                    if (i + 1 < n && line[i + 1] == '"') {
                        scratch.push_back('"');
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                scratch.push_back(line[i++]);
            }
            while (i < n && (line[i] == ' ' || line[i] == '\t')) ++i;
            if (!closed || (i < n && line[i] != ',')) {
                wellFormed = false;
                while (i < n && line[i] != ',') ++i; // resynchronise at the next comma
            }
        } else {
            while (i < n && line[i] != ',') {
                if (line[i] == '"') wellFormed = false; // a quote inside an unquoted field is ambiguous
                scratch.push_back(line[i++]);
            }
        }
        ranges.push_back({start, scratch.size() - start});
        if (i >= n) break;
        ++i; // the comma
    }
    return wellFormed;
}

} // namespace

void splitQuotedLine(std::string_view line, CsvFields& out, std::string& scratch) {
    thread_local std::vector<FieldRange> ranges;
    out.unclosedQuote = !tokenizeQuoted(line, scratch, ranges);
    out.count = ranges.size();
    for (std::size_t f = 0; f < ranges.size() && f < CsvFields::kMaxFields; ++f)
        out.field[f] = std::string_view(scratch.data() + ranges[f].start, ranges[f].size);
}

std::string expectedColumnsText(std::span<const CsvColumn> expected) {
    std::string text;
    for (const auto& c : expected) {
        if (!text.empty()) text += ", ";
        text += c.name;
    }
    return text;
}

CsvHeader findHeader(const std::string& file, std::string_view text, std::span<const CsvColumn> expected) {
    std::size_t pos = byteOrderMarkLength(text);
    std::int64_t line = 1;
    while (pos < text.size()) {
        const char* begin = text.data() + pos;
        const void* nl = std::memchr(begin, '\n', text.size() - pos);
        const char* end = nl ? static_cast<const char*>(nl) : text.data() + text.size();
        const std::string_view content = withoutCarriageReturn(begin, end);
        const std::size_t next = static_cast<std::size_t>(end - text.data()) + (nl ? 1 : 0);
        if (!isBlankLine(content)) return {content, line, next};
        pos = next;
        ++line;
    }
    util::failAt(MessageCode::CsvEmptyFile, file, 0, {expectedColumnsText(expected)});
}

namespace {

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size() || b.empty()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

bool looksLikeNumber(std::string_view s) {
    s = trimSpaces(s);
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
}

std::string joined(const std::vector<std::string>& names) {
    std::string text;
    for (const auto& n : names) {
        if (!text.empty()) text += ", ";
        text += n;
    }
    return text;
}

} // namespace

std::vector<std::size_t> matchHeader(const std::string& file, const CsvHeader& header,
                                     std::span<const CsvColumn> expected) {
    std::string scratch;
    std::vector<FieldRange> ranges;
    tokenizeQuoted(header.text, scratch, ranges); // headers are short: the general tokenizer is fine
    const auto fieldText = [&](std::size_t f) { return std::string_view(scratch).substr(ranges[f].start, ranges[f].size); };
    const std::string expectedText = expectedColumnsText(expected);
    if (looksLikeNumber(fieldText(0))) util::failAt(MessageCode::CsvHeaderMissing, file, header.line, {expectedText});

    constexpr std::size_t kAbsent = static_cast<std::size_t>(-1);
    std::vector<std::size_t> columnField(expected.size(), kAbsent);
    std::vector<std::string> unknown;
    for (std::size_t f = 0; f < ranges.size(); ++f) {
        const std::string_view name = trimSpaces(fieldText(f));
        bool matched = false;
        for (std::size_t c = 0; c < expected.size(); ++c) {
            if (!equalsIgnoringCase(name, expected[c].name) && !equalsIgnoringCase(name, expected[c].alias)) continue;
            if (columnField[c] != kAbsent)
                util::failAt(MessageCode::CsvDuplicateColumn, file, header.line, {std::string(expected[c].name), expectedText});
            columnField[c] = f;
            matched = true;
        }
        if (!matched) unknown.push_back(name.empty() ? std::string("(empty)") : std::string(name));
    }
    std::vector<std::string> missing;
    for (std::size_t c = 0; c < expected.size(); ++c)
        if (columnField[c] == kAbsent) missing.emplace_back(expected[c].name);
    if (!missing.empty()) util::failAt(MessageCode::CsvMissingColumns, file, header.line, {joined(missing), expectedText});
    if (!unknown.empty()) util::failAt(MessageCode::CsvUnknownColumns, file, header.line, {joined(unknown), expectedText});
    return columnField;
}

} // namespace vitrina::data
