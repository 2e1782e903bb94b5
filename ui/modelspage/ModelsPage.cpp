#include "modelspage/ModelsPage.h"

#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

#include "common/ModelNames.h"
#include "common/ChartPanel.h"
#include "common/ChartStyle.h"
#include "common/ElidedLabel.h"
#include "common/Format.h"
#include "common/MessageText.h"
#include "common/TablePanel.h"
#include "common/TabChooser.h"
#include "common/VerticalScroll.h"
#include "jobs/JobProgressWidget.h"
#include "modelspage/AblationPanel.h"
#include "modelspage/EpochLossChart.h"
#include "modelspage/ModelPicker.h"
#include "modelspage/ModelsPersistence.h"
#include "modelspage/ProtocolEditor.h"
#include "modelspage/ResultCharts.h"
#include "modelspage/ResultModels.h"
#include "modelspage/SignificanceDelegate.h"
#include "report/EvaluationJson.h"
#include "session/ProjectSession.h"

namespace vitrina::ui::modelspage {

namespace {
const bool registered = app::PageRegistry::add(
    {QStringLiteral("models"), 30,
     [](app::PageContext& context, QWidget* parent) -> app::Page* { return new ModelsPage(context, parent); }});

using eval::Metric;

QWidget* row(QWidget* parent, std::initializer_list<QWidget*> widgets) {
    auto* w = new QWidget(parent);
    auto* layout = new QHBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* widget : widgets) layout->addWidget(widget);
    layout->addStretch(1);
    return w;
}

QLabel* boldLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}
} // namespace

ModelsPage::ModelsPage(app::PageContext& context, QWidget* parent)
    : app::Page(parent), context_(context), tracker_(context.jobs, this) {
    // Left: the protocol, the models and their hyperparameters, the button.
    protocolTitle_ = boldLabel(this);
    protocol_ = new ProtocolEditor(this);
    modelsTitle_ = boldLabel(this);
    picker_ = new ModelPicker(this);
    runButton_ = new QPushButton(this);
    runButton_->setObjectName(QStringLiteral("trainAndEvaluate"));
    runButton_->setDefault(true);
    auto* controls = new QWidget(this);
    auto* controlsLayout = new QVBoxLayout(controls);
    controlsLayout->setContentsMargins(0, 0, 8, 0);
    controlsLayout->addWidget(protocolTitle_);
    controlsLayout->addWidget(protocol_);
    controlsLayout->addSpacing(6);
    controlsLayout->addWidget(modelsTitle_);
    controlsLayout->addWidget(picker_);
    controlsLayout->addWidget(runButton_);
    controlsLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(controls);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    controlsScroll_ = scroll;
    fitControlsWidth();

    // Right: progress, messages, the results.
    progress_ = new jobs::JobProgressWidget(this);
    progress_->setTracker(&tracker_);
    modelProgress_ = new common::ElidedLabel(Qt::ElideRight, this);
    modelProgress_->setObjectName(QStringLiteral("modelProgress"));
    lossChart_ = new EpochLossChart(this);
    lossChart_->setObjectName(QStringLiteral("trainingLoss"));
    epochTimer_ = new QTimer(this);
    epochTimer_->setInterval(250);
    connect(epochTimer_, &QTimer::timeout, this, &ModelsPage::drainEpochs);
    error_ = new QLabel(this);
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #c62828;"));
    error_->hide();
    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    metricsModel_ = new MetricsTableModel(this);
    segmentModel_ = new SegmentTableModel(this);
    significanceModel_ = new SignificanceTableModel(this);

    kLabel_ = new QLabel(this);
    k_ = new QComboBox(this);
    exportJson_ = new QToolButton(this);
    exportJson_->setAutoRaise(true);
    metricsTable_ = new common::TablePanel(QStringLiteral("models-metrics"), this);
    metricsTable_->setModel(metricsModel_);
    auto* metricsTab = new QWidget(this);
    auto* metricsLayout = new QVBoxLayout(metricsTab);
    metricsLayout->addWidget(row(this, {kLabel_, k_, exportJson_}));
    metricsLayout->addWidget(metricsTable_, 1);

    chartMetricLabel_ = new QLabel(this);
    chartMetric_ = new QComboBox(this);
    chartMetric_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    metricChart_ = new common::ChartPanel(QStringLiteral("models-metric"), this);
    auto* chartTab = new QWidget(this);
    auto* chartLayout = new QVBoxLayout(chartTab);
    chartLayout->addWidget(row(this, {chartMetricLabel_, chartMetric_}));
    chartLayout->addWidget(metricChart_, 1);

    segmentKindLabel_ = new QLabel(this);
    segmentKind_ = new QComboBox(this);
    segmentKind_->addItem(QString(), QStringLiteral("activity"));
    segmentKind_->addItem(QString(), QStringLiteral("stage"));
    segmentChart_ = new common::ChartPanel(QStringLiteral("models-segments"), this);
    segmentTable_ = new common::TablePanel(QStringLiteral("models-segments"), this);
    segmentTable_->setModel(segmentModel_);
    auto* segmentSplit = new QSplitter(Qt::Vertical, this);
    segmentSplit->addWidget(segmentChart_);
    segmentSplit->addWidget(segmentTable_);
    segmentSplit->setStretchFactor(0, 3);
    segmentSplit->setStretchFactor(1, 2);
    segmentSplit->setChildrenCollapsible(false);
    auto* segmentTab = new QWidget(this);
    auto* segmentLayout = new QVBoxLayout(segmentTab);
    segmentLayout->addWidget(row(this, {segmentKindLabel_, segmentKind_}));
    segmentLayout->addWidget(segmentSplit, 1);

    subsetLabel_ = new QLabel(this);
    subset_ = new QComboBox(this);
    subset_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    significanceTable_ = new common::TablePanel(QStringLiteral("models-significance"), this);
    significanceTable_->setModel(significanceModel_);
    significanceTable_->view()->setItemDelegate(new SignificanceDelegate(significanceTable_->view()));
    significanceTable_->view()->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    significanceTable_->view()->setWordWrap(false);
    significanceNote_ = new QLabel(this);
    significanceNote_->setWordWrap(true);
    auto* significanceTab = new QWidget(this);
    auto* significanceLayout = new QVBoxLayout(significanceTab);
    significanceLayout->addWidget(row(this, {subsetLabel_, subset_}));
    significanceLayout->addWidget(significanceTable_, 1);
    significanceLayout->addWidget(significanceNote_);

    tabs_ = new QTabWidget(this);
    tabs_->addTab(metricsTab, QString());
    // Tabs with a chart scroll down in a short window rather than squeeze it (common/VerticalScroll.h).
    tabs_->addTab(common::verticalScroll(chartTab, this), QString());
    tabs_->addTab(common::verticalScroll(segmentTab, this), QString());
    tabs_->addTab(significanceTab, QString());
    // The hybrid's ablation: an introduction, a table and a chart, which scroll down in a short window.
    tabs_->addTab(common::verticalScroll(new AblationPanel(context, protocol_, picker_, this), this), QString());

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(progress_);
    rightLayout->addWidget(modelProgress_);
    rightLayout->addWidget(lossChart_);
    rightLayout->addWidget(error_);
    rightLayout->addWidget(summary_);
    auto* tabChooserList = new QComboBox(this);
    tabChooserList->setObjectName(QStringLiteral("view"));
    tabChooser_ = new common::TabChooser(tabs_, tabChooserList);
    rightLayout->addWidget(tabChooserList, 0, Qt::AlignLeft);
    rightLayout->addWidget(tabs_, 1);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(scroll);
    layout->addWidget(right, 1);

    connect(runButton_, &QPushButton::clicked, this, &ModelsPage::trainAndEvaluate);
    connect(k_, &QComboBox::currentIndexChanged, this, &ModelsPage::refreshTables);
    connect(subset_, &QComboBox::currentIndexChanged, this, &ModelsPage::refreshTables);
    connect(segmentKind_, &QComboBox::currentIndexChanged, this, [this] {
        refreshTables();
        rebuildCharts();
    });
    connect(chartMetric_, &QComboBox::currentIndexChanged, this, &ModelsPage::rebuildCharts);
    connect(exportJson_, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the evaluation as JSON"),
                                                          QStringLiteral("evaluation.json"), tr("JSON files (*.json)"));
        if (path.isEmpty()) return;
        const QString problem = exportJson(path);
        if (!problem.isEmpty()) QMessageBox::warning(this, tr("Export failed"), problem);
    });
    connect(&tracker_, &jobs::JobTracker::progressChanged, this,
            [this](double fraction, const QString& stage, double) { showProgress(fraction, stage); });
    connect(&tracker_, &jobs::JobTracker::finished, this, [this] {
        runButton_->setEnabled(true);
        modelProgress_->setText({});
        drainEpochs();
        epochTimer_->stop();
    });
    connect(&context_.session, &session::ProjectSession::datasetChanged, this, &ModelsPage::datasetChanged);
    persistence_ = new ModelsPersistence(context_, this);
    connect(persistence_, &ModelsPersistence::restored, this, [this](std::shared_ptr<const ModelsRun> stored) {
        if (run_ || tracker_.isRunning()) return; // the user's own run wins
        run_ = std::move(stored);
        keptNote_ = [] { return tr("Results of the last evaluation saved in the project."); };
        showRun();
    });

    retranslate();
    datasetChanged();
}

QIcon ModelsPage::icon() const { return QIcon(QStringLiteral(":/icons/page-models.svg")); }

void ModelsPage::fitControlsWidth() {
    // In text widths, not pixels: the defence demo's larger fonts must not clip the form on the right.
    const int x = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    // Never narrower than the form needs (its longest option), so nothing is cut on the right.
    const int needed = controlsScroll_->widget()->minimumSizeHint().width() +
                       controlsScroll_->verticalScrollBar()->sizeHint().width() + 2;
    controlsScroll_->setMinimumWidth(std::max(54 * x, needed));
    controlsScroll_->setMaximumWidth(std::max(66 * x, needed));
}

void ModelsPage::changeEvent(QEvent* event) {
    app::Page::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::ApplicationFontChange) fitControlsWidth();
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        QTimer::singleShot(0, this, &ModelsPage::fitControlsWidth); // once the form has its new texts
    }
    else if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange) rebuildCharts();
}

void ModelsPage::retranslate() {
    protocolTitle_->setText(tr("Protocol"));
    modelsTitle_->setText(tr("Models"));
    runButton_->setText(tr("Train && evaluate"));
    runButton_->setToolTip(tr("Train every ticked model on the protocol's training part and evaluate it; runs in the "
                              "background and can be cancelled"));
    tabs_->setTabText(0, tr("Metrics"));
    tabs_->setTabText(1, tr("Chart"));
    tabs_->setTabText(2, tr("Segments"));
    tabs_->setTabText(3, tr("Significance"));
    tabs_->setTabText(4, tr("Ablation"));
    tabChooser_->sync();
    kLabel_->setText(tr("Cut-off K:"));
    exportJson_->setText(tr("Export JSON…"));
    exportJson_->setToolTip(tr("Save the whole evaluation (every metric, interval, segment and comparison) as JSON"));
    chartMetricLabel_->setText(tr("Metric:"));
    segmentKindLabel_->setText(tr("Break down by:"));
    segmentKind_->setItemText(0, tr("Activity segment"));
    segmentKind_->setItemData(0, tr("By the visitor's number of events before the list"), Qt::ToolTipRole);
    segmentKind_->setItemText(1, tr("Funnel stage"));
    segmentKind_->setItemData(1, tr("By the visitor's funnel stage when the list is made"), Qt::ToolTipRole);
    subsetLabel_->setText(tr("Lists:"));
    metricsTable_->setCaption(tr("Means over the lists with a relevant item, ± half-width of the 95 % interval; click a "
                                 "header to sort"));
    segmentTable_->setCaption(tr("The compared metric per segment, ± half-width of the 95 % interval"));
    significanceTable_->setCaption(tr("Mean difference row − column [simultaneous paired bootstrap interval] and the "
                                      "Wilcoxon p-value, Holm-corrected over the matrix (a robustness check)"));
    significanceNote_->setText(tr("* and colour: the interval excludes 0, significant at 5 % for the whole matrix "
                                  "(each interval is at level 1 − 5 %/m for m pairs, Bonferroni; green: the row model "
                                  "is better, red: worse; stronger colour, larger difference). ≠: the Wilcoxon check "
                                  "disagrees. The diagonal shows each model's mean. Hover a cell for the level, the "
                                  "t-test and Cohen's d_z."));
    metricsModel_->retranslate();
    segmentModel_->retranslate();
    significanceModel_->retranslate();
    updateEmptyHints();
    if (run_) showRun();
}

void ModelsPage::updateEmptyHints() {
    const QString afterRun = tr("Tick models and press “Train & evaluate” to see the results here.");
    metricsTable_->setEmptyHint(afterRun);
    metricChart_->setEmptyHint(afterRun);
    segmentTable_->setEmptyHint(afterRun);
    significanceTable_->setEmptyHint(run_ ? tr("Evaluate two or more models to compare them here.") : afterRun);
    segmentChart_->setEmptyHint(run_ && run_->sessionProtocol
                                    ? tr("The session protocols have no breakdown by segment.")
                                    : afterRun);
}

void ModelsPage::datasetChanged() {
    tracker_.cancel();
    run_.reset();
    const auto dataset = context_.session.dataset();
    picker_->setDatasetSize(dataset ? dataset->items.ids.size() : 0, dataset ? dataset->events.size() : 0);
    metricsModel_->resetData(nullptr, false, 0);
    segmentModel_->resetData(nullptr, {});
    significanceModel_->resetData(nullptr, -1);
    metricChart_->setChart(nullptr);
    segmentChart_->setChart(nullptr);
    updateEmptyHints();
    summary_->clear();
    error_->hide();
    runButton_->setEnabled(dataset != nullptr);
}

QString ModelsPage::errorText() const { return error_->isHidden() ? QString() : error_->text(); }

void ModelsPage::showError(const QString& text) {
    error_->setText(text);
    error_->setVisible(!text.isEmpty());
}

bool ModelsPage::trainAndEvaluate() {
    const auto dataset = context_.session.dataset();
    if (!dataset) return false;
    const QString problem = picker_->validationError();
    if (!problem.isEmpty()) {
        showError(problem);
        return false;
    }
    auto specs = picker_->specs();
    if (specs.empty()) {
        showError(tr("Tick at least one model."));
        return false;
    }
    showError({});
    const eval::ProtocolOptions protocol = protocol_->options();
    const quint64 revision = context_.session.revision();
    // Models trained the same way before are reused, fitted ones kept and stored (ModelsPersistence).
    EvaluationPlan plan = persistence_->plan(dataset, protocol, specs, protocol_->seed());
    epochInbox_ = std::make_shared<EpochInbox>();
    plan.epochs = epochInbox_;
    std::vector<QString> ids;
    for (const auto& spec : specs) ids.push_back(QString::fromStdString(spec.id));
    lossChart_->reset(ids);
    epochTimer_->start();
    runningSpecs_ = specs;
    runButton_->setEnabled(false);
    tracker_.start<EvaluationOutcome>(
        tr("Training and evaluating"),
        [plan](const jobs::JobContext& job) { return ModelsPersistence::run(plan, job); },
        [this, revision](util::Result<EvaluationOutcome>& result) {
            if (context_.session.revision() != revision) return;
            if (!result) {
                if (result.cancelled) showError(tr("Cancelled: the previous results stay shown."));
                else if (result.error)
                    showError(tr("The evaluation failed: %1").arg(common::MessageText::text(*result.error)));
                return;
            }
            persistence_->keep(*result);
            run_ = result->run;
            keptNote_ = [reused = result->reused] { return ModelsPersistence::reuseNote(reused); };
            showRun();
        });
    return true;
}

void ModelsPage::drainEpochs() {
    if (!epochInbox_) return;
    for (const auto& [model, epoch] : epochInbox_->take()) lossChart_->addEpoch(model, epoch);
}

void ModelsPage::showProgress(double fraction, const QString& stage) {
    // The model is read off the same fraction as the bar beside it (a model's own stage codes, such as
    // "itemknn.similarity", do not name it), so "Model 2 of 5" never sits beside the last model's percentage.
    const auto& specs = runningSpecs_;
    if (stage == QLatin1String("protocol") || fraction < ModelsPersistence::kSplitEnd) {
        modelProgress_->setText(tr("Building the protocol's split…"));
        return;
    }
    const auto step = ModelsPersistence::modelStepAt(fraction, specs.size());
    if (!step) return;
    const QString name = common::modelDisplayName(QString::fromStdString(specs[step->model].id));
    const int index = static_cast<int>(step->model) + 1, count = static_cast<int>(specs.size());
    modelProgress_->setText(step->training ? tr("Model %1 of %2: training %3…").arg(index).arg(count).arg(name)
                                           : tr("Model %1 of %2: evaluating %3…").arg(index).arg(count).arg(name));
}

void ModelsPage::showRun() {
    updateEmptyHints();
    fillResultCombos();
    refreshTables();
    rebuildCharts();
    updateSummary();
}

void ModelsPage::fillResultCombos() {
    const eval::EvaluationReport& report = *run_->report;
    const QSignalBlocker b1(k_), b2(chartMetric_), b3(subset_);
    const int k = std::max(k_->currentIndex(), 0), metric = std::max(chartMetric_->currentIndex(), 0);
    const bool fresh = k_->count() != static_cast<int>(report.cutoffs.size());
    k_->clear();
    for (const int cutoff : report.cutoffs) k_->addItem(QString::number(cutoff));
    chartMetric_->clear();
    const std::vector<Metric> metrics =
        run_->sessionProtocol ? std::vector<Metric>{Metric::HitRate, Metric::ReciprocalRank}
                              : std::vector<Metric>{Metric::Ndcg, Metric::Precision, Metric::Recall, Metric::HitRate,
                                                    Metric::AveragePrecision, Metric::ReciprocalRank};
    for (const Metric m : metrics)
        for (std::size_t i = 0; i < report.cutoffs.size(); ++i)
            chartMetric_->addItem(metricDisplayName(m, report.cutoffs[i]), QPoint(static_cast<int>(m), static_cast<int>(i)));
    // Defaults: K = 10 and NDCG@10 (HR@20 on the session presets) until the user picks another.
    const auto indexOfK = [&](int wanted) {
        const auto it = std::find(report.cutoffs.begin(), report.cutoffs.end(), wanted);
        return it == report.cutoffs.end() ? 0 : static_cast<int>(it - report.cutoffs.begin());
    };
    k_->setCurrentIndex(fresh ? indexOfK(10) : std::min(k, k_->count() - 1));
    chartMetric_->setCurrentIndex(fresh ? (run_->sessionProtocol ? indexOfK(20) : indexOfK(10))
                                        : std::min(metric, chartMetric_->count() - 1));
    const int subset = std::max(subset_->currentIndex(), 0);
    subset_->clear();
    for (const auto& c : report.comparisons)
        subset_->addItem(c.subset == "all"
                             ? tr("All lists (%1)").arg(common::formatCount(c.lists))
                             : tr("Visitors with ≥ 3 earlier events (%1 lists)").arg(common::formatCount(c.lists)));
    subset_->setCurrentIndex(std::min(subset, subset_->count() - 1));
}

void ModelsPage::refreshTables() {
    if (!run_) return;
    metricsModel_->resetData(run_->report, run_->sessionProtocol, std::max(k_->currentIndex(), 0));
    segmentModel_->resetData(run_->report, segmentKind_->currentData().toString().toStdString());
    significanceModel_->resetData(run_->report, subset_->currentIndex());
}

void ModelsPage::rebuildCharts() {
    if (!run_) return;
    const bool dark = common::isDarkPalette(palette());
    const QPoint choice = chartMetric_->currentData().toPoint();
    metricChart_->setChart(makeMetricChart(*run_->report, run_->sessionProtocol, static_cast<Metric>(choice.x()),
                                           static_cast<std::size_t>(std::max(choice.y(), 0)), dark));
    if (run_->sessionProtocol) segmentChart_->setChart(nullptr);
    else segmentChart_->setChart(makeSegmentChart(*run_->report, segmentKind_->currentData().toString().toStdString(), dark));
}

void ModelsPage::updateSummary() {
    const eval::EvaluationReport& r = *run_->report;
    QString text;
    if (run_->sessionProtocol) {
        text = tr("%1 test sessions, %2 predictions; %3 training events.")
                   .arg(common::formatCount(r.lists), common::formatCount(r.facts.predictions),
                        common::formatCount(r.facts.trainEvents));
    } else {
        const double share = r.facts.listsBeforeSampling > 0 ? static_cast<double>(r.facts.listsWithoutHistory) /
                                                                   static_cast<double>(r.facts.listsBeforeSampling)
                                                             : 0.0;
        text = tr("%1 lists from %2 training events. Lists made with no prior history: %3 (%4); they get each "
                  "model's fallback and form the cold segment.")
                   .arg(common::formatCount(r.lists), common::formatCount(r.facts.trainEvents),
                        common::formatCount(r.facts.listsWithoutHistory), common::formatPercent(share));
    }
    text += u' ' + tr("Total time %1 s.").arg(QLocale().toString(r.totalSeconds, 'f', 1));
    for (const auto& warning : r.warnings)
        if (warning.code != util::MessageCode::EvalNoHistoryShare) // said above, with the cold segment
            text += u'\n' + common::MessageText::text(warning);
    if (const QString note = keptNote_ ? keptNote_() : QString(); !note.isEmpty()) text += u'\n' + note;
    summary_->setText(text);
}

QString ModelsPage::exportJson(const QString& path) const {
    if (!run_) return tr("Nothing to export yet.");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    std::string text;
    try {
        text = report::toJson(*run_->report, run_->protocol).dump(2);
    } catch (const std::exception& e) { // never let an export bring the page down
        return tr("Cannot write %1: %2").arg(path, QString::fromUtf8(e.what()));
    }
    file.write(text.data(), static_cast<qint64>(text.size()));
    return file.error() == QFileDevice::NoError ? QString() : file.errorString();
}

} // namespace vitrina::ui::modelspage
