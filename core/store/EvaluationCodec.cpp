#include "store/EvaluationCodec.h"

#include <algorithm>
#include <string>

#include <nlohmann/json.hpp>

#include "models/ParamsJson.h"
#include "store/CodecFields.h"
#include "util/Binary.h"

namespace vitrina::store {
namespace {

using util::ByteReader;
using util::ByteWriter;

constexpr std::uint32_t kMagic = 0x52564556; // "VEVR"

// Writers and readers, field by field (no struct is written whole: padding and layout stay out of the file).
void putFacts(ByteWriter& w, const eval::ProtocolFacts& f) {
    for (const std::int64_t v : {f.trainEndMs, f.testBeginMs, f.testEndMs}) w.put(v);
    for (const std::uint64_t v : {f.trainEvents, f.testEvents, f.targetEvents, f.listsBeforeSampling,
                                  f.listsWithoutHistory, f.droppedByMinVisitorEvents, f.relevantItems,
                                  f.relevantWithoutTraining, f.trainSessions, f.testSessions, f.predictions,
                                  f.filterRounds})
        w.put(v);
}
eval::ProtocolFacts getFacts(ByteReader& r) {
    eval::ProtocolFacts f;
    for (std::int64_t* v : {&f.trainEndMs, &f.testBeginMs, &f.testEndMs}) *v = r.get<std::int64_t>();
    for (std::uint64_t* v : {&f.trainEvents, &f.testEvents, &f.targetEvents, &f.listsBeforeSampling,
                             &f.listsWithoutHistory, &f.droppedByMinVisitorEvents, &f.relevantItems,
                             &f.relevantWithoutTraining, &f.trainSessions, &f.testSessions, &f.predictions,
                             &f.filterRounds})
        *v = r.get<std::uint64_t>();
    return f;
}

template <std::size_t N> void putTable(ByteWriter& w, const std::array<std::vector<double>, N>& table) {
    for (const auto& row : table) w.putVector(row);
}
template <std::size_t N> void getTable(ByteReader& r, std::array<std::vector<double>, N>& table) {
    for (auto& row : table) row = r.getVector<double>();
}

void putSummary(ByteWriter& w, const eval::MetricSummary& s) {
    w.putVector(s.cutoffs);
    for (const std::uint64_t v : {s.lists, s.listsWithRelevant, s.listsWithoutRelevant, s.emptyLists, s.fullRankLists})
        w.put(v);
    putTable(w, s.mean);
    w.putVector(s.coverage);
    w.putVector(s.gini);
    w.put(s.rrFull);
}
eval::MetricSummary getSummary(ByteReader& r) {
    eval::MetricSummary s;
    s.cutoffs = r.getVector<int>();
    for (std::uint64_t* v : {&s.lists, &s.listsWithRelevant, &s.listsWithoutRelevant, &s.emptyLists, &s.fullRankLists})
        *v = r.get<std::uint64_t>();
    getTable(r, s.mean);
    s.coverage = r.getVector<double>();
    s.gini = r.getVector<double>();
    s.rrFull = r.get<double>();
    return s;
}

void putSegment(ByteWriter& w, const eval::SegmentResult& s) {
    w.putString(s.kind);
    w.putString(s.name);
    w.put(s.lists);
    putTable(w, s.means);
    w.put(s.focus.count);
    w.put(s.focus.mean);
    w.put(s.focus.standardDeviation);
    put(w, s.focus.interval);
}
eval::SegmentResult getSegment(ByteReader& r) {
    eval::SegmentResult s;
    s.kind = r.getString();
    s.name = r.getString();
    s.lists = r.get<std::uint64_t>();
    getTable(r, s.means);
    s.focus.count = r.get<std::uint64_t>();
    s.focus.mean = r.get<double>();
    s.focus.standardDeviation = r.get<double>();
    s.focus.interval = getInterval(r);
    return s;
}

void putModel(ByteWriter& w, const eval::ModelResult& m) {
    w.putString(m.id);
    w.putString(models::toJson(m.params).dump());
    for (const double v : {m.fitSeconds, m.evalSeconds, m.fitCpuSeconds, m.evalCpuSeconds}) w.put(v);
    w.put(m.memoryBytes);
    putSummary(w, m.summary);
    for (const auto& row : m.intervals) putIntervals(w, row);
    w.putVector(m.nextItem.cutoffs);
    w.put(m.nextItem.predictions);
    w.put(m.nextItem.sessions);
    w.putVector(m.nextItem.hitRate);
    w.putVector(m.nextItem.mrr);
    w.put<std::uint64_t>(m.segments.size());
    for (const auto& s : m.segments) putSegment(w, s);
    w.putVector(m.comparisonValues);
    w.putVector(m.focusValues);
    w.putVector(m.recs);
    w.putVector(m.recCounts);
    w.putVector(m.recRanks);
}
eval::ModelResult getModel(ByteReader& r) {
    eval::ModelResult m;
    m.id = r.getString();
    const nlohmann::json params = nlohmann::json::parse(r.getString(), nullptr, false);
    if (params.is_discarded() || !params.is_object())
        util::fail(util::MessageCode::InternalError, {"unreadable model parameters"});
    m.params = models::paramValuesFromJson(params, m.id);
    for (double* v : {&m.fitSeconds, &m.evalSeconds, &m.fitCpuSeconds, &m.evalCpuSeconds}) *v = r.get<double>();
    m.memoryBytes = r.get<std::uint64_t>();
    m.summary = getSummary(r);
    for (auto& row : m.intervals) row = getIntervals(r);
    m.nextItem.cutoffs = r.getVector<int>();
    m.nextItem.predictions = r.get<std::uint64_t>();
    m.nextItem.sessions = r.get<std::uint64_t>();
    m.nextItem.hitRate = r.getVector<double>();
    m.nextItem.mrr = r.getVector<double>();
    const auto segments = r.get<std::uint64_t>();
    for (std::uint64_t i = 0; i < segments; ++i) m.segments.push_back(getSegment(r));
    m.comparisonValues = r.getVector<float>();
    m.focusValues = r.getVector<float>();
    m.recs = r.getVector<data::ItemIndex>();
    m.recCounts = r.getVector<std::uint16_t>();
    m.recRanks = r.getVector<std::uint32_t>();
    return m;
}

void putComparison(ByteWriter& w, const eval::ComparisonResult& c) {
    w.putString(c.subset);
    w.putString(c.metric);
    putStrings(w, c.models);
    w.put(c.lists);
    w.put<std::uint8_t>(c.computed ? 1 : 0);
    const stats::SignificanceMatrix& m = c.matrix;
    w.put<std::uint64_t>(m.models);
    w.put(m.lists);
    w.putVector(m.means);
    w.put(static_cast<std::uint8_t>(m.bootstrapMethod));
    w.put(m.alpha);
    w.put(m.intervalLevel);
    w.put(m.resamples);
    w.put<std::uint64_t>(m.entries.size());
    for (const auto& e : m.entries) {
        w.put<std::uint64_t>(e.first);
        w.put<std::uint64_t>(e.second);
        w.put(e.meanDifference);
        put(w, e.bootstrapInterval);
        for (const double v : {e.wilcoxonP, e.wilcoxonPHolm, e.tTestP, e.cohensDz}) w.put(v);
        w.put<std::uint8_t>(e.significant ? 1 : 0);
        w.put<std::uint8_t>(e.wilcoxonSignificant ? 1 : 0);
    }
}
/// Version 1 stored unadjusted 95 % intervals and a flag from the Holm-corrected Wilcoxon p: read as such (the
/// level says 95 %, the flag follows the interval, the Wilcoxon flag is the stored one).
eval::ComparisonResult getComparison(ByteReader& r, std::uint32_t version) {
    eval::ComparisonResult c;
    c.subset = r.getString();
    c.metric = r.getString();
    c.models = getStrings(r);
    c.lists = r.get<std::uint64_t>();
    c.computed = r.get<std::uint8_t>() != 0;
    stats::SignificanceMatrix& m = c.matrix;
    m.models = static_cast<std::size_t>(r.get<std::uint64_t>());
    m.lists = r.get<std::uint64_t>();
    m.means = r.getVector<double>();
    m.bootstrapMethod = static_cast<stats::ResamplingMethod>(std::min<std::uint8_t>(r.get<std::uint8_t>(), 2));
    if (version >= 2) {
        m.alpha = r.get<double>();
        m.intervalLevel = r.get<double>();
        m.resamples = r.get<std::uint32_t>();
    }
    const auto entries = r.get<std::uint64_t>();
    for (std::uint64_t i = 0; i < entries; ++i) {
        stats::MatrixEntry e;
        e.first = static_cast<std::size_t>(r.get<std::uint64_t>());
        e.second = static_cast<std::size_t>(r.get<std::uint64_t>());
        if (e.first >= m.models || e.second >= m.models)
            util::fail(util::MessageCode::InternalError, {"a comparison names a model out of range"});
        e.meanDifference = r.get<double>();
        e.bootstrapInterval = getInterval(r);
        for (double* v : {&e.wilcoxonP, &e.wilcoxonPHolm, &e.tTestP, &e.cohensDz}) *v = r.get<double>();
        if (version >= 2) {
            e.significant = r.get<std::uint8_t>() != 0;
            e.wilcoxonSignificant = r.get<std::uint8_t>() != 0;
        } else {
            e.wilcoxonSignificant = r.get<std::uint8_t>() != 0;
            e.significant = stats::excludesZero(e.bootstrapInterval);
        }
        m.entries.push_back(e);
    }
    if (m.means.size() != m.models || c.models.size() != m.models)
        util::fail(util::MessageCode::InternalError, {"a comparison's model count does not match"});
    return c;
}

} // namespace

std::vector<std::byte> encodeReport(const eval::EvaluationReport& report) {
    ByteWriter w;
    w.put(kMagic);
    w.put<std::uint32_t>(kEvaluationCodecVersion);
    w.putString(report.protocol);
    w.putString(report.mode);
    putFacts(w, report.facts);
    w.putVector(report.cutoffs);
    w.put(report.lists);
    w.put(report.focusLists);
    w.putString(report.comparisonMetric);
    w.put<std::uint64_t>(report.models.size());
    for (const auto& m : report.models) putModel(w, m);
    w.put<std::uint64_t>(report.comparisons.size());
    for (const auto& c : report.comparisons) putComparison(w, c);
    w.put<std::uint64_t>(report.warnings.size());
    for (const auto& m : report.warnings) putMessage(w, m);
    w.put(report.protocolSeconds);
    w.put(report.totalSeconds);
    w.put(report.peakResidentBytes);
    return w.take();
}

eval::EvaluationReport decodeReport(std::span<const std::byte> bytes) {
    ByteReader r(bytes);
    if (r.get<std::uint32_t>() != kMagic) util::fail(util::MessageCode::InternalError, {"not an evaluation report"});
    const auto version = r.get<std::uint32_t>();
    if (version < 1 || version > kEvaluationCodecVersion)
        util::fail(util::MessageCode::InternalError, {"evaluation report format " + std::to_string(version)});
    eval::EvaluationReport report;
    report.protocol = r.getString();
    report.mode = r.getString();
    report.facts = getFacts(r);
    report.cutoffs = r.getVector<int>();
    report.lists = r.get<std::uint64_t>();
    report.focusLists = r.get<std::uint64_t>();
    report.comparisonMetric = r.getString();
    const auto models = r.get<std::uint64_t>();
    for (std::uint64_t i = 0; i < models; ++i) report.models.push_back(getModel(r));
    const auto comparisons = r.get<std::uint64_t>();
    for (std::uint64_t i = 0; i < comparisons; ++i) report.comparisons.push_back(getComparison(r, version));
    const auto warnings = r.get<std::uint64_t>();
    for (std::uint64_t i = 0; i < warnings; ++i) {
        util::Message m;
        if (getMessage(r, m)) report.warnings.push_back(std::move(m));
    }
    report.protocolSeconds = r.get<double>();
    report.totalSeconds = r.get<double>();
    report.peakResidentBytes = r.get<std::uint64_t>();
    if (!r.atEnd()) util::fail(util::MessageCode::InternalError, {"trailing bytes after the evaluation report"});
    return report;
}

} // namespace vitrina::store
