#pragma once
// The row loop of the small files (category tree, names): read whole, header matched by name, rows handed
// over in the expected column order, skipped rows counted per reason, strict mode, a cut-off last row.
#include <functional>
#include <span>
#include <string>
#include <string_view>

#include "data/CsvLine.h"
#include "data/Dataset.h"
#include "util/Message.h"
#include "util/Progress.h"

namespace vitrina::data {

struct RowOutcome {
    enum class Kind : std::uint8_t { Kept, Ignored, Skipped };
    Kind kind = Kind::Kept;
    util::MessageCode reason{};

    static RowOutcome kept() { return {}; }
    /// A well-formed row the dataset has no use for (e.g. a name for an id that is not in the data).
    static RowOutcome ignored() { return {Kind::Ignored, {}}; }
    static RowOutcome skipped(util::MessageCode reason) { return {Kind::Skipped, reason}; }
};

/// `values[c]` is the text of expected column c; `line` is the 1-based file line.
using RowHandler = std::function<RowOutcome(std::span<const std::string_view> values, std::int64_t line)>;

/// Fills `source` (path, size, rows read and kept, skipped reasons); throws util::Error for file problems and,
/// in strict mode, at the first skipped row.
void readSmallCsv(const std::string& path, std::span<const CsvColumn> expected, bool strict,
                  const util::Progress& progress, SourceFile& source, const RowHandler& handleRow);

} // namespace vitrina::data
