// The A/B page's verdict in words.
#include <QLabel>

#include <cmath>

#include "abtestpage/AbTestPage.h"
#include "common/Format.h"
#include "common/MessageText.h"

namespace vitrina::ui::abtestpage {

namespace ab = vitrina::abtest;

namespace {
QString pText(double p) { return p < 1e-4 ? QString::number(p, 'e', 1) : QString::number(p, 'f', 4); }
QString percent(double fraction) { return QString::number(100.0 * fraction, 'f', 2) + QStringLiteral(" %"); }
} // namespace

QString AbTestPage::composeVerdict() const {
    const ab::Analysis& a = run_->analysis;
    const auto name = [this](std::size_t arm) { return QString::fromStdString(run_->data.arms[arm].name); };
    QString headline;
    switch (a.overall) {
    case ab::Verdict::Better: headline = tr("Verdict: '%1' beats the control '%2'.").arg(name(a.bestArm), name(0)); break;
    case ab::Verdict::Worse: headline = tr("Verdict: the control '%1' is better.").arg(name(0)); break;
    case ab::Verdict::Inconclusive: headline = tr("Verdict: no significant difference."); break;
    case ab::Verdict::SampleRatioMismatch: headline = tr("Verdict: the test is not valid (sample ratio mismatch)."); break;
    }
    QStringList lines{QStringLiteral("<b style=\"font-size: large\">%1</b>").arg(headline.toHtmlEscaped())};
    for (const util::Message& m : a.messages) lines << common::MessageText::text(m).toHtmlEscaped();
    const double alpha = a.options.alpha;
    for (const ab::Comparison& c : a.comparisons) {
        if (c.metrics.empty() || c.series.empty()) continue;
        const ab::MetricResult& primary = c.metrics.front();
        const ab::DayPoint& last = c.series.back();
        switch (run_->setup.rule) {
        case ab::DecisionRule::FixedHorizon:
            lines << tr("'%1': fixed-horizon test (%2), p = %3, Holm-adjusted p = %4: %5. Valid when read once, at "
                        "the planned end.")
                         .arg(name(c.arm), QString::fromLatin1(primary.test), pText(primary.pValue), pText(c.primaryAdjustedP),
                              c.primaryAdjustedP <= alpha ? tr("significant") : tr("not significant"));
            break;
        case ab::DecisionRule::Sequential:
            lines << tr("'%1': always-valid p (mSPRT) = %2: %3 at alpha %4; looking every day was safe. Its "
                        "fixed-horizon p of the same data is %5.")
                         .arg(name(c.arm), pText(last.alwaysValidP),
                              last.alwaysValidP <= alpha ? tr("significant") : tr("not significant"),
                              QString::number(alpha), pText(last.fixedP));
            break;
        case ab::DecisionRule::Bayesian:
            if (c.bayesian)
                lines << tr("'%1': probability to beat the control %2; expected loss if you choose it %3, if you keep "
                            "the control %4 (absolute rate).")
                             .arg(name(c.arm), percent(c.bayesian->probabilityTreatmentBetter),
                                  percent(c.bayesian->expectedLossTreatment), percent(c.bayesian->expectedLossControl));
            else
                lines << tr("'%1': the Bayesian comparison exists for conversion and add-to-cart rates only.").arg(name(c.arm));
            break;
        }
    }
    for (const util::Message& m : run_->data.warnings) lines << common::MessageText::text(m).toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

} // namespace vitrina::ui::abtestpage
