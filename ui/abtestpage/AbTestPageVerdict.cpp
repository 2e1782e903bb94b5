// The A/B page's verdict in words and its saved experiments (project artefacts of kind "abtest").
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>

#include <cmath>

#include "abtestpage/AbTestCharts.h"
#include "abtestpage/AbTestPage.h"
#include "common/Format.h"
#include "common/MessageText.h"
#include "stats/Significance.h"
#include "report/AbTestJson.h"
#include "session/ProjectSession.h"
#include "store/ProjectFile.h"

namespace vitrina::ui::abtestpage {

namespace ab = vitrina::abtest;

namespace {

const std::string kArtefactKind = "abtest";

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
    const auto name = [this](std::size_t arm) { return QString::fromStdString(run_->data.arms[arm].name); };
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
    const QString arm = QString::fromStdString(run_->data.arms[c.arm].name);
    const ab::Decision& d = c.decision;
    const double armAlpha = a.options.alpha / static_cast<double>(d.family);
    const ab::DayPoint& last = c.series.back();
    switch (run_->setup.rule) {
    case DecisionRule::FixedHorizon: {
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
    case DecisionRule::Sequential: {
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
    case DecisionRule::Bayesian:
        if (!c.bayesian) return tr("'%1': the Bayesian comparison exists for conversion and add-to-cart rates only.").arg(arm);
        return tr("'%1': probability to beat the control %2; expected loss if you choose it %3, if you keep the "
                  "control %4 (percentage points of the rate).")
            .arg(arm, common::formatPercent(c.bayesian->probabilityTreatmentBetter),
                 common::formatNumber(100.0 * c.bayesian->expectedLossTreatment, 2),
                 common::formatNumber(100.0 * c.bayesian->expectedLossControl, 2));
    }
    return {};
}

bool AbTestPage::saveExperiment(const QString& requestedName) {
    const auto project = context_.session.project();
    if (!project || !run_) {
        showError(project ? tr("Run an experiment first.") : tr("Save the project first: experiments are stored in it."));
        return false;
    }
    QString name = requestedName.trimmed();
    if (name.isEmpty()) {
        QStringList arms;
        for (const auto& arm : run_->data.arms) arms << QString::fromStdString(arm.name);
        name = arms.join(QStringLiteral(" vs ")) + QStringLiteral(", ") +
               QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
    }
    const nlohmann::json meta{{"setup", run_->setup.toJson()},
                              {"verdict", ab::verdictName(run_->analysis.overall)},
                              {"mode", run_->setup.mode == ab::Mode::Replay ? "replay" : "parametric"}};
    const std::string body =
        nlohmann::json{{"experiment", report::experimentJson(run_->data)},
                       {"analysis", report::toJson(run_->analysis, run_->data)}}.dump();
    try {
        project->putArtefact(kArtefactKind, name.toStdString(), meta,
                             std::span<const std::byte>(reinterpret_cast<const std::byte*>(body.data()), body.size()));
    } catch (const util::Error& e) {
        showError(tr("The experiment could not be saved: %1").arg(common::MessageText::text(e.message())));
        return false;
    }
    showError({});
    saveName_->clear();
    refreshSaved();
    return true;
}

QStringList AbTestPage::savedExperiments() const {
    QStringList names;
    for (int i = 0; i < saved_->count(); ++i) names << saved_->item(i)->data(Qt::UserRole).toString();
    return names;
}

void AbTestPage::refreshSaved() {
    saved_->clear();
    const auto project = context_.session.project();
    if (!project) {
        saved_->setToolTip(tr("Save the project to keep experiments in it."));
        return;
    }
    saved_->setToolTip({});
    std::vector<store::ArtefactInfo> list;
    try {
        list = project->listArtefacts(kArtefactKind);
    } catch (const util::Error& e) {
        showError(common::MessageText::text(e.message()));
        return;
    }
    for (const store::ArtefactInfo& info : list) {
        const QString name = QString::fromStdString(info.name);
        const QString verdict = QString::fromStdString(info.meta.value("verdict", std::string()));
        auto* item = new QListWidgetItem(verdict.isEmpty() ? name : QStringLiteral("%1 [%2]").arg(name, verdict), saved_);
        item->setData(Qt::UserRole, name);
        item->setToolTip(common::formatUtcTime(info.savedMs));
    }
}

bool AbTestPage::reopenExperiment(const QString& name) {
    const auto project = context_.session.project();
    if (!project) return false;
    try {
        const auto info = project->artefactInfo(kArtefactKind, name.toStdString());
        if (!info || !info->meta.contains("setup")) {
            showError(tr("The saved experiment \"%1\" has no set-up.").arg(name));
            return false;
        }
        setSetup(AbTestSetup::fromJson(info->meta.at("setup")));
    } catch (const std::exception& e) {
        showError(tr("The saved experiment \"%1\" cannot be read: %2").arg(name, QString::fromUtf8(e.what())));
        return false;
    }
    return runExperiment();
}

} // namespace vitrina::ui::abtestpage
