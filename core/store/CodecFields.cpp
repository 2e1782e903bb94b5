#include "store/CodecFields.h"

#include <algorithm>

namespace vitrina::store {

using util::ByteReader;
using util::ByteWriter;

void put(ByteWriter& w, const stats::ConfidenceInterval& ci) {
    w.put(ci.lower);
    w.put(ci.upper);
}
stats::ConfidenceInterval getInterval(ByteReader& r) {
    stats::ConfidenceInterval ci;
    ci.lower = r.get<double>();
    ci.upper = r.get<double>();
    return ci;
}

void putIntervals(ByteWriter& w, const std::vector<stats::ConfidenceInterval>& v) {
    w.put<std::uint64_t>(v.size());
    for (const auto& ci : v) put(w, ci);
}
std::vector<stats::ConfidenceInterval> getIntervals(ByteReader& r) {
    const auto n = r.get<std::uint64_t>();
    std::vector<stats::ConfidenceInterval> v;
    for (std::uint64_t i = 0; i < n; ++i) v.push_back(getInterval(r)); // a corrupt n fails on the first overrun
    return v;
}

void putStrings(ByteWriter& w, const std::vector<std::string>& v) {
    w.put<std::uint64_t>(v.size());
    for (const auto& s : v) w.putString(s);
}
std::vector<std::string> getStrings(ByteReader& r) {
    const auto n = r.get<std::uint64_t>();
    std::vector<std::string> v;
    for (std::uint64_t i = 0; i < n; ++i) v.push_back(r.getString());
    return v;
}

void putMessage(ByteWriter& w, const util::Message& m) {
    w.putString(std::string(util::codeName(m.code)));
    w.put(static_cast<std::uint8_t>(m.severity));
    putStrings(w, m.args);
    w.putString(m.file);
    w.put(m.line);
    w.putString(m.parameter);
}
bool getMessage(ByteReader& r, util::Message& m) {
    const std::string name = r.getString();
    bool known = false;
    for (const util::MessageCode code : util::allMessageCodes())
        if (util::codeName(code) == name) {
            m.code = code;
            known = true;
        }
    m.severity = static_cast<util::Severity>(std::min<std::uint8_t>(r.get<std::uint8_t>(), 2));
    m.args = getStrings(r);
    m.file = r.getString();
    m.line = r.get<std::int64_t>();
    m.parameter = r.getString();
    return known;
}

} // namespace vitrina::store
