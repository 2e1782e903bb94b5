#pragma once
// Counting skipped rows per reason with the first line numbers of each, per thread chunk, then merged in
// chunk order with each chunk's line offset so the report is the same for any thread count.
#include <cstdint>
#include <vector>

#include "data/Dataset.h"
#include "util/Message.h"

namespace vitrina::data {

class SkipLog {
public:
    /// `line` is 1-based within the file, or chunk-local (fixed up by append()).
    void add(util::MessageCode reason, std::int64_t line);
    /// Adds a later chunk's counts, shifting its line numbers by `lineOffset`.
    void append(const SkipLog& later, std::int64_t lineOffset);
    std::uint64_t total() const { return total_; }
    bool empty() const { return total_ == 0; }
    /// One entry per reason, ordered by the first line where it occurred.
    std::vector<SkippedRows> report() const;
    const std::vector<SkippedRows>& entries() const { return reasons_; }

private:
    SkippedRows& slot(util::MessageCode reason);
    std::vector<SkippedRows> reasons_; // a handful of reasons: a linear search beats a map
    std::uint64_t total_ = 0;
};

/// "12, 15, 40" (what the warnings print for their first lines).
std::string lineListText(const std::vector<std::int64_t>& lines);

} // namespace vitrina::data
