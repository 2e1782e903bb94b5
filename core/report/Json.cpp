#include "report/Json.h"

#include <algorithm>
#include <cmath>

namespace vitrina::report {

using nlohmann::json;

json number(double value) { return std::isfinite(value) ? json(value) : json(nullptr); }

json toJson(const util::Message& message) {
    json j{{"code", std::string(util::codeName(message.code))},
           {"severity", message.severity == util::Severity::Error     ? "error"
                        : message.severity == util::Severity::Warning ? "warning"
                                                                      : "info"},
           {"message", message.text()},
           {"args", message.args}};
    if (!message.file.empty()) j["file"] = message.file;
    if (message.line > 0) j["line"] = message.line;
    if (!message.parameter.empty()) j["parameter"] = message.parameter;
    return j;
}

json toJson(const std::vector<util::Message>& messages) {
    json out = json::array();
    for (const auto& m : messages) out.push_back(toJson(m));
    return out;
}

json toJson(const data::SourceFile& source) {
    json skipped = json::array();
    for (const auto& s : source.skipped) {
        skipped.push_back({{"reason", std::string(util::codeName(s.reason))},
                           {"text", util::formatArgs(util::codeEnglishFormat(s.reason), {})},
                           {"count", s.count},
                           {"first_lines", s.firstLines}});
    }
    json j{{"role", source.role},       {"path", source.path},         {"bytes", source.bytes},
           {"rows_read", source.rowsRead}, {"rows_kept", source.rowsKept}, {"skipped", skipped},
           {"official_release", source.officialRelease}};
    if (!source.sha256.empty()) j["sha256"] = source.sha256;
    return j;
}

json importReportJson(const data::Dataset& dataset) {
    json sources = json::array();
    for (const auto& s : dataset.sources) sources.push_back(toJson(s));
    return {{"name", dataset.name},
            {"events", dataset.events.size()},
            {"visitors", dataset.visitors.size()},
            {"items", dataset.items.size()},
            {"categories", dataset.categories.size()},
            {"duplicate_rows", dataset.duplicateRows},
            {"sources", sources},
            {"warnings", toJson(dataset.warnings)}};
}

json toJson(const analytics::CountDistribution& d, std::size_t maxHistogram) {
    json histogram = json::array();
    const std::size_t shown = std::min(d.histogram.size(), maxHistogram + 1);
    for (std::size_t k = 0; k < shown; ++k) histogram.push_back(d.histogram[k]);
    std::uint64_t tail = 0;
    for (std::size_t k = shown; k < d.histogram.size(); ++k) tail += d.histogram[k];
    return {{"units", d.units},
            {"mean", d.mean},
            {"median", d.median},
            {"p90", d.p90},
            {"p99", d.p99},
            {"max", d.max},
            {"share_exactly_one", d.shareExactlyOne},
            {"histogram", histogram},
            {"histogram_tail_above", shown > 0 ? shown - 1 : 0},
            {"histogram_tail_count", tail}};
}

json toJson(const analytics::DatasetSummary& s) {
    json perDay = json::array();
    for (const auto& d : s.eventsPerDay)
        perDay.push_back({{"day", analytics::dayKey(d.day * 86400000LL)},
                          {"view", d.byType[0]},
                          {"addtocart", d.byType[1]},
                          {"transaction", d.byType[2]}});
    return {{"events", s.events},
            {"events_by_type", {{"view", s.eventsByType[0]}, {"addtocart", s.eventsByType[1]},
                                {"transaction", s.eventsByType[2]}}},
            {"visitors", s.visitors},
            {"items", s.items},
            {"categories", s.categories},
            {"transactions", s.transactions},
            {"sessions", s.sessions},
            {"first", analytics::dayKey(s.firstMs)},
            {"last", analytics::dayKey(s.lastMs)},
            {"first_ms", s.firstMs},
            {"last_ms", s.lastMs},
            {"events_per_visitor", toJson(s.eventsPerVisitor)},
            {"events_per_session", toJson(s.eventsPerSession)},
            {"share_items_with_category", s.shareItemsWithCategory},
            {"share_items_with_properties", s.shareItemsWithProperties},
            {"sparsity", s.sparsity},
            {"duplicate_rows", s.duplicateRows},
            {"events_per_day", perDay}};
}

json toJson(const analytics::FunnelCounts& c) {
    return {{"view", c.stage[0]},
            {"addtocart", c.stage[1]},
            {"transaction", c.stage[2]},
            {"view_to_addtocart", c.stepConversion(1)},
            {"addtocart_to_transaction", c.stepConversion(2)},
            {"overall", c.overallConversion()},
            {"dropoff_view_to_addtocart", c.dropOff(1)},
            {"dropoff_addtocart_to_transaction", c.dropOff(2)}};
}

json toJson(const analytics::FunnelRow& row) {
    return {{"key", row.key},
            {"label", row.label},
            {"events", toJson(row[analytics::FunnelUnit::Events])},
            {"visitors", toJson(row[analytics::FunnelUnit::Visitors])},
            {"visitors_ordered_same_item", toJson(row[analytics::FunnelUnit::OrderedVisitors])},
            {"sessions", toJson(row[analytics::FunnelUnit::Sessions])}};
}

std::string_view slicingName(analytics::FunnelSlicing slicing) {
    switch (slicing) {
    case analytics::FunnelSlicing::None: return "none";
    case analytics::FunnelSlicing::TopCategory: return "category";
    case analytics::FunnelSlicing::Day: return "day";
    case analytics::FunnelSlicing::IsoWeek: return "week";
    case analytics::FunnelSlicing::ActivitySegment: return "segment";
    case analytics::FunnelSlicing::NewVsReturning: return "returning";
    }
    return "none";
}

namespace {
json quartilesJson(const analytics::DurationQuartiles& q) {
    return {{"visitors", q.count}, {"q1_ms", q.q1Ms}, {"median_ms", q.medianMs}, {"q3_ms", q.q3Ms}};
}
} // namespace

json toJson(const analytics::FunnelReport& r) {
    json slices = json::array();
    for (const auto& s : r.slices) slices.push_back(toJson(s));
    return {{"slicing", std::string(slicingName(r.slicing))},
            {"overall", toJson(r.overall)},
            {"slices", slices},
            {"time_view_to_addtocart", quartilesJson(r.viewToCart)},
            {"time_view_to_transaction", quartilesJson(r.viewToPurchase)},
            {"purchases_without_addtocart", r.purchasesWithoutCart},
            {"buyers_without_addtocart", r.buyersWithoutCart}};
}

} // namespace vitrina::report
