#include "abtest/Aggregate.h"

#include <algorithm>

#include "util/Message.h"

namespace vitrina::abtest {

namespace {

struct VisitorTotals {
    std::uint32_t arm = 0;
    double exposures = 0.0;
    double clicks = 0.0;
    double revenue = 0.0;
    std::int32_t lastDay = -1;       ///< last day the visitor was counted as active
    std::int32_t lastConvertDay = -1;
    std::int32_t lastCartDay = -1;
    bool seen = false, converted = false, carted = false;
};

} // namespace

void aggregateOutcomes(std::span<const ListOutcome> outcomes, std::uint32_t visitorCount, ExperimentData& data) {
    const std::size_t arms = data.arms.size();
    const auto days = static_cast<std::size_t>(data.dayCount);
    // Outcomes by day (counting sort, stable), so that each day's updates run in the original order.
    std::vector<std::size_t> dayStart(days + 1, 0);
    for (const auto& o : outcomes) {
        if (o.day < 0 || static_cast<std::size_t>(o.day) >= days || o.arm >= arms || o.visitor >= visitorCount)
            util::fail(util::MessageCode::InternalError, {"list outcome outside the experiment's days, arms or visitors"});
        ++dayStart[static_cast<std::size_t>(o.day) + 1];
    }
    for (std::size_t d = 0; d < days; ++d) dayStart[d + 1] += dayStart[d];
    std::vector<std::size_t> byDay(outcomes.size());
    {
        std::vector<std::size_t> next(dayStart.begin(), dayStart.end() - 1);
        for (std::size_t i = 0; i < outcomes.size(); ++i) byDay[next[static_cast<std::size_t>(outcomes[i].day)]++] = i;
    }
    std::vector<VisitorTotals> visitors(visitorCount);
    for (auto& arm : data.arms) {
        arm.days.assign(days, ArmDay{});
        arm.fallbackLists = 0;
    }
    std::vector<ArmDay> running(arms);
    for (std::size_t d = 0; d < days; ++d) {
        const auto day = static_cast<std::int32_t>(d);
        std::vector<ArmDay> today(arms);
        for (std::size_t k = dayStart[d]; k < dayStart[d + 1]; ++k) {
            const ListOutcome& o = outcomes[byDay[k]];
            VisitorTotals& v = visitors[o.visitor];
            if (v.seen && v.arm != o.arm)
                util::fail(util::MessageCode::InternalError, {"a visitor appears in two arms"});
            ArmDay& t = today[o.arm];
            ArmDay& r = running[o.arm];
            v.arm = o.arm;
            if (!v.seen) ++r.cumVisitors;
            v.seen = true;
            if (v.lastDay != day) ++t.visitors;
            v.lastDay = day;
            ++t.exposures;
            t.clicks += o.click;
            t.revenue += o.revenue;
            v.exposures += 1.0;
            v.clicks += o.click;
            v.revenue += o.revenue;
            if (o.converted) {
                if (v.lastConvertDay != day) ++t.converters;
                v.lastConvertDay = day;
                if (!v.converted) ++r.cumConverters;
                v.converted = true;
            }
            if (o.carted) {
                if (v.lastCartDay != day) ++t.carters;
                v.lastCartDay = day;
                if (!v.carted) ++r.cumCarters;
                v.carted = true;
            }
            if (o.fallback) ++data.arms[o.arm].fallbackLists;
        }
        // Per-visitor sums over everyone seen so far, in slot order (exact and order-independent).
        std::vector<stats::RatioSums> ctr(arms);
        std::vector<double> revenueSum(arms, 0.0);
        for (const auto& v : visitors) {
            if (!v.seen) continue;
            auto& s = ctr[v.arm];
            ++s.units;
            s.numerator += v.clicks;
            s.denominator += v.exposures;
            s.numeratorSquares += v.clicks * v.clicks;
            s.denominatorSquares += v.exposures * v.exposures;
            s.crossProducts += v.clicks * v.exposures;
            revenueSum[v.arm] += v.revenue;
        }
        std::vector<double> revenueSquares(arms, 0.0);
        for (const auto& v : visitors) {
            if (!v.seen) continue;
            const double n = static_cast<double>(running[v.arm].cumVisitors);
            const double dev = v.revenue - revenueSum[v.arm] / n;
            revenueSquares[v.arm] += dev * dev;
        }
        for (std::size_t a = 0; a < arms; ++a) {
            ArmDay& r = running[a];
            const ArmDay& t = today[a];
            r.visitors = t.visitors;
            r.exposures = t.exposures;
            r.clicks = t.clicks;
            r.converters = t.converters;
            r.carters = t.carters;
            r.revenue = t.revenue;
            r.cumExposures += t.exposures;
            r.cumClicks += t.clicks;
            r.cumRevenue += t.revenue;
            r.cumCtr = ctr[a];
            const double n = static_cast<double>(r.cumVisitors);
            r.cumRevenueSummary.n = r.cumVisitors;
            r.cumRevenueSummary.mean = r.cumVisitors > 0 ? revenueSum[a] / n : 0.0;
            r.cumRevenueSummary.variance = r.cumVisitors > 1 ? revenueSquares[a] / (n - 1.0) : 0.0;
            data.arms[a].days[d] = r;
        }
    }
    for (auto& arm : data.arms) arm.revenuePerVisitor.clear();
    for (const auto& v : visitors)
        if (v.seen) data.arms[v.arm].revenuePerVisitor.push_back(v.revenue);
}

} // namespace vitrina::abtest
