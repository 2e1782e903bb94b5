#pragma once
// The data of one simulated A/B test, whichever simulator made it (replay or parametric): per arm and per UTC
// day, the day's own counts and the cumulative counts up to and including the day, plus the per-visitor
// sufficient statistics the analysis needs (ratio sums for CTR, summaries of revenue per visitor) and, at the
// end, the per-visitor revenue values for the bootstrap. The unit of analysis is the visitor.
#include <cstdint>
#include <string>
#include <vector>

#include "stats/Proportions.h"
#include "util/Message.h"

namespace vitrina::abtest {

enum class Metric : std::uint8_t { Conversion, AddToCart, Ctr, Revenue };
inline constexpr int kMetricCount = 4;
/// "conversion", "addtocart", "ctr", "revenue".
std::string metricName(Metric metric);
/// Parses a metric name; fails naming the parameter "metric".
Metric parseMetric(const std::string& name);

/// One arm on one day.
struct ArmDay {
    // The day alone.
    std::int64_t visitors = 0;    ///< visitors shown at least one list that day
    std::int64_t exposures = 0;   ///< lists shown (one per session)
    double clicks = 0.0;          ///< position-discounted clicks
    std::int64_t converters = 0;  ///< visitors with a converting list that day
    std::int64_t carters = 0;     ///< visitors with a list leading to an addtocart that day
    double revenue = 0.0;
    // Cumulative up to and including the day (visitors counted once).
    std::int64_t cumVisitors = 0;
    std::int64_t cumExposures = 0;
    double cumClicks = 0.0;
    std::int64_t cumConverters = 0;
    std::int64_t cumCarters = 0;
    double cumRevenue = 0.0;
    stats::RatioSums cumCtr;              ///< per visitor: clicks / exposures
    stats::SampleSummary cumRevenueSummary; ///< revenue per visitor (n = cumVisitors)
};

struct ArmData {
    std::string name;                ///< "als", or "als#2" when the same model appears twice
    std::string model;               ///< model id ("" in parametric mode)
    double plannedShare = 0.0;
    double trueRate = -1.0;          ///< parametric mode: the planted conversion rate
    std::vector<ArmDay> days;        ///< one per experiment day
    std::vector<double> revenuePerVisitor; ///< at the end of the test, one per visitor (replay with prices)
    std::uint64_t fallbackLists = 0; ///< lists for visitors without history

    const ArmDay& last() const { return days.back(); }
    stats::ProportionArm proportion(Metric metric, std::size_t day) const;
};

enum class Mode : std::uint8_t { Replay, Parametric };

struct ExperimentData {
    Mode mode = Mode::Replay;
    std::int64_t startMs = 0;  ///< 00:00 UTC of the first day
    int dayCount = 0;
    std::vector<ArmData> arms; ///< arms[0] is the control
    bool hasClicks = false;    ///< CTR and addtocart rate exist (replay)
    bool hasRevenue = false;   ///< property 790 was loaded (replay)
    std::vector<util::Message> warnings;
    double seconds = 0.0;      ///< simulation time, training excluded
    double trainingSeconds = 0.0;

    bool hasMetric(Metric metric) const;
};

} // namespace vitrina::abtest
