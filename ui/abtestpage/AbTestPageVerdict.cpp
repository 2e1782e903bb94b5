// The A/B page's verdict in words and its saved experiments (project artefacts of kind "abtest").
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>

#include <cmath>

#include "abtestpage/AbTestPage.h"
#include "common/Format.h"
#include "common/MessageText.h"
#include "report/AbTestJson.h"
#include "session/ProjectSession.h"
#include "store/Artefact.h"
#include "store/ProjectFile.h"

namespace vitrina::ui::abtestpage {

namespace ab = vitrina::abtest;

namespace {
const std::string kArtefactKind = "abtest";
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
        case DecisionRule::FixedHorizon:
            lines << tr("'%1': fixed-horizon test (%2), p = %3, Holm-adjusted p = %4: %5. Valid when read once, at "
                        "the planned end.")
                         .arg(name(c.arm), QString::fromLatin1(primary.test), pText(primary.pValue), pText(c.primaryAdjustedP),
                              c.primaryAdjustedP <= alpha ? tr("significant") : tr("not significant"));
            break;
        case DecisionRule::Sequential:
            lines << tr("'%1': always-valid p (mSPRT) = %2: %3 at alpha %4; looking every day was safe. Its "
                        "fixed-horizon p of the same data is %5.")
                         .arg(name(c.arm), pText(last.alwaysValidP),
                              last.alwaysValidP <= alpha ? tr("significant") : tr("not significant"),
                              QString::number(alpha), pText(last.fixedP));
            break;
        case DecisionRule::Bayesian:
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
