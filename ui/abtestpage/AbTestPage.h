#pragma once
// The A/B page: a simulated A/B test between recommenders (replay of the last days of the log, core/abtest
// Replay) or with planted rates (parametric, also A/A), run in the job runner and analysed by core/abtest
// Analysis. Shows the verdict in words, the SRM check, charts (cumulative metric with intervals, lift over
// time, fixed and always-valid p-values, posteriors, bootstrap), the results and daily tables (CSV), and a
// power calculator. The set-up and its run are core's (abtest/Setup.h, abtest/Run.h); experiments are saved in
// the project through store::ExperimentStore, the same store `vitrina-cli abtest --save/--list/--reopen` uses,
// and reopened by running the saved set-up again (deterministic for its seeds). Saving, listing, deleting and
// reading saved experiments run in jobs; a result that arrives after the project changed is dropped.
#include <array>
#include <memory>
#include <vector>

#include "app/Page.h"
#include "jobs/JobRunner.h"
#ifndef Q_MOC_RUN // moc cannot parse the X-macro enum in util/Message.h
#include "abtest/Run.h"
#include "abtest/Setup.h"
#endif

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QGroupBox;
class QScrollArea;

namespace vitrina::store {
struct SavedExperiment;
}
namespace vitrina::ui::common {
class ChartPanel;
class TablePanel;
class TabChooser;
} // namespace vitrina::ui::common
namespace vitrina::ui::jobs {
class JobProgressWidget;
}

namespace vitrina::ui::abtestpage {

class ArmSettingsTable;
class DailySeriesModel;
class MetricResultsModel;
class PowerPanel;

class AbTestPage : public app::Page {
    Q_OBJECT
public:
    AbTestPage(app::PageContext& context, QWidget* parent = nullptr);

    QString title() const override { return tr("A/B test"); }
    QIcon icon() const override;

    /// The form's set-up, and setting the form from one. What the form does not show (model seed, list length,
    /// click model, horizon, ...) and values it cannot show (a seed above its range, a finer alpha) keep those of
    /// the set-up last set, until their field is edited: a reopened experiment runs as it was saved.
    abtest::ExperimentSetup setup() const;
    void setSetup(const abtest::ExperimentSetup& setup);
    /// Starts the experiment of the form; false (with errorText()) when the set-up is invalid.
    bool runExperiment();
    /// Starts saving the shown run into the project (false without a saved project or a run).
    bool saveExperiment(const QString& name);
    /// Names of the saved experiments, as listed.
    QStringList savedExperiments() const;
    /// Lists the project's saved experiments again (also done when the page is shown).
    void refreshSaved();
    /// Starts reading a saved experiment's set-up; then loads it into the form and runs it.
    bool reopenExperiment(const QString& name);
    /// Deletes a saved experiment (in a job), then lists again.
    void deleteExperiment(const QString& name);
    /// A saving, listing, deleting or reading job is running.
    bool isStoreBusy() const;

    // For tests and screenshots.
    const abtest::ExperimentRun* run() const { return run_.get(); }
    jobs::JobTracker& tracker() { return tracker_; }
    QString errorText() const;
    QString verdictText() const;
    QString srmText() const;
    DailySeriesModel* dailyModel() const { return dailyModel_; }
    MetricResultsModel* resultsModel() const { return resultsModel_; }
    QListWidget* savedList() const { return saved_; }
    QListWidget* treatmentList() const { return treatments_; }
    ArmSettingsTable* armSettings() const { return armSettings_; }
    PowerPanel* powerPanel() const { return power_; }
    QTabWidget* tabs() const { return tabs_; }
    common::ChartPanel* chartPanel(int index) const { return charts_[static_cast<std::size_t>(index)]; }
    static constexpr int kChartCount = 5;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildForm();
    void retranslate();
    void fillCombos();
    void updateModeWidgets();
    /// The control model, then the ticked treatments, as the form shows them.
    std::vector<std::string> controlAndTreatments() const;
    /// The arms the replay would run (control first; the control alone in A/A mode), for the settings table.
    std::vector<std::string> replayArms() const;
    void showRun();
    void rebuildCharts();
    void showSaved(const std::vector<store::SavedExperiment>& list);
    void showError(const QString& text);
    QString composeVerdict() const;
    /// The estimate in words: the relative lift with its interval, or the difference when no lift is defined.
    QString effectText(const abtest::Effect& effect, abtest::Metric metric) const;
    /// The line of the chosen decision rule for one comparison, with its agreement with the verdict.
    QString decisionRuleLine(const abtest::Comparison& comparison) const;

    app::PageContext context_;
    jobs::JobTracker tracker_;      ///< running an experiment
    jobs::JobTracker listTracker_;  ///< listing the saved experiments
    jobs::JobTracker saveTracker_;  ///< saving or deleting one
    jobs::JobTracker reopenTracker_; ///< reading a saved set-up
    std::shared_ptr<const abtest::ExperimentRun> run_;
    abtest::ExperimentSetup loadedSetup_; ///< the set-up last set (setSetup)
    struct ShownValues { int days = 0; double alpha = 0.0, power = 0.0; int seed = 0; QString split; };
    ShownValues shown_; ///< what setSetup's values became in their fields (bounded, rounded)

    QGroupBox* setupBox_ = nullptr;
    QLabel* modeLabel_ = nullptr;
    QComboBox* mode_ = nullptr;
    QLabel* controlLabel_ = nullptr;
    QComboBox* control_ = nullptr;
    QLabel* treatmentsLabel_ = nullptr;
    QListWidget* treatments_ = nullptr;
    QLabel* armSettingsLabel_ = nullptr;
    ArmSettingsTable* armSettings_ = nullptr;
    QCheckBox* aa_ = nullptr;
    QLabel* armsLabel_ = nullptr;
    QSpinBox* arms_ = nullptr;
    QLabel* baselineLabel_ = nullptr;
    QDoubleSpinBox* baseline_ = nullptr;
    QLabel* liftLabel_ = nullptr;
    QDoubleSpinBox* lift_ = nullptr;
    QLabel* visitorsLabel_ = nullptr;
    QSpinBox* visitors_ = nullptr;
    QLabel* splitLabel_ = nullptr;
    QLineEdit* split_ = nullptr;
    QLabel* daysLabel_ = nullptr;
    QSpinBox* days_ = nullptr;
    QLabel* metricLabel_ = nullptr;
    QComboBox* metric_ = nullptr;
    QLabel* alphaLabel_ = nullptr;
    QDoubleSpinBox* alpha_ = nullptr;
    QLabel* powerLabel_ = nullptr;
    QDoubleSpinBox* powerInput_ = nullptr;
    QLabel* ruleLabel_ = nullptr;
    QComboBox* rule_ = nullptr;
    QLabel* seedLabel_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QPushButton* runButton_ = nullptr;
    QGroupBox* savedBox_ = nullptr;
    QListWidget* saved_ = nullptr;
    QLineEdit* saveName_ = nullptr;
    QPushButton* saveButton_ = nullptr;
    QPushButton* openButton_ = nullptr;
    QPushButton* deleteButton_ = nullptr;

    jobs::JobProgressWidget* progress_ = nullptr;
    QLabel* error_ = nullptr;
    QLabel* verdict_ = nullptr;
    QLabel* srm_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    common::TabChooser* tabChooser_ = nullptr; ///< a list instead of the tab bar when the tabs do not fit
    std::array<common::ChartPanel*, kChartCount> charts_{};
    common::TablePanel* resultsTable_ = nullptr;
    common::TablePanel* dailyTable_ = nullptr;
    PowerPanel* power_ = nullptr;
    DailySeriesModel* dailyModel_ = nullptr;
    MetricResultsModel* resultsModel_ = nullptr;
};

} // namespace vitrina::ui::abtestpage
