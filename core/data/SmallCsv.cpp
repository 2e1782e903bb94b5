#include "data/SmallCsv.h"

#include <cstring>

#include "data/SkipLog.h"
#include "data/TextFile.h"

namespace vitrina::data {

void readSmallCsv(const std::string& path, std::span<const CsvColumn> expected, bool strict,
                  const util::Progress& progress, SourceFile& source, const RowHandler& handleRow) {
    const FileBytes file = FileBytes::read(path);
    source.path = path;
    source.bytes = file.stat().bytes;
    source.modifiedMs = file.stat().modifiedMs;
    const CsvHeader header = findHeader(path, file.view(), expected);
    const std::vector<std::size_t> column = matchHeader(path, header, expected);

    SkipLog skipped;
    CsvFields fields;
    std::string scratch;
    std::vector<std::string_view> values(expected.size());
    const char* p = file.data() + std::min(header.dataOffset, file.size());
    const char* end = file.data() + file.size();
    std::int64_t line = header.line;
    while (p < end) {
        const void* found = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
        const char* nl = found ? static_cast<const char*>(found) : end;
        const std::string_view text = withoutCarriageReturn(p, nl);
        p = nl + 1;
        ++line;
        if ((line & 0xFFF) == 0) progress.check();
        if (isBlankLine(text)) continue;
        ++source.rowsRead;
        RowOutcome outcome;
        splitCsvLine(text, fields, scratch);
        if (!found) {
            // The last line lacks its newline: a copy cut short ends like this, possibly inside a field whose
            // shortened value would still parse, so the row is reported instead of read.
            outcome = RowOutcome::skipped(util::MessageCode::CsvRowCutOff);
        } else if (fields.unclosedQuote) {
            outcome = RowOutcome::skipped(util::MessageCode::CsvUnclosedQuote);
        } else if (fields.count != expected.size()) {
            outcome = RowOutcome::skipped(util::MessageCode::CsvWrongFieldCount);
        } else {
            for (std::size_t c = 0; c < expected.size(); ++c) values[c] = fields.field[column[c]];
            outcome = handleRow(values, line);
        }
        if (outcome.kind == RowOutcome::Kind::Kept) ++source.rowsKept;
        if (outcome.kind != RowOutcome::Kind::Skipped) continue;
        if (strict) util::failAt(outcome.reason, path, line);
        skipped.add(outcome.reason, line);
    }
    source.skipped = skipped.report();
    progress.set(1.0);
}

} // namespace vitrina::data
