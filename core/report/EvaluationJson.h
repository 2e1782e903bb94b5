#pragma once
// JSON forms of protocol splits and evaluation reports (vitrina-cli evaluate, the Models page's JSON export).
// Metric keys are "<metric>@<K>" ("ndcg@10"); NaN (undefined) is written as null.
#include <nlohmann/json.hpp>

#include "eval/Evaluator.h"

namespace vitrina::report {

nlohmann::json toJson(const eval::ProtocolOptions& options);
nlohmann::json toJson(const eval::ProtocolFacts& facts);
nlohmann::json toJson(const eval::ModelResult& model, const std::vector<int>& cutoffs, bool sessionProtocol);
nlohmann::json toJson(const eval::ComparisonResult& comparison);
nlohmann::json toJson(const eval::EvaluationReport& report, const eval::ProtocolOptions& options);

} // namespace vitrina::report
