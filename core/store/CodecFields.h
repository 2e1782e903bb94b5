#pragma once
// Field writers and readers shared by the project's binary codecs (evaluations, ablations): intervals, string
// lists and messages, field by field (no struct is written whole: padding and layout stay out of the file).
#include <string>
#include <vector>

#include "stats/Distributions.h"
#include "util/Binary.h"
#include "util/Message.h"

namespace vitrina::store {

void put(util::ByteWriter& w, const stats::ConfidenceInterval& ci);
stats::ConfidenceInterval getInterval(util::ByteReader& r);
void putIntervals(util::ByteWriter& w, const std::vector<stats::ConfidenceInterval>& v);
/// A corrupt count fails on the first overrun.
std::vector<stats::ConfidenceInterval> getIntervals(util::ByteReader& r);
void putStrings(util::ByteWriter& w, const std::vector<std::string>& v);
std::vector<std::string> getStrings(util::ByteReader& r);
/// Codes travel by their stable dotted name, so a record survives new codes.
void putMessage(util::ByteWriter& w, const util::Message& m);
/// False for a code this build does not know (saved by a newer Vitrina): the caller drops that message.
bool getMessage(util::ByteReader& r, util::Message& m);

} // namespace vitrina::store
