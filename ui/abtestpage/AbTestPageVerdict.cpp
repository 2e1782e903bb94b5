// The A/B page's verdict in words.
#include <QLabel>
#include <QLocale>

#include <cmath>

#include "abtestpage/AbTestCharts.h"
#include "abtestpage/AbTestPage.h"
#include "common/ModelNames.h"
#include "common/Format.h"
#include "common/MessageText.h"
#include "stats/Significance.h"

namespace vitrina::ui::abtestpage {

namespace ab = vitrina::abtest;

namespace {

/// The unit an effect of `metric` is shown in: rates and relative lifts as percentages.
common::EstimateUnit differenceUnit(ab::Metric metric) {
    return ab::isRate(metric) ? common::EstimateUnit::PercentagePoints : common::EstimateUnit::Plain;
}

} // namespace

QString AbTestPage::effectText(const ab::Effect& e, ab::Metric metric) const {
    if (e.liftDefined) {
        const common::EstimateTexts t = common::formatEstimate(e.lift, e.liftInterval, common::EstimateUnit::Percent);
        return tr("relative lift %1 (%2 interval %3 to %4)").arg(t.value, common::formatLevel(e.level), t.lower, t.upper);
    }
    const common::EstimateTexts t = common::formatEstimate(e.difference, e.differenceInterval, differenceUnit(metric));
    return tr("difference %1 (%2 interval %3 to %4)").arg(t.value, common::formatLevel(e.level), t.lower, t.upper);
}

QString AbTestPage::composeVerdict() const {
    const ab::Analysis& a = run_->analysis;
    const ab::Metric metric = a.options.metric;
    const auto name = [this](std::size_t arm) { return common::armDisplayName(QString::fromStdString(run_->data.arms[arm].name)); };
    QString headline;
    switch (a.overall) {
    case ab::Verdict::Better: headline = tr("Verdict: '%1' beats the control '%2'.").arg(name(a.bestArm), name(0)); break;
    case ab::Verdict::Worse: headline = tr("Verdict: the control '%1' is better.").arg(name(0)); break;
    case ab::Verdict::Inconclusive: headline = tr("Verdict: no significant difference."); break;
    case ab::Verdict::SampleRatioMismatch: headline = tr("Verdict: the test is not valid (sample ratio mismatch)."); break;
    }
    QStringList lines{QStringLiteral("<b style=\"font-size: large\">%1</b>").arg(headline.toHtmlEscaped())};
    const double alpha = a.options.alpha;
    if (!a.comparisons.empty() && a.comparisons.front().decision.family > 1) {
        const ab::Decision& d = a.comparisons.front().decision;
        lines << tr("%n treatment arm(s) share the control: each p-value below is multiplied by %n (Bonferroni) "
                    "and its intervals are at %1, so that each verdict and its interval agree.",
                    nullptr, static_cast<int>(d.family))
                     .arg(common::formatLevel(d.level)).toHtmlEscaped();
    }
    for (const ab::Comparison& c : a.comparisons) {
        if (c.metrics.empty() || c.series.empty()) continue;
        const ab::Decision& d = c.decision;
        const QString effect = effectText(d.effect, metric);
        const QString p = common::formatPValue(d.adjustedP, alpha);
        QString line;
        switch (c.verdict) {
        case ab::Verdict::Better:
            line = tr("'%1' beats the control '%2' (%3): %4, p = %5.").arg(name(c.arm), name(0), metricShortName(metric), effect, p);
            break;
        case ab::Verdict::Worse:
            line = tr("'%1' is worse than the control '%2' (%3): %4, p = %5.").arg(name(c.arm), name(0), metricShortName(metric), effect, p);
            break;
        case ab::Verdict::SampleRatioMismatch:
            line = tr("'%1' against the control '%2' (%3): %4, p = %5; not interpreted: the split is broken.")
                       .arg(name(c.arm), name(0), metricShortName(metric), effect, p);
            break;
        case ab::Verdict::Inconclusive:
            line = tr("'%1' against the control '%2' (%3): %4, p = %5: not significant.")
                       .arg(name(c.arm), name(0), metricShortName(metric), effect, p);
            if (std::isfinite(c.detectableLift))
                line += QLatin1Char(' ') + tr("With this traffic the test detects a relative lift of about %1 with "
                                              "%2 power.")
                                               .arg(common::formatPercentRounded(c.detectableLift),
                                                    common::formatLevel(a.options.power));
            break;
        }
        lines << line.toHtmlEscaped();
        if (!d.effect.liftDefined)
            lines << (ab::isRate(metric)
                          ? tr("The control '%1' has no converting visitor: a relative lift against it is undefined, "
                               "so the difference is given instead.").arg(name(0))
                          : tr("The control's %1 is not distinguishable from zero: a relative lift against it would "
                               "have no bounded interval, so the difference is given instead.").arg(metricShortName(metric)))
                         .toHtmlEscaped();
        lines << decisionRuleLine(c).toHtmlEscaped();
    }
    for (const util::Message& m : a.messages)
        if (m.code == util::MessageCode::AbVerdictSampleRatioMismatch) lines.insert(1, common::MessageText::text(m).toHtmlEscaped());
    for (const util::Message& m : run_->data.warnings) lines << common::MessageText::text(m).toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

QString AbTestPage::decisionRuleLine(const ab::Comparison& c) const {
    const ab::Analysis& a = run_->analysis;
    const QString arm = common::armDisplayName(QString::fromStdString(run_->data.arms[c.arm].name));
    const ab::Decision& d = c.decision;
    const double armAlpha = a.options.alpha / static_cast<double>(d.family);
    const ab::DayPoint& last = c.series.back();
    switch (run_->setup.rule) {
    case ab::DecisionRule::FixedHorizon: {
        QString line = tr("'%1': fixed-horizon score test (pooled z), valid when read once at the planned end.").arg(arm);
        // The bootstrap of the same comparison at the same level, as a check.
        if (c.bootstrap) {
            const bool lift = d.effect.liftDefined && std::isfinite(c.bootstrap->relativeLift.interval.lower);
            const stats::ConfidenceInterval& ci = lift ? c.bootstrap->relativeLift.interval : c.bootstrap->difference.interval;
            if (std::isfinite(ci.lower) && std::isfinite(ci.upper)) {
                const common::EstimateTexts t = common::formatEstimate(
                    lift ? c.bootstrap->relativeLift.estimate : c.bootstrap->difference.estimate, ci,
                    lift ? common::EstimateUnit::Percent : differenceUnit(a.options.metric));
                const bool agrees = stats::excludesZero(ci) == d.significant;
                line += QLatin1Char(' ') + (agrees ? tr("Check: the bootstrap percentile interval, %1 to %2, agrees.")
                                                   : tr("Check: the bootstrap percentile interval, %1 to %2, does not "
                                                        "agree: the result rests on few events, read it with care."))
                                               .arg(t.lower, t.upper);
            }
        }
        return line;
    }
    case ab::DecisionRule::Sequential: {
        const bool significant = last.alwaysValidP <= armAlpha;
        QString line = tr("'%1': always-valid p (mSPRT) = %2: %3 at alpha %4; looking every day was safe. Its "
                          "fixed-horizon p of the same data is %5.")
                           .arg(arm, common::formatPValue(last.alwaysValidP, armAlpha),
                                significant ? tr("significant") : tr("not significant"),
                                QLocale().toString(armAlpha, 'g', 3), common::formatPValue(last.fixedP, armAlpha));
        if (significant != d.significant)
            line += QLatin1Char(' ') + tr("This disagrees with the fixed-horizon verdict above, which holds only if "
                                          "the data was read once, at the planned end.");
        return line;
    }
    case ab::DecisionRule::Bayesian:
        if (!c.bayesian) return tr("'%1': the Bayesian comparison exists for conversion and add-to-cart rates only.").arg(arm);
        return tr("'%1': probability to beat the control %2; expected loss if you choose it %3, if you keep the "
                  "control %4 (percentage points of the rate).")
            .arg(arm, common::formatPercent(c.bayesian->probabilityTreatmentBetter),
                 common::formatNumber(100.0 * c.bayesian->expectedLossTreatment, 2),
                 common::formatNumber(100.0 * c.bayesian->expectedLossControl, 2));
    }
    return {};
}

} // namespace vitrina::ui::abtestpage
