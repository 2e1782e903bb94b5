#include "modelspage/AblationPanel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QPushButton>
#include <QSplitter>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "app/Page.h"
#include "common/ModelNames.h"
#include "common/ChartPanel.h"
#include "common/ChartStyle.h"
#include "common/Format.h"
#include "common/MessageText.h"
#include "common/TablePanel.h"
#include "jobs/JobProgressWidget.h"
#include "modelspage/ModelPicker.h"
#include "modelspage/ProtocolEditor.h"
#include "modelspage/ResultModels.h"
#include "modelspage/AblationPersistence.h"
#include "session/ProjectSession.h"

namespace vitrina::ui::modelspage {

void AblationTableModel::resetData(std::shared_ptr<const eval::AblationReport> report) {
    beginResetModel();
    report_ = std::move(report);
    endResetModel();
}

int AblationTableModel::rows() const { return report_ ? static_cast<int>(report_->rows.size()) : 0; }

QString AblationTableModel::header(int column) const {
    switch (column) {
    case Variant: return tr("Variant");
    case Ndcg: return QStringLiteral("NDCG@10");
    case Difference: return tr("Difference to the hybrid");
    case Interval:
        return report_ ? tr("Simultaneous %1 interval (paired bootstrap)").arg(common::formatLevel(report_->intervalLevel))
                       : tr("Simultaneous interval (paired bootstrap)");
    case PValue: return tr("Wilcoxon p");
    default: return tr("Holm p");
    }
}

QVariant AblationTableModel::raw(int r, int column) const {
    const auto& row = report_->rows[static_cast<std::size_t>(r)];
    const bool full = r == 0;
    switch (column) {
    case Variant: return variantName(row);
    case Ndcg: return row.ndcg;
    case Difference: return full ? QVariant() : QVariant(row.difference);
    case Interval: return full ? QVariant() : QVariant(row.interval.lower);
    case PValue: return full ? QVariant() : QVariant(row.wilcoxonP);
    default: return full ? QVariant() : QVariant(row.wilcoxonPHolm);
    }
}

QString AblationTableModel::display(int r, int column) const {
    const auto& row = report_->rows[static_cast<std::size_t>(r)];
    const QLocale locale;
    if (column == Variant) return variantName(row);
    if (column == Ndcg) return locale.toString(row.ndcg, 'f', 4);
    if (r == 0) return QStringLiteral("–");
    switch (column) {
    // * when the interval excludes 0 (the row is significant), ≠ when the Holm-Wilcoxon check disagrees.
    case Difference: return locale.toString(row.difference, 'f', 4) + (row.significant ? QStringLiteral(" *") : QString());
    case Interval:
        return QStringLiteral("[%1, %2]").arg(locale.toString(row.interval.lower, 'f', 4),
                                              locale.toString(row.interval.upper, 'f', 4));
    case PValue: return common::formatPValue(row.wilcoxonP, report_->alpha);
    default:
        return common::formatPValue(row.wilcoxonPHolm, report_->alpha) +
               (row.significant == row.wilcoxonSignificant ? QString() : QStringLiteral(" ≠"));
    }
}

QString AblationTableModel::toolTip(int r, int column) const {
    if (r == 0 || column < Difference) return {};
    const auto& row = report_->rows[static_cast<std::size_t>(r)];
    QString tip = tr("The intervals hold together with %1 confidence (Bonferroni over the %2 variants, each at %3). %4")
                      .arg(common::formatLevel(1.0 - report_->alpha))
                      .arg(report_->rows.size() - 1)
                      .arg(common::formatLevel(report_->intervalLevel),
                           row.significant ? tr("Significant: the interval excludes 0.") : tr("Not significant: the interval holds 0."));
    if (row.significant != row.wilcoxonSignificant)
        tip += u'\n' + tr("≠ The Holm-corrected Wilcoxon check disagrees with the interval: read this row with care.");
    return tip;
}

QString AblationTableModel::variantName(const eval::AblationRow& row) {
    const QString component = common::modelDisplayName(QString::fromStdString(row.component));
    if (row.kind == "full") return tr("Funnel-aware hybrid");
    if (row.kind == "static") return tr("Static hybrid (one weight vector)");
    if (row.kind == "without") return tr("without %1").arg(component);
    if (row.kind == "fusion") return tr("without session views (history only)");
    if (row.kind == "events") return tr("uniform event weights");
    if (row.kind == "single") return tr("%1 alone").arg(component);
    return QString::fromStdString(row.variant);
}

namespace {

/// Bars: each variant's difference to the full hybrid, whiskers at the paired bootstrap interval.
QChart* differenceChart(const eval::AblationReport& report, bool dark) {
    auto* chart = new QChart;
    chart->setTitle(AblationPanel::tr("NDCG@10 difference to the funnel-aware hybrid, with simultaneous %1 intervals")
                        .arg(common::formatLevel(report.intervalLevel)));
    auto* set = new QBarSet(AblationPanel::tr("Difference"));
    set->setColor(common::seriesColor(0, dark));
    set->setBorderColor(Qt::transparent);
    QStringList labels;
    double lo = 0.0, hi = 0.0;
    std::vector<QLineSeries*> whiskers;
    const QColor whiskerColor = dark ? QColor(235, 235, 235) : QColor(40, 40, 40);
    for (std::size_t r = 1; r < report.rows.size(); ++r) {
        const auto& row = report.rows[r];
        labels << AblationTableModel::variantName(row);
        set->append(row.difference);
        const auto ci = row.interval;
        lo = std::min({lo, row.difference, std::isfinite(ci.lower) ? ci.lower : 0.0});
        hi = std::max({hi, row.difference, std::isfinite(ci.upper) ? ci.upper : 0.0});
        if (!std::isfinite(ci.lower) || !std::isfinite(ci.upper)) continue;
        const double x = static_cast<double>(r - 1), cap = 0.08;
        auto* whisker = new QLineSeries;
        for (const auto& [px, py] : {std::pair{x - cap, ci.upper}, {x + cap, ci.upper}, {x, ci.upper}, {x, ci.lower},
                                     {x - cap, ci.lower}, {x + cap, ci.lower}})
            whisker->append(px, py);
        QPen pen(whiskerColor);
        pen.setWidthF(1.5);
        whisker->setPen(pen);
        whiskers.push_back(whisker);
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    x->setLabelsAngle(-45);
    QValueAxis* y = common::makeValueAxis(AblationPanel::tr("Difference in NDCG@10"), false);
    const double pad = 0.05 * std::max(hi - lo, 1e-3);
    y->setRange(lo - pad, hi + pad);
    y->setLabelFormat(QStringLiteral("%.3f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    for (QLineSeries* w : whiskers) {
        chart->addSeries(w);
        w->attachAxis(x);
        w->attachAxis(y);
    }
    x->setGridLineVisible(false);
    chart->legend()->setVisible(false);
    return chart;
}

} // namespace

AblationPanel::AblationPanel(app::PageContext& context, ProtocolEditor* protocol, ModelPicker* picker, QWidget* parent)
    : QWidget(parent), context_(context), protocol_(protocol), picker_(picker), tracker_(context.jobs, this) {
    intro_ = new QLabel(this);
    intro_->setWordWrap(true);
    run_ = new QPushButton(this);
    run_->setObjectName(QStringLiteral("runAblation"));
    progress_ = new jobs::JobProgressWidget(this);
    progress_->setTracker(&tracker_);
    error_ = new QLabel(this);
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #c62828;"));
    error_->hide();
    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    model_ = new AblationTableModel(this);
    table_ = new common::TablePanel(QStringLiteral("models-ablation"), this);
    table_->setModel(model_);
    chart_ = new common::ChartPanel(QStringLiteral("models-ablation"), this);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(table_);
    split->addWidget(chart_);
    split->setChildrenCollapsible(false);
    // Legible in a short window: the pane scrolls down (ModelsPage) rather than squeezing these.
    table_->setMinimumHeight(7 * fontMetrics().height()); // the chart keeps its own minimum (ChartPanel)
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro_);
    layout->addWidget(run_, 0, Qt::AlignLeft);
    layout->addWidget(progress_);
    layout->addWidget(error_);
    layout->addWidget(summary_);
    layout->addWidget(split, 1);
    connect(run_, &QPushButton::clicked, this, [this] { start(); });
    connect(&tracker_, &jobs::JobTracker::finished, this, [this] { run_->setEnabled(true); });
    persistence_ = new AblationPersistence(context_, this);
    connect(persistence_, &AblationPersistence::restored, this, &AblationPanel::showRestored);
    connect(persistence_, &AblationPersistence::cleared, this, [this] { showRestored(nullptr); });
    connect(persistence_, &AblationPersistence::failed, this, &AblationPanel::showError);
    retranslate();
}

QString AblationPanel::errorText() const { return error_->isHidden() ? QString() : error_->text(); }

void AblationPanel::showRestored(std::shared_ptr<const eval::AblationReport> report) {
    if (tracker_.isRunning()) return; // the running ablation's result comes next
    report_ = std::move(report);
    showError({});
    showReport();
}

void AblationPanel::showError(const QString& text) {
    error_->setText(text);
    error_->setVisible(!text.isEmpty());
}

bool AblationPanel::start() {
    const auto dataset = context_.session.dataset();
    if (!dataset) return false;
    eval::AblationOptions options;
    for (const auto& spec : picker_->specs())
        if (spec.id == "hybrid") options.params = spec.params;
    options.seed = protocol_->seed();
    options.threads = context_.jobs.threadCount();
    try {
        options.validate();
    } catch (const util::Error& e) {
        showError(common::MessageText::text(e.message()));
        return false;
    }
    showError({});
    const eval::ProtocolOptions protocol = protocol_->options();
    const quint64 revision = context_.session.revision();
    run_->setEnabled(false);
    tracker_.start<eval::AblationReport>(
        tr("Running the hybrid's ablation"),
        [dataset, protocol, options](const jobs::JobContext& job) -> util::Result<eval::AblationReport> {
            eval::AblationOptions o = options;
            o.threads = job.threads;
            auto split = eval::buildProtocol(*dataset, protocol, job.progress.sub(0.0, 0.05));
            if (!split) {
                util::Result<eval::AblationReport> failed;
                failed.error = split.error;
                failed.cancelled = split.cancelled;
                return failed;
            }
            return eval::runAblation(dataset, *split, o, job.progress.sub(0.05, 1.0));
        },
        [this, revision, protocol](util::Result<eval::AblationReport>& result) {
            if (context_.session.revision() != revision) return;
            if (!result) {
                if (result.cancelled) showError(tr("Cancelled: the previous results stay shown."));
                else if (result.error) showError(tr("The ablation failed: %1").arg(common::MessageText::text(*result.error)));
                return;
            }
            report_ = std::make_shared<const eval::AblationReport>(std::move(*result.value));
            persistence_->keep(protocol, report_);
            showReport();
        });
    return true;
}

void AblationPanel::showReport() {
    model_->resetData(report_);
    if (!report_) {
        chart_->setChart(nullptr);
        summary_->clear();
        return;
    }
    chart_->setChart(differenceChart(*report_, common::isDarkPalette(palette())));
    summary_->setText(tr("%1 test lists, weights learned on %2 validation lists from the training data only; "
                         "fitting took %3 s (%4 CPU-s).")
                          .arg(report_->lists)
                          .arg(report_->validationLists)
                          .arg(QLocale().toString(report_->fitSeconds, 'f', 1),
                               QLocale().toString(report_->fitCpuSeconds, 'f', 1)));
}

void AblationPanel::retranslate() {
    intro_->setText(tr("The funnel-aware hybrid against its static variant, each component removed, history only, "
                       "uniform event weights and each component alone, under the protocol on the left. The hybrid's "
                       "hyperparameters come from the model list (the defaults unless the hybrid is ticked there)."));
    run_->setText(tr("Run the ablation"));
    table_->setEmptyHint(tr("Run the ablation to compare each variant with the full hybrid here."));
    chart_->setEmptyHint(tr("Run the ablation to see each variant's difference to the full hybrid."));
    model_->retranslate();
    if (report_) showReport();
}

void AblationPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    else if (event->type() == QEvent::PaletteChange && report_) showReport();
    QWidget::changeEvent(event);
}

} // namespace vitrina::ui::modelspage
