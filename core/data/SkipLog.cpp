#include "data/SkipLog.h"

#include <algorithm>
#include <string>

namespace vitrina::data {

SkippedRows& SkipLog::slot(util::MessageCode reason) {
    for (auto& r : reasons_)
        if (r.reason == reason) return r;
    SkippedRows& r = reasons_.emplace_back();
    r.reason = reason;
    return r;
}

void SkipLog::add(util::MessageCode reason, std::int64_t line) {
    SkippedRows& r = slot(reason);
    ++r.count;
    ++total_;
    if (r.firstLines.size() < kMaxLinesPerReason) r.firstLines.push_back(line);
}

void SkipLog::append(const SkipLog& later, std::int64_t lineOffset) {
    for (const auto& other : later.reasons_) {
        SkippedRows& r = slot(other.reason);
        r.count += other.count;
        for (const std::int64_t line : other.firstLines) {
            if (r.firstLines.size() >= kMaxLinesPerReason) break;
            r.firstLines.push_back(line + lineOffset);
        }
    }
    total_ += later.total_;
}

std::vector<SkippedRows> SkipLog::report() const {
    std::vector<SkippedRows> out = reasons_;
    std::stable_sort(out.begin(), out.end(), [](const SkippedRows& a, const SkippedRows& b) {
        const std::int64_t la = a.firstLines.empty() ? 0 : a.firstLines.front();
        const std::int64_t lb = b.firstLines.empty() ? 0 : b.firstLines.front();
        return la < lb;
    });
    return out;
}

std::string lineListText(const std::vector<std::int64_t>& lines) {
    std::string text;
    for (const std::int64_t line : lines) {
        if (!text.empty()) text += ", ";
        text += std::to_string(line);
    }
    return text;
}

} // namespace vitrina::data
