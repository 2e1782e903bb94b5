#pragma once
// What the A/B page runs and shows: the set-up chosen in the form (saved with an experiment, so that it can be
// reopened) and the result of one run (the simulated data and its analysis), shared read-only with the charts.
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

#include <nlohmann/json.hpp>

#ifndef Q_MOC_RUN // moc cannot parse the X-macro enum in util/Message.h
#include "abtest/Analysis.h"
#include "abtest/Experiment.h"
#include "abtest/Parametric.h"
#include "abtest/Replay.h"
#endif

namespace vitrina::ui::abtestpage {

/// Which evidence the verdict leads with (the core's Holm-adjusted fixed-horizon verdict is always shown).
enum class DecisionRule : std::uint8_t { FixedHorizon, Sequential, Bayesian };

struct AbTestSetup {
    abtest::Mode mode = abtest::Mode::Parametric;
    std::vector<std::string> arms = {"popular", "itemknn"}; ///< replay: model ids, control first
    std::vector<nlohmann::json> armParams; ///< replay: each arm's model parameters, in arm order (may be short)
    bool aa = false;                 ///< replay: the control model (and its parameters) in every arm
    std::vector<double> split;       ///< planned shares; empty = equal
    int days = 14;
    std::int64_t visitors = 20000;   ///< parametric: total over arms and days
    int parametricArms = 2;
    double baseline = 0.05;          ///< parametric: control conversion rate
    double lift = 0.10;              ///< parametric: planted relative lift (0 = A/A)
    abtest::Metric metric = abtest::Metric::Conversion;
    double alpha = 0.05;
    double power = 0.8;
    DecisionRule rule = DecisionRule::FixedHorizon;
    std::uint64_t seed = 42;

    nlohmann::json toJson() const;
    /// Missing keys keep their defaults; wrong types throw nlohmann::json::exception.
    static AbTestSetup fromJson(const nlohmann::json& json);
};

struct AbTestRun {
    AbTestSetup setup;
    abtest::ExperimentData data;
    abtest::Analysis analysis;
};

/// The options the page gives the core for a set-up (also used by the test to recompute directly).
vitrina::abtest::AnalysisOptions analysisOptions(const AbTestSetup& setup, int threads);
vitrina::abtest::ParametricOptions parametricOptions(const AbTestSetup& setup);
vitrina::abtest::ReplayOptions replayOptions(const AbTestSetup& setup, int threads);

} // namespace vitrina::ui::abtestpage
