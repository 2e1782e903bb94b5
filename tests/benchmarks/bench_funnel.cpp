// Every funnel slicing on a full-size dataset (issue 2: each at most 0.5 s), plus sessions and the summary.
//   bench_funnel [project.vitrina] [--runs N]
// Without a project it builds a synthetic full-size dataset in memory (2.76 M events, 1.41 M visitors).
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "../support/SyntheticDataset.h"
#include "analytics/Funnel.h"
#include "analytics/Summary.h"
#include "analytics/VisitorState.h"
#include "data/Sessions.h"
#include "store/ProjectFile.h"
#include "util/SystemInfo.h"

using namespace vitrina;

namespace {

template <class Fn> nlohmann::json timeIt(int runs, Fn&& fn) {
    std::vector<double> t;
    for (int r = 0; r < runs; ++r) {
        util::Stopwatch watch;
        fn();
        t.push_back(watch.seconds());
    }
    std::vector<double> sorted = t;
    std::sort(sorted.begin(), sorted.end());
    return {{"best_s", sorted.front()}, {"median_s", sorted[sorted.size() / 2]}, {"max_s", sorted.back()}};
}

const char* slicingName(analytics::FunnelSlicing s) {
    switch (s) {
    case analytics::FunnelSlicing::None: return "none";
    case analytics::FunnelSlicing::TopCategory: return "category";
    case analytics::FunnelSlicing::Day: return "day";
    case analytics::FunnelSlicing::IsoWeek: return "week";
    case analytics::FunnelSlicing::ActivitySegment: return "segment";
    case analytics::FunnelSlicing::NewVsReturning: return "returning";
    }
    return "?";
}

} // namespace

int main(int argc, char** argv) {
    std::string project;
    int runs = 5;
    for (int k = 1; k < argc; ++k) {
        const std::string a = argv[k];
        if (a == "--runs" && k + 1 < argc) runs = std::max(1, std::atoi(argv[++k]));
        else project = a;
    }
    data::Dataset dataset;
    nlohmann::json doc;
    if (project.empty()) {
        dataset = test::syntheticDataset(test::SyntheticShape{}, 20150503);
        doc["source"] = "synthetic full-size (tests/support/SyntheticDataset.h)";
    } else {
        auto loaded = store::loadDatasetFrom(project, {});
        if (!loaded) {
            std::fprintf(stderr, "%s\n", loaded.error ? loaded.error->text().c_str() : "cancelled");
            return 2;
        }
        dataset = std::move(*loaded.value);
        doc["source"] = project;
    }
    doc["events"] = dataset.events.size();
    doc["visitors"] = dataset.visitors.size();

    data::SessionIndex sessions;
    doc["sessions_s"] = timeIt(runs, [&] { sessions = data::buildSessions(dataset.events); });
    doc["sessions"] = sessions.size();
    doc["summary_s"] = timeIt(runs, [&] { (void)analytics::summarize(dataset, sessions); });

    const analytics::FunnelSlicing all[] = {analytics::FunnelSlicing::None,    analytics::FunnelSlicing::TopCategory,
                                            analytics::FunnelSlicing::Day,     analytics::FunnelSlicing::IsoWeek,
                                            analytics::FunnelSlicing::ActivitySegment,
                                            analytics::FunnelSlicing::NewVsReturning};
    nlohmann::json funnels, filtered;
    for (const auto slicing : all) {
        analytics::FunnelReport last;
        funnels[slicingName(slicing)] = timeIt(runs, [&] { last = analytics::computeFunnel(dataset, sessions, slicing); });
        funnels[slicingName(slicing)]["slices"] = last.slices.size();
        const analytics::FunnelFilter heavyReturning{static_cast<int>(analytics::ActivitySegment::Heavy), 1};
        filtered[slicingName(slicing)] =
            timeIt(runs, [&] { last = analytics::computeFunnel(dataset, sessions, slicing, heavyReturning); });
    }
    doc["funnel"] = funnels;
    doc["funnel_filtered_heavy_returning"] = filtered;
    doc["peak_rss_bytes"] = util::peakResidentBytes();
    std::printf("%s\n", doc.dump(2).c_str());
    return 0;
}
