#pragma once
// The Models page: choose a protocol and its parameters, tick models and edit their hyperparameters, then
// train and evaluate them in the job runner (per-model progress, ETA, Cancel; the GUI thread never blocks).
// Results: a sortable metrics table at a chosen K with 95 % intervals, a bar chart of any metric with interval
// whiskers, the breakdown by activity segment and funnel stage, the significance matrix (bootstrap interval of
// the mean difference, simultaneous over the pairs, which decides the colour; the Holm-corrected Wilcoxon p
// beside it, marked where it disagrees), and the share of lists made without history.
// Tables export to CSV, charts to PNG/SVG, the whole report to JSON.
#include <functional>
#include <memory>

#include "app/Page.h"
#include "jobs/JobRunner.h"
#ifndef Q_MOC_RUN
#include "eval/Evaluator.h"
#endif

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;
class QScrollArea;
class QToolButton;

namespace vitrina::ui::common {
class ChartPanel;
class ElidedLabel;
class TablePanel;
class TabChooser;
} // namespace vitrina::ui::common
namespace vitrina::ui::jobs {
class JobProgressWidget;
}

namespace vitrina::ui::modelspage {

class EpochInbox;
class EpochLossChart;
class MetricsTableModel;
class ModelPicker;
class ModelsPersistence;
class ProtocolEditor;
class SegmentTableModel;
class SignificanceTableModel;

/// One finished evaluation as the page shows it.
struct ModelsRun {
    eval::ProtocolOptions protocol;
    std::vector<eval::ModelSpec> models;
    std::shared_ptr<const eval::EvaluationReport> report;
    bool sessionProtocol = false;
};

class ModelsPage : public app::Page {
    Q_OBJECT
public:
    ModelsPage(app::PageContext& context, QWidget* parent = nullptr);

    QString title() const override { return tr("Models"); }
    QIcon icon() const override;

    /// Starts training and evaluation of the checked models (what the button does). False when a parameter is
    /// invalid (the message is shown) or no dataset is open.
    bool trainAndEvaluate();

    // For tests and screenshots.
    ProtocolEditor* protocolEditor() const { return protocol_; }
    ModelPicker* picker() const { return picker_; }
    EpochLossChart* lossChart() const { return lossChart_; }
    MetricsTableModel* metricsModel() const { return metricsModel_; }
    SegmentTableModel* segmentModel() const { return segmentModel_; }
    SignificanceTableModel* significanceModel() const { return significanceModel_; }
    const ModelsRun* run() const { return run_.get(); }
    jobs::JobTracker& tracker() { return tracker_; }
    QString errorText() const;
    QTabWidget* tabs() const { return tabs_; }
    common::ChartPanel* metricChart() const { return metricChart_; }
    common::ChartPanel* segmentChart() const { return segmentChart_; }
    ModelsPersistence* persistence() const { return persistence_; }
    /// Writes the report as JSON (core/report/EvaluationJson); returns an empty string or a translated error.
    QString exportJson(const QString& path) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    /// Moves the epochs the running evaluation reported onto the loss chart (GUI thread, on a timer).
    void drainEpochs();
    void fitControlsWidth();
    void datasetChanged();
    void showRun();
    void fillResultCombos();
    void refreshTables();
    void rebuildCharts();
    void updateSummary();
    void showProgress(double fraction, const QString& stage);
    /// What each empty result pane says (before a run, or when the run has nothing for it).
    void updateEmptyHints();
    void showError(const QString& text);

    app::PageContext context_;
    jobs::JobTracker tracker_;
    std::shared_ptr<const ModelsRun> run_;
    std::vector<eval::ModelSpec> runningSpecs_; ///< of the running job, for the per-model progress line
    ModelsPersistence* persistence_ = nullptr;  ///< models and results kept in the project (ModelsPersistence.h)
    /// "reused ..." / "shown from the project" under the summary, made in the current language when shown.
    std::function<QString()> keptNote_;

    ProtocolEditor* protocol_ = nullptr;
    ModelPicker* picker_ = nullptr;
    QPushButton* runButton_ = nullptr;
    QScrollArea* controlsScroll_ = nullptr;
    QLabel* protocolTitle_ = nullptr;
    QLabel* modelsTitle_ = nullptr;
    jobs::JobProgressWidget* progress_ = nullptr;
    common::ElidedLabel* modelProgress_ = nullptr; ///< elided: a long model name must not widen the window
    EpochLossChart* lossChart_ = nullptr;
    std::shared_ptr<EpochInbox> epochInbox_; ///< the running evaluation's epochs, drained by epochTimer_
    QTimer* epochTimer_ = nullptr;
    QLabel* error_ = nullptr;
    QLabel* summary_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    common::TabChooser* tabChooser_ = nullptr; ///< a list instead of the tab bar when the tabs do not fit

    QLabel* kLabel_ = nullptr;
    QComboBox* k_ = nullptr;
    QToolButton* exportJson_ = nullptr;
    common::TablePanel* metricsTable_ = nullptr;
    QLabel* chartMetricLabel_ = nullptr;
    QComboBox* chartMetric_ = nullptr;
    common::ChartPanel* metricChart_ = nullptr;
    QLabel* segmentKindLabel_ = nullptr;
    QComboBox* segmentKind_ = nullptr;
    common::ChartPanel* segmentChart_ = nullptr;
    common::TablePanel* segmentTable_ = nullptr;
    QLabel* subsetLabel_ = nullptr;
    QComboBox* subset_ = nullptr;
    common::TablePanel* significanceTable_ = nullptr;
    QLabel* significanceNote_ = nullptr;

    MetricsTableModel* metricsModel_ = nullptr;
    SegmentTableModel* segmentModel_ = nullptr;
    SignificanceTableModel* significanceModel_ = nullptr;
};

} // namespace vitrina::ui::modelspage
