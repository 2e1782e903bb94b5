#pragma once
// The A/B page: a simulated A/B test between recommenders (replay of the last days of the log, core/abtest
// Replay) or with planted rates (parametric, also A/A), run in the job runner and analysed by core/abtest
// Analysis. Shows the verdict in words, the SRM check, charts (cumulative metric with intervals, lift over
// time, fixed and always-valid p-values, posteriors, bootstrap), the results and daily tables (CSV), and a
// power calculator. Experiments are saved in the project as "abtest" artefacts (set-up + results JSON) and
// reopened by running the saved set-up again (deterministic for its seed).
#include <array>
#include <memory>

#include "app/Page.h"
#include "jobs/JobRunner.h"
#include "abtestpage/AbTestRun.h"

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

namespace vitrina::ui::common {
class ChartPanel;
class TablePanel;
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

    /// The form's set-up, and setting the form from one.
    AbTestSetup setup() const;
    void setSetup(const AbTestSetup& setup);
    /// Starts the experiment of the form; false (with errorText()) when the set-up is invalid.
    bool runExperiment();
    /// Saves the shown run into the project (false without a saved project or a run).
    bool saveExperiment(const QString& name);
    /// Names of the saved experiments, as listed.
    QStringList savedExperiments() const;
    /// Loads a saved experiment's set-up into the form and runs it.
    bool reopenExperiment(const QString& name);

    // For tests and screenshots.
    const AbTestRun* run() const { return run_.get(); }
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

private:
    void buildForm();
    void fitSetupWidth();
    void retranslate();
    void fillCombos();
    void updateModeWidgets();
    /// The control model, then the ticked treatments, as the form shows them.
    std::vector<std::string> controlAndTreatments() const;
    /// The arms the replay would run (control first; the control alone in A/A mode), for the settings table.
    std::vector<std::string> replayArms() const;
    void showRun();
    void rebuildCharts();
    void refreshSaved();
    void showError(const QString& text);
    QString composeVerdict() const;
    /// The estimate in words: the relative lift with its interval, or the difference when no lift is defined.
    QString effectText(const abtest::Effect& effect, abtest::Metric metric) const;
    /// The line of the chosen decision rule for one comparison, with its agreement with the verdict.
    QString decisionRuleLine(const abtest::Comparison& comparison) const;

    app::PageContext context_;
    jobs::JobTracker tracker_;
    std::shared_ptr<const AbTestRun> run_;

    QScrollArea* scroll_ = nullptr;
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
    std::array<common::ChartPanel*, kChartCount> charts_{};
    common::TablePanel* resultsTable_ = nullptr;
    common::TablePanel* dailyTable_ = nullptr;
    PowerPanel* power_ = nullptr;
    DailySeriesModel* dailyModel_ = nullptr;
    MetricResultsModel* resultsModel_ = nullptr;
};

} // namespace vitrina::ui::abtestpage
