// The A/B page's set-up form: its widgets, the option lists, and the set-up it stands for.
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

#include "abtestpage/AbTestCharts.h"
#include "abtestpage/AbTestPage.h"
#include "abtestpage/ArmSettingsTable.h"
#include "abtest/Assignment.h"
#include "models/Catalogue.h"

namespace vitrina::ui::abtestpage {

namespace ab = vitrina::abtest;

namespace {
/// The form's value, unless the field still shows what setSetup put there: then the set-up's own value, which
/// the field may not be able to show exactly (a longer test, a larger seed, more decimals).
template <class T> T keptUnlessEdited(T formValue, T shownBySetSetup, T loaded) {
    return formValue == shownBySetSetup ? loaded : formValue;
}

QDoubleSpinBox* doubleSpin(QWidget* parent, double min, double max, double value, int decimals, double step) {
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setSingleStep(step);
    box->setValue(value);
    return box;
}
} // namespace

void AbTestPage::buildForm() {
    setupBox_ = new QGroupBox(this);
    mode_ = new QComboBox(this);
    mode_->setObjectName(QStringLiteral("mode"));
    control_ = new QComboBox(this);
    control_->setObjectName(QStringLiteral("control"));
    treatments_ = new QListWidget(this);
    treatments_->setObjectName(QStringLiteral("treatments"));
    treatments_->setFixedHeight(120); // the form scrolls; the list keeps its height rather than shrinking to 4 rows
    armSettings_ = new ArmSettingsTable(this);
    aa_ = new QCheckBox(this);
    arms_ = new QSpinBox(this);
    arms_->setRange(2, 6);
    baseline_ = doubleSpin(this, 0.01, 99.0, 5.0, 2, 0.5);
    lift_ = doubleSpin(this, -90.0, 500.0, 10.0, 1, 1.0);
    visitors_ = new QSpinBox(this);
    visitors_->setRange(100, 100'000'000);
    visitors_->setSingleStep(1000);
    visitors_->setGroupSeparatorShown(true);
    split_ = new QLineEdit(this);
    split_->setObjectName(QStringLiteral("split"));
    days_ = new QSpinBox(this);
    days_->setRange(1, 90);
    metric_ = new QComboBox(this);
    metric_->setObjectName(QStringLiteral("metric"));
    alpha_ = doubleSpin(this, 0.001, 0.5, 0.05, 3, 0.01);
    powerInput_ = doubleSpin(this, 0.5, 0.999, 0.8, 3, 0.05);
    rule_ = new QComboBox(this);
    rule_->setObjectName(QStringLiteral("rule"));
    seed_ = new QSpinBox(this);
    seed_->setObjectName(QStringLiteral("seed"));
    seed_->setRange(0, 2'147'483'647);
    runButton_ = new QPushButton(this);
    runButton_->setObjectName(QStringLiteral("run"));
    // Long option texts must not widen the form at the charts' expense (full text in the popup).
    for (QComboBox* combo : {mode_, control_, metric_, rule_}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }
    for (QLabel** label : {&modeLabel_, &controlLabel_, &treatmentsLabel_, &armSettingsLabel_, &armsLabel_, &baselineLabel_, &liftLabel_,
                           &visitorsLabel_, &splitLabel_, &daysLabel_, &metricLabel_, &alphaLabel_, &powerLabel_,
                           &ruleLabel_, &seedLabel_})
        *label = new QLabel(this);
    // No word-wrapped text in this form: QFormLayout's height-for-width then comes out below its minimum in a
    // narrow pane and squeezes rows to nothing (Qt 6.4).
    for (const auto& entry : models::modelCatalogue()) {
        const QString id = QString::fromStdString(entry.id);
        control_->addItem(QString(), id); // texts: display names, set by retranslate()
        auto* item = new QListWidgetItem(treatments_);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    auto* form = new QFormLayout(setupBox_);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Options with long texts (and the list of models) take the form's whole width under their label.
    form->addRow(modeLabel_);
    form->addRow(mode_);
    form->addRow(controlLabel_, control_);
    form->addRow(treatmentsLabel_);
    form->addRow(treatments_);
    form->addRow(aa_);
    form->addRow(armSettingsLabel_);
    form->addRow(armSettings_);
    form->addRow(armsLabel_, arms_);
    form->addRow(baselineLabel_, baseline_);
    form->addRow(liftLabel_, lift_);
    form->addRow(visitorsLabel_, visitors_);
    form->addRow(splitLabel_, split_);
    form->addRow(daysLabel_, days_);
    form->addRow(metricLabel_);
    form->addRow(metric_);
    form->addRow(alphaLabel_, alpha_);
    form->addRow(powerLabel_, powerInput_);
    form->addRow(ruleLabel_);
    form->addRow(rule_);
    form->addRow(seedLabel_, seed_);
    form->addRow(runButton_);

    savedBox_ = new QGroupBox(this);
    saved_ = new QListWidget(this);
    saved_->setObjectName(QStringLiteral("saved"));
    saved_->setMaximumHeight(140);
    saveName_ = new QLineEdit(this);
    saveButton_ = new QPushButton(this);
    openButton_ = new QPushButton(this);
    deleteButton_ = new QPushButton(this);
    auto* savedLayout = new QVBoxLayout(savedBox_);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(saveName_, 1);
    saveRow->addWidget(saveButton_);
    auto* openRow = new QHBoxLayout;
    openRow->addWidget(openButton_);
    openRow->addWidget(deleteButton_);
    savedLayout->addLayout(saveRow);
    savedLayout->addWidget(saved_);
    savedLayout->addLayout(openRow);
}

void AbTestPage::fillCombos() {
    const int mode = mode_->currentIndex(), metric = metric_->currentIndex(), rule = rule_->currentIndex();
    const QSignalBlocker b1(mode_), b2(metric_), b3(rule_);
    mode_->clear();
    mode_->addItem(tr("Replay of the last days (models)"), static_cast<int>(ab::Mode::Replay));
    mode_->addItem(tr("Parametric (planted rates)"), static_cast<int>(ab::Mode::Parametric));
    metric_->clear();
    for (int m = 0; m < ab::kMetricCount; ++m) metric_->addItem(metricTitle(static_cast<ab::Metric>(m)), m);
    rule_->clear();
    rule_->addItem(tr("Fixed horizon (read once at the end)"), static_cast<int>(ab::DecisionRule::FixedHorizon));
    rule_->addItem(tr("Sequential (peeking allowed)"), static_cast<int>(ab::DecisionRule::Sequential));
    rule_->addItem(tr("Bayesian (chance to beat control)"), static_cast<int>(ab::DecisionRule::Bayesian));
    mode_->setCurrentIndex(std::max(mode, 0));
    metric_->setCurrentIndex(std::max(metric, 0));
    rule_->setCurrentIndex(std::max(rule, 0));
}

ab::ExperimentSetup AbTestPage::setup() const {
    ab::ExperimentSetup s = loadedSetup_; // what the form does not show stays as last set
    s.mode = static_cast<ab::Mode>(mode_->currentData().toInt());
    s.arms = controlAndTreatments();
    s.aa = aa_->isChecked();
    s.armParams = armSettings_->params(); // empty when a field is malformed: runExperiment says which
    s.parametricArms = arms_->value();
    s.baseline = baseline_->value() / 100.0;
    s.lift = lift_->value() / 100.0;
    s.visitors = visitors_->value();
    s.metric = static_cast<ab::Metric>(metric_->currentData().toInt());
    s.rule = static_cast<ab::DecisionRule>(rule_->currentData().toInt());
    s.days = keptUnlessEdited(days_->value(), shown_.days, loadedSetup_.days);
    s.alpha = keptUnlessEdited(alpha_->value(), shown_.alpha, loadedSetup_.alpha);
    s.power = keptUnlessEdited(powerInput_->value(), shown_.power, loadedSetup_.power);
    s.seed = seed_->value() == shown_.seed ? loadedSetup_.seed : static_cast<std::uint64_t>(seed_->value());
    s.split.clear();
    if (split_->text() == shown_.split && loadedSetup_.split.size() == ab::armCount(s)) {
        s.split = loadedSetup_.split; // its text has two decimals, the shares may have more
    } else if (!split_->text().trimmed().isEmpty()) {
        try {
            s.split = ab::parseSplit(split_->text().trimmed().toStdString(), ab::armCount(s));
        } catch (const util::Error&) {
            s.split = {-1.0}; // runExperiment reports the parse error
        }
    }
    return s;
}

std::vector<std::string> AbTestPage::controlAndTreatments() const {
    std::vector<std::string> arms = {control_->currentData().toString().toStdString()};
    for (int i = 0; i < treatments_->count(); ++i)
        if (treatments_->item(i)->checkState() == Qt::Checked)
            arms.push_back(treatments_->item(i)->data(Qt::UserRole).toString().toStdString());
    return arms;
}

std::vector<std::string> AbTestPage::replayArms() const {
    return aa_->isChecked() ? std::vector<std::string>{control_->currentData().toString().toStdString()}
                            : controlAndTreatments();
}

void AbTestPage::setSetup(const ab::ExperimentSetup& s) {
    loadedSetup_ = s;
    mode_->setCurrentIndex(std::max(0, mode_->findData(static_cast<int>(s.mode))));
    if (!s.arms.empty()) control_->setCurrentIndex(std::max(0, control_->findData(QString::fromStdString(s.arms[0]))));
    for (int i = 0; i < treatments_->count(); ++i) {
        const std::string id = treatments_->item(i)->data(Qt::UserRole).toString().toStdString();
        const bool checked = std::find(s.arms.begin() + (s.arms.empty() ? 0 : 1), s.arms.end(), id) != s.arms.end();
        treatments_->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    aa_->setChecked(s.aa);
    armSettings_->setArms(replayArms());
    armSettings_->setParams(s.arms, s.armParams);
    arms_->setValue(s.parametricArms);
    baseline_->setValue(100.0 * s.baseline);
    lift_->setValue(100.0 * s.lift);
    visitors_->setValue(static_cast<int>(std::min<std::int64_t>(s.visitors, visitors_->maximum())));
    split_->setText(s.split.empty() ? QString() : QString::fromStdString(ab::splitText(s.split)));
    days_->setValue(s.days);
    metric_->setCurrentIndex(std::max(0, metric_->findData(static_cast<int>(s.metric))));
    alpha_->setValue(s.alpha);
    powerInput_->setValue(s.power);
    rule_->setCurrentIndex(std::max(0, rule_->findData(static_cast<int>(s.rule))));
    seed_->setValue(static_cast<int>(std::min<std::uint64_t>(s.seed, static_cast<std::uint64_t>(seed_->maximum()))));
    shown_ = {days_->value(), alpha_->value(), powerInput_->value(), seed_->value(), split_->text()};
    updateModeWidgets();
}

} // namespace vitrina::ui::abtestpage
