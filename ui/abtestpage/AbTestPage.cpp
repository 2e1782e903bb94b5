#include "abtestpage/AbTestPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QTableView>
#include <QVBoxLayout>

#include "abtestpage/AbTestCharts.h"
#include "abtestpage/AbTestModels.h"
#include "abtestpage/ArmSettingsTable.h"
#include "abtest/Assignment.h"
#include "abtestpage/PowerPanel.h"
#include "common/ChartPanel.h"
#include "common/ChartStyle.h"
#include "common/Format.h"
#include "common/MessageText.h"
#include "common/ModelNames.h"
#include "common/TablePanel.h"
#include "common/TabChooser.h"
#include "common/VerticalScroll.h"
#include "jobs/JobProgressWidget.h"
#include "models/Catalogue.h"
#include "report/AbTestJson.h"
#include "session/ProjectSession.h"
#include "store/ProjectFile.h"

namespace vitrina::ui::abtestpage {

namespace ab = vitrina::abtest;

namespace {
const bool registered = app::PageRegistry::add(
    {QStringLiteral("abtest"), 40,
     [](app::PageContext& context, QWidget* parent) -> app::Page* { return new AbTestPage(context, parent); }});

} // namespace

AbTestPage::AbTestPage(app::PageContext& context, QWidget* parent)
    : app::Page(parent), context_(context), tracker_(context.jobs, this), listTracker_(context.jobs, this),
      saveTracker_(context.jobs, this), reopenTracker_(context.jobs, this) {
    buildForm();
    progress_ = new jobs::JobProgressWidget(this);
    progress_->setTracker(&tracker_);
    error_ = new QLabel(this);
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #c62828;"));
    error_->hide();
    verdict_ = new QLabel(this);
    verdict_->setObjectName(QStringLiteral("verdict"));
    verdict_->setWordWrap(true);
    verdict_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    srm_ = new QLabel(this);
    srm_->setWordWrap(true);

    dailyModel_ = new DailySeriesModel(this);
    resultsModel_ = new MetricResultsModel(this);
    const char* exportNames[kChartCount] = {"abtest-cumulative", "abtest-lift", "abtest-pvalues", "abtest-posterior",
                                            "abtest-bootstrap"};
    tabs_ = new QTabWidget(this);
    for (int i = 0; i < kChartCount; ++i) {
        charts_[static_cast<std::size_t>(i)] = new common::ChartPanel(QString::fromLatin1(exportNames[i]), this);
        tabs_->addTab(charts_[static_cast<std::size_t>(i)], QString());
    }
    resultsTable_ = new common::TablePanel(QStringLiteral("abtest-results"), this);
    resultsTable_->setModel(resultsModel_);
    dailyTable_ = new common::TablePanel(QStringLiteral("abtest-daily"), this);
    dailyTable_->setModel(dailyModel_);
    power_ = new PowerPanel(this);
    tabs_->addTab(resultsTable_, QString());
    tabs_->addTab(dailyTable_, QString());
    tabs_->addTab(common::verticalScroll(power_, this), QString()); // its sentences scroll down in a short window

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(progress_);
    rightLayout->addWidget(error_);
    rightLayout->addWidget(verdict_);
    rightLayout->addWidget(srm_);
    auto* tabChooserList = new QComboBox(this);
    tabChooserList->setObjectName(QStringLiteral("view"));
    tabChooser_ = new common::TabChooser(tabs_, tabChooserList);
    rightLayout->addWidget(tabChooserList, 0, Qt::AlignLeft);
    // The rest of the height, at least its minimum: a preferred height would make the pane scroll when the
    // chart at its minimum would have fitted under the verdict.
    tabs_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    rightLayout->addWidget(tabs_, 1);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(setupBox_);
    leftLayout->addWidget(savedBox_);
    leftLayout->addStretch(1);
    // The whole form stays visible (no horizontal scrolling) at its minimum width, not its preferred one: on a
    // 1024-pixel projector the results beside it need the room.
    QScrollArea* scroll = common::verticalScroll(left, this);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(scroll);
    // The verdict and the charts under it scroll down together when the window is too short for both.
    splitter->addWidget(common::verticalScroll(right, this));
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(splitter);

    connect(mode_, &QComboBox::currentIndexChanged, this, &AbTestPage::updateModeWidgets);
    connect(aa_, &QCheckBox::toggled, this, &AbTestPage::updateModeWidgets);
    // The settings table follows the arms: the control, the ticked treatments, A/A.
    const auto syncArms = [this] { armSettings_->setArms(replayArms()); };
    connect(control_, &QComboBox::currentIndexChanged, this, syncArms);
    connect(treatments_, &QListWidget::itemChanged, this, syncArms);
    connect(aa_, &QCheckBox::toggled, this, syncArms);
    connect(runButton_, &QPushButton::clicked, this, &AbTestPage::runExperiment);
    connect(saveButton_, &QPushButton::clicked, this, [this] { saveExperiment(saveName_->text()); });
    connect(openButton_, &QPushButton::clicked, this, [this] {
        if (saved_->currentItem()) reopenExperiment(saved_->currentItem()->data(Qt::UserRole).toString());
    });
    connect(saved_, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem* item) { reopenExperiment(item->data(Qt::UserRole).toString()); });
    connect(deleteButton_, &QPushButton::clicked, this, [this] {
        if (saved_->currentItem()) deleteExperiment(saved_->currentItem()->data(Qt::UserRole).toString());
    });
    connect(&context_.session, &session::ProjectSession::datasetChanged, this, [this] {
        tracker_.cancel();
        updateModeWidgets();
    });
    // A new dataset always comes with projectChanged too: one listing, for the current project.
    connect(&context_.session, &session::ProjectSession::projectChanged, this, &AbTestPage::refreshSaved);

    retranslate();
    setSetup(ab::ExperimentSetup{});
    refreshSaved();
}

QIcon AbTestPage::icon() const { return QIcon(QStringLiteral(":/icons/page-abtest.svg")); }

void AbTestPage::retranslate() {
    setupBox_->setTitle(tr("Experiment set-up"));
    savedBox_->setTitle(tr("Saved experiments (in the project)"));
    modeLabel_->setText(tr("Mode:"));
    controlLabel_->setText(tr("Control model:"));
    for (int i = 0; i < control_->count(); ++i) control_->setItemText(i, common::modelDisplayName(control_->itemData(i).toString()));
    for (int i = 0; i < treatments_->count(); ++i)
        treatments_->item(i)->setText(common::modelDisplayName(treatments_->item(i)->data(Qt::UserRole).toString()));
    treatmentsLabel_->setText(tr("Treatment models:"));
    aa_->setText(tr("A/A test (control in both arms)"));
    aa_->setToolTip(tr("Both arms get the control model: a check that the test finds no difference where there is none."));
    armSettingsLabel_->setText(tr("Arm parameters:"));
    armSettingsLabel_->setToolTip(tr("Per arm: the model's hyperparameters as key=value pairs separated by \";\"; "
                                     "empty = the defaults"));
    armSettings_->retranslate();
    for (int i = 0; i < treatments_->count(); ++i) { // the catalogue's translated name and description
        const QString text = common::modelLongName(treatments_->item(i)->data(Qt::UserRole).toString());
        treatments_->item(i)->setToolTip(text);
        control_->setItemData(i, text, Qt::ToolTipRole);
    }
    armsLabel_->setText(tr("Arms:"));
    baselineLabel_->setText(tr("Control conversion rate, %:"));
    liftLabel_->setText(tr("Planted relative lift, % (0 = A/A):"));
    visitorsLabel_->setText(tr("Visitors (all arms):"));
    splitLabel_->setText(tr("Split:"));
    split_->setPlaceholderText(tr("equal, e.g. 50/50"));
    daysLabel_->setText(tr("Duration, days:"));
    metricLabel_->setText(tr("Primary metric:"));
    alphaLabel_->setText(tr("Alpha (two-sided):"));
    powerLabel_->setText(tr("Power:"));
    ruleLabel_->setText(tr("Decision rule:"));
    seedLabel_->setText(tr("Seed:"));
    runButton_->setText(tr("Run experiment"));
    saveName_->setPlaceholderText(tr("Name (optional)"));
    saveButton_->setText(tr("Save"));
    openButton_->setText(tr("Reopen"));
    openButton_->setToolTip(tr("Runs the saved experiment again with its settings and seed: the same numbers."));
    deleteButton_->setText(tr("Delete"));
    fillCombos();
    const QStringList tabTitles = {tr("Cumulative metric"), tr("Lift"), tr("p-values"), tr("Posteriors"),
                                   tr("Bootstrap"), tr("Results"), tr("Daily series"), tr("Power calculator")};
    for (int i = 0; i < tabTitles.size(); ++i) tabs_->setTabText(i, tabTitles[i]);
    tabChooser_->sync();
    resultsTable_->setCaption(tr("Every treatment arm against the control on every metric; p adjusted by Holm and "
                                 "Benjamini-Hochberg over all arm x metric pairs"));
    dailyTable_->setCaption(tr("Per arm and UTC day: the day alone, then cumulative (a visitor counted once)"));
    for (common::ChartPanel* chart : charts_)
        chart->setEmptyHint(tr("Run an experiment, or reopen a saved one, to see this chart."));
    for (common::TablePanel* table : {resultsTable_, dailyTable_})
        table->setEmptyHint(tr("Run an experiment, or reopen a saved one, to see its numbers."));
    dailyModel_->retranslate();
    resultsModel_->retranslate();
    updateModeWidgets();
    showRun();
}

void AbTestPage::showEvent(QShowEvent* event) {
    app::Page::showEvent(event);
    refreshSaved(); // another program (vitrina-cli abtest --save) may have saved into the project meanwhile
}

void AbTestPage::changeEvent(QEvent* event) {
    app::Page::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) retranslate();
    else if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange) rebuildCharts();
}

void AbTestPage::updateModeWidgets() {
    const bool replay = mode_->currentData().toInt() == static_cast<int>(ab::Mode::Replay);
    for (QWidget* w : std::initializer_list<QWidget*>{controlLabel_, control_, treatmentsLabel_, treatments_, aa_,
                                                      armSettingsLabel_, armSettings_})
        w->setVisible(replay);
    treatments_->setEnabled(!aa_->isChecked());
    for (QWidget* w : std::initializer_list<QWidget*>{armsLabel_, arms_, baselineLabel_, baseline_, liftLabel_, lift_,
                                                      visitorsLabel_, visitors_})
        w->setVisible(!replay);
    const bool hasData = context_.session.hasDataset();
    runButton_->setEnabled(!replay || hasData);
    runButton_->setToolTip(replay && !hasData ? tr("Open a dataset to replay it") : QString());
}

void AbTestPage::showError(const QString& text) {
    error_->setText(text);
    error_->setVisible(!text.isEmpty());
}

QString AbTestPage::errorText() const { return error_->isVisible() ? error_->text() : QString(); }
QString AbTestPage::verdictText() const { return verdict_->text(); }
QString AbTestPage::srmText() const { return srm_->text(); }

bool AbTestPage::runExperiment() {
    const ab::ExperimentSetup s = setup();
    if (s.split.size() == 1 && s.split[0] < 0.0) {
        showError(tr("The split \"%1\" is not valid: give one positive share per arm, e.g. 50/50.").arg(split_->text()));
        return false;
    }
    if (s.mode == ab::Mode::Replay) {
        QString paramsError;
        armSettings_->params(&paramsError);
        if (!paramsError.isEmpty()) {
            showError(paramsError);
            return false;
        }
    }
    if (s.mode == ab::Mode::Replay && !s.aa && s.arms.size() < 2) {
        showError(tr("Check at least one treatment model, or tick the A/A test."));
        return false;
    }
    const auto dataset = context_.session.dataset();
    if (s.mode == ab::Mode::Replay && !dataset) {
        showError(tr("Open a dataset to replay it, or choose the parametric mode."));
        return false;
    }
    showError({});
    const ab::RunOptions options{context_.jobs.threadCount(), true}; // the page plots the bootstrap distribution
    tracker_.start<std::shared_ptr<const ab::ExperimentRun>>(
        tr("Running the A/B test"),
        [s, dataset, options](const jobs::JobContext& job) {
            util::Result<ab::ExperimentRun> run = ab::runExperiment(s, dataset, options, job.progress);
            util::Result<std::shared_ptr<const ab::ExperimentRun>> shared;
            shared.warnings = std::move(run.warnings);
            shared.error = std::move(run.error);
            shared.cancelled = run.cancelled;
            if (run) shared.value = std::make_shared<const ab::ExperimentRun>(std::move(*run));
            return shared;
        },
        [this](util::Result<std::shared_ptr<const ab::ExperimentRun>>& result) {
            if (!result) {
                if (!result.cancelled && result.error)
                    showError(tr("The experiment could not be run: %1").arg(common::MessageText::text(*result.error)));
                return;
            }
            run_ = *result;
            showRun();
        });
    return true;
}

void AbTestPage::showRun() {
    if (!run_) {
        verdict_->setText(tr("Set up an experiment and run it. The replay mode needs an open dataset; the "
                             "parametric mode simulates visitors with known rates."));
        srm_->clear();
        return;
    }
    dailyModel_->resetData(run_);
    resultsModel_->resetData(run_);
    resultsTable_->view()->resizeColumnsToContents();
    verdict_->setText(composeVerdict());
    const stats::SampleRatioCheck& c = run_->analysis.srm;
    srm_->setText(c.mismatch
                      ? tr("<b>Sample ratio mismatch</b>: chi-square %1, p = %2 < %3. The split did not work as "
                           "planned; do not trust the comparison.")
                            .arg(QLocale().toString(c.chiSquare, 'f', 2), common::formatPValue(c.pValue, 0.001),
                                 QLocale().toString(0.001))
                      : tr("Sample ratio check passed: chi-square %1, p = %2 (mismatch flagged below %3).")
                            .arg(QLocale().toString(c.chiSquare, 'f', 2), common::formatPValue(c.pValue, 0.001),
                                 QLocale().toString(0.001)));
    srm_->setStyleSheet(c.mismatch ? QStringLiteral("color: #c62828;") : QString());
    // The verdict's plan, so that the calculator quotes the verdict's detectable effect; otherwise the control's
    // conversion rate and traffic.
    const auto plan = run_->analysis.comparisons.empty()
                          ? std::nullopt
                          : ab::powerPlan(run_->data, run_->analysis.comparisons.front().arm, run_->analysis.options);
    if (plan)
        power_->setInputs(plan->baselineRate, 0.1, plan->alpha, plan->power, std::max(10.0, plan->visitorsPerArm));
    else
        power_->setInputs(run_->setup.mode == ab::Mode::Parametric ? run_->setup.baseline
                                                                   : std::clamp(run_->data.arms[0].proportion(ab::Metric::Conversion, static_cast<std::size_t>(run_->data.dayCount - 1)).rate(), 0.0001, 0.99),
                          0.1, run_->setup.alpha, run_->setup.power,
                          std::max<double>(10.0, static_cast<double>(run_->data.arms[0].last().cumVisitors)));
    rebuildCharts();
}

void AbTestPage::rebuildCharts() {
    if (!run_ || !charts_[0]) return;
    const bool dark = common::isDarkPalette(palette());
    charts_[0]->setChart(makeCumulativeChart(*run_, dark));
    charts_[1]->setChart(makeLiftChart(*run_, dark));
    charts_[2]->setChart(makePValueChart(*run_, dark));
    charts_[2]->setNote(tr("Fixed-horizon p is valid only when read once at the planned end; the always-valid p "
                           "(mixture SPRT, Johari et al. 2017) stays valid at every look."));
    charts_[3]->setChart(makePosteriorChart(*run_, dark));
    charts_[4]->setChart(makeBootstrapChart(*run_, dark));
}

} // namespace vitrina::ui::abtestpage
