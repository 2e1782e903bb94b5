#pragma once
// JSON forms of core results, shared by the CLI (stdout documents) and the GUI (JSON export).
#include <nlohmann/json.hpp>

#include "analytics/Funnel.h"
#include "analytics/Summary.h"
#include "data/Dataset.h"
#include "util/Message.h"

namespace vitrina::report {

/// A finite number as itself, NaN and infinities as null (JSON has no such numbers).
nlohmann::json number(double value);
nlohmann::json toJson(const util::Message& message);
nlohmann::json toJson(const std::vector<util::Message>& messages);
nlohmann::json toJson(const data::SourceFile& source);
/// Sizes, sources with their skipped rows, warnings and duplicates of an imported dataset.
nlohmann::json importReportJson(const data::Dataset& dataset);
nlohmann::json toJson(const analytics::CountDistribution& distribution, std::size_t maxHistogram = 64);
nlohmann::json toJson(const analytics::DatasetSummary& summary);
nlohmann::json toJson(const analytics::FunnelCounts& counts);
nlohmann::json toJson(const analytics::FunnelRow& row);
nlohmann::json toJson(const analytics::FunnelReport& report);
std::string_view slicingName(analytics::FunnelSlicing slicing);

} // namespace vitrina::report
