#include "abtest/Parametric.h"

#include <atomic>
#include <cmath>

#include "abtest/Assignment.h"
#include "stats/Checks.h"
#include "stats/Sampling.h"
#include "util/SystemInfo.h"

namespace vitrina::abtest {

using util::MessageCode;

std::vector<double> plantedRates(double baseline, double relativeLift, std::size_t arms) {
    std::vector<double> rates(arms, baseline * (1.0 + relativeLift));
    if (!rates.empty()) rates[0] = baseline;
    return rates;
}

void requireParametricOptions(const ParametricOptions& o) {
    if (o.rates.size() < 2)
        util::failParameter("rates", MessageCode::ParameterOutOfRange,
                            {"rates", std::to_string(o.rates.size()) + " arm(s)", "at least 2 arms"});
    for (const double r : o.rates)
        if (!(r > 0.0 && r < 1.0))
            util::failParameter("rates", MessageCode::ParameterOutOfRange, {"rates", stats::numberText(r), "(0, 1)"});
    if (!o.split.empty()) requireSplit(o.split, o.rates.size());
    if (o.days < 1 || o.days > 366)
        util::failParameter("days", MessageCode::ParameterOutOfRange, {"days", std::to_string(o.days), "[1, 366]"});
    const auto minimum = static_cast<std::int64_t>(2 * o.rates.size());
    if (o.visitors < minimum || o.visitors < o.days)
        util::failParameter("visitors", MessageCode::ParameterOutOfRange,
                            {"visitors", std::to_string(o.visitors),
                             "at least 2 per arm and 1 per day (" + std::to_string(std::max<std::int64_t>(minimum, o.days)) + ")"});
}

ExperimentData simulateParametric(const ParametricOptions& o, util::Rng& rng) {
    const std::size_t arms = o.rates.size();
    const auto shares = o.split.empty() ? equalSplit(arms) : o.split;
    ExperimentData data;
    data.mode = Mode::Parametric;
    data.dayCount = o.days;
    data.arms.resize(arms);
    for (std::size_t a = 0; a < arms; ++a) {
        data.arms[a].name = std::string(1, static_cast<char>('A' + std::min<std::size_t>(a, 25))); // A = control
        data.arms[a].plannedShare = shares[a];
        data.arms[a].trueRate = o.rates[a];
        data.arms[a].days.resize(static_cast<std::size_t>(o.days));
    }
    const auto days = static_cast<std::int64_t>(o.days);
    for (std::int64_t d = 0; d < days; ++d) {
        std::uint64_t remaining = static_cast<std::uint64_t>(o.visitors / days + (d < o.visitors % days ? 1 : 0));
        double remainingShare = 1.0;
        for (std::size_t a = 0; a < arms; ++a) {
            // Sequential binomials: a multinomial split of the day's arrivals.
            const std::uint64_t n =
                a + 1 == arms ? remaining
                              : stats::sampleBinomial(rng, remaining, std::min(1.0, shares[a] / remainingShare));
            remaining -= n;
            remainingShare -= shares[a];
            const std::uint64_t x = stats::sampleBinomial(rng, n, o.rates[a]);
            ArmDay& day = data.arms[a].days[static_cast<std::size_t>(d)];
            const ArmDay before = d > 0 ? data.arms[a].days[static_cast<std::size_t>(d - 1)] : ArmDay{};
            day.visitors = day.exposures = static_cast<std::int64_t>(n);
            day.converters = static_cast<std::int64_t>(x);
            day.cumVisitors = before.cumVisitors + day.visitors;
            day.cumExposures = before.cumExposures + day.exposures;
            day.cumConverters = before.cumConverters + day.converters;
        }
    }
    return data;
}

util::Result<ExperimentData> runParametric(const ParametricOptions& options) {
    return util::capture<ExperimentData>([&](std::vector<util::Message>&) {
        requireParametricOptions(options);
        util::Stopwatch watch;
        util::Rng rng(options.seed);
        ExperimentData data = simulateParametric(options, rng);
        data.seconds = watch.seconds();
        return data;
    });
}

util::Result<StudyResult> runParametricStudy(const StudyOptions& options, const util::Progress& progress) {
    return util::capture<StudyResult>([&](std::vector<util::Message>&) {
        requireParametricOptions(options.experiment);
        if (options.experiments < 1)
            util::failParameter("experiments", MessageCode::ParameterOutOfRange, {"experiments", "0", ">= 1"});
        if (options.threads < 1)
            util::failParameter("threads", MessageCode::ParameterOutOfRange,
                                {"threads", std::to_string(options.threads), ">= 1"});
        if (options.analysis.metric != Metric::Conversion)
            util::failParameter("metric", MessageCode::AbMetricUnavailable,
                                {metricName(options.analysis.metric), "the parametric simulator models conversions only"});
        util::Stopwatch watch;
        AnalysisOptions ao = options.analysis;
        const auto shares = options.experiment.split.empty() ? equalSplit(options.experiment.rates.size())
                                                             : options.experiment.split;
        // The plan: the control's true rate and its expected visitors.
        if (ao.plannedRate <= 0.0) ao.plannedRate = options.experiment.rates[0];
        if (ao.plannedVisitorsPerArm <= 0.0)
            ao.plannedVisitorsPerArm = static_cast<double>(options.experiment.visitors) * shares[0];
        const std::uint32_t n = options.experiments;
        std::vector<std::uint8_t> fixed(n), peeking(n), sequential(n), srm(n);
        std::vector<double> tau2(n, 0.0);
        std::atomic<std::uint32_t> done{0};
        util::parallelFor(n, options.threads, 64, [&](std::size_t t) {
            if ((t & 63) == 0) {
                progress.check();
                progress.set(static_cast<double>(done.load(std::memory_order_relaxed)) / n, "abtest.study");
            }
            util::Rng rng = util::Rng::forStream(options.experiment.seed, t);
            const ExperimentData data = simulateParametric(options.experiment, rng);
            // The verdict's rule (abtest/Analysis.h): each arm at alpha / (arms - 1), Bonferroni.
            const double armAlpha = comparisonAlpha(data, ao);
            for (std::size_t arm = 1; arm < data.arms.size(); ++arm) {
                double armTau2 = 0.0;
                const auto series = dailySeries(data, arm, ao, armTau2, SeriesOptions{.effects = false});
                fixed[t] |= series.back().fixedP <= armAlpha ? 1 : 0;
                if (arm == 1) {
                    tau2[t] = armTau2;
                    for (const auto& p : series) {
                        peeking[t] |= p.fixedP <= armAlpha ? 1 : 0;
                        sequential[t] |= p.alwaysValidP <= armAlpha ? 1 : 0;
                    }
                }
            }
            std::vector<std::int64_t> observed;
            for (const auto& arm : data.arms) observed.push_back(arm.last().cumVisitors);
            srm[t] = stats::sampleRatioMismatch(observed, shares).mismatch ? 1 : 0;
            done.fetch_add(1, std::memory_order_relaxed);
        });
        progress.check();
        const auto count = [](const std::vector<std::uint8_t>& v) {
            std::uint64_t c = 0;
            for (const auto x : v) c += x;
            return c;
        };
        StudyResult r;
        r.experiments = n;
        r.tau2 = tau2[0];
        r.fixedHorizon = stats::rejectionRate(count(fixed), n);
        r.dailyPeeking = stats::rejectionRate(count(peeking), n);
        r.sequential = stats::rejectionRate(count(sequential), n);
        r.srm = stats::rejectionRate(count(srm), n);
        r.seconds = watch.seconds();
        progress.set(1.0, "abtest.study");
        return r;
    });
}

} // namespace vitrina::abtest
