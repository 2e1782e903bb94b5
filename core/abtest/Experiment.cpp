#include "abtest/Experiment.h"

namespace vitrina::abtest {

std::string metricName(Metric metric) {
    switch (metric) {
    case Metric::Conversion: return "conversion";
    case Metric::AddToCart: return "addtocart";
    case Metric::Ctr: return "ctr";
    case Metric::Revenue: return "revenue";
    }
    return "?";
}

Metric parseMetric(const std::string& name) {
    for (int m = 0; m < kMetricCount; ++m)
        if (metricName(static_cast<Metric>(m)) == name) return static_cast<Metric>(m);
    util::failParameter("metric", util::MessageCode::ParameterBadChoice,
                        {"metric", name, "conversion, addtocart, ctr, revenue"});
}

stats::ProportionArm ArmData::proportion(Metric metric, std::size_t day) const {
    const ArmDay& d = days[day];
    return {metric == Metric::AddToCart ? d.cumCarters : d.cumConverters, d.cumVisitors};
}

bool ExperimentData::hasMetric(Metric metric) const {
    switch (metric) {
    case Metric::Conversion: return true;
    case Metric::AddToCart:
    case Metric::Ctr: return hasClicks;
    case Metric::Revenue: return hasRevenue;
    }
    return false;
}

} // namespace vitrina::abtest
