#pragma once
// The Models page's "Ablation" tab: runs core/eval/Ablation (the funnel-aware hybrid, the static hybrid, each
// component removed, no session views, uniform event weights, each component alone) in the job runner with
// progress and Cancel, under the page's protocol and seed and the hybrid's hyperparameters from the picker
// (defaults when "hybrid" is not ticked). Shows a sortable table (NDCG@10, difference to the full hybrid,
// simultaneous paired bootstrap interval with * when it excludes 0, Wilcoxon p and Holm-corrected p with ≠ when
// that check disagrees) and a bar chart of the differences with
// interval whiskers (line-series whiskers: Qt Charts has no error bars).
#include <QWidget>
#include <memory>

#include "common/TableModel.h"
#include "jobs/JobRunner.h"
#ifndef Q_MOC_RUN
#include "eval/Ablation.h"
#endif

class QLabel;
class QPushButton;

namespace vitrina::ui::app {
struct PageContext;
}
namespace vitrina::ui::common {
class ChartPanel;
class TablePanel;
} // namespace vitrina::ui::common
namespace vitrina::ui::jobs {
class JobProgressWidget;
}

namespace vitrina::ui::modelspage {

class AblationPersistence;
class ModelPicker;
class ProtocolEditor;

/// One row per ablation variant: name, NDCG@10, difference to the full hybrid, its interval, p, Holm p.
class AblationTableModel : public common::TableModel {
    Q_OBJECT
public:
    using common::TableModel::TableModel;
    enum Column { Variant, Ndcg, Difference, Interval, PValue, PHolm, Count };

    void resetData(std::shared_ptr<const eval::AblationReport> report);
    /// The variant as the GUI names it ("without ALS", "Recent alone").
    static QString variantName(const eval::AblationRow& row);

protected:
    int rows() const override;
    int columns() const override { return Count; }
    QString header(int column) const override;
    QVariant raw(int row, int column) const override;
    QString display(int row, int column) const override;
    QString toolTip(int row, int column) const override;

private:
    std::shared_ptr<const eval::AblationReport> report_;
};

class AblationPanel : public QWidget {
    Q_OBJECT
public:
    AblationPanel(app::PageContext& context, ProtocolEditor* protocol, ModelPicker* picker, QWidget* parent = nullptr);

    /// Starts the ablation (what the button does); false without a dataset or with a bad hyperparameter.
    bool start();
    jobs::JobTracker& tracker() { return tracker_; }
    const eval::AblationReport* report() const { return report_.get(); }
    AblationTableModel* tableModel() const { return model_; }
    common::ChartPanel* chart() const { return chart_; }
    QString errorText() const;
    AblationPersistence* persistence() const { return persistence_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showReport();
    void showError(const QString& text);
    void showRestored(std::shared_ptr<const eval::AblationReport> report);

    app::PageContext& context_;
    ProtocolEditor* protocol_ = nullptr;
    ModelPicker* picker_ = nullptr;
    jobs::JobTracker tracker_;
    std::shared_ptr<const eval::AblationReport> report_;
    AblationPersistence* persistence_ = nullptr;

    QLabel* intro_ = nullptr;
    QPushButton* run_ = nullptr;
    jobs::JobProgressWidget* progress_ = nullptr;
    QLabel* error_ = nullptr;
    QLabel* summary_ = nullptr;
    AblationTableModel* model_ = nullptr;
    common::TablePanel* table_ = nullptr;
    common::ChartPanel* chart_ = nullptr;
};

} // namespace vitrina::ui::modelspage
