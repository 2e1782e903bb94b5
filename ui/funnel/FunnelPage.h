#pragma once
// The Funnel page: view → addtocart → transaction as a funnel chart and a conversion table (events, visitors
// reached, visitors ordered same-item, sessions), by top-level category and over time (day / ISO week), for a
// segment (activity segment, new vs returning), with time-to-convert quartiles. The reports are computed by
// analytics::computeFunnel in the job runner, never on the GUI thread. Every chart exports to PNG/SVG and
// every table to CSV.
#include <memory>

#include "app/Page.h"
#include "jobs/JobRunner.h"
#ifndef Q_MOC_RUN // moc cannot parse the X-macro enum in util/Message.h
#include "analytics/Funnel.h"
#endif

class QComboBox;
class QLabel;
class QTabWidget;

namespace vitrina::ui::common {
class ChartPanel;
class TablePanel;
} // namespace vitrina::ui::common
namespace vitrina::ui::jobs {
class JobProgressWidget;
}

namespace vitrina::ui::funnel {

class FunnelSliceModel;
class FunnelTableModel;

/// The three reports the page shows, computed together for one filter.
struct FunnelReports {
    analytics::FunnelReport overall;    ///< FunnelSlicing::None (conversion table, funnel, quartiles)
    analytics::FunnelReport byCategory; ///< TopCategory
    analytics::FunnelReport overTime;   ///< Day or IsoWeek
    analytics::FunnelFilter filter;
    bool weekly = false;
};

class FunnelPage : public app::Page {
    Q_OBJECT
public:
    FunnelPage(app::PageContext& context, QWidget* parent = nullptr);

    QString title() const override { return tr("Funnel"); }
    QIcon icon() const override;

    /// Sets the selectors (activity segment -1..3, returning -1..1, unit, weekly) and recomputes.
    void setSelection(const analytics::FunnelFilter& filter, analytics::FunnelUnit unit, bool weekly);

    // For tests and screenshots.
    FunnelTableModel* conversionModel() const { return conversionModel_; }
    FunnelSliceModel* categoryModel() const { return categoryModel_; }
    FunnelSliceModel* timeModel() const { return timeModel_; }
    const FunnelReports* reports() const { return reports_.get(); }
    jobs::JobTracker& tracker() { return tracker_; }
    QTabWidget* tabs() const { return tabs_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillCombos();
    void recompute();
    void showReports();
    void rebuildCharts();
    void updateTimings();
    analytics::FunnelUnit selectedUnit() const;
    bool weeklySelected() const;

    app::PageContext context_; // a copy: the struct only holds references to long-lived services
    jobs::JobTracker tracker_;
    std::shared_ptr<const FunnelReports> reports_;

    QLabel* segmentLabel_ = nullptr;
    QComboBox* segment_ = nullptr;
    QLabel* returningLabel_ = nullptr;
    QComboBox* returning_ = nullptr;
    QLabel* unitLabel_ = nullptr;
    QComboBox* unit_ = nullptr;
    QLabel* periodLabel_ = nullptr;
    QComboBox* period_ = nullptr;
    jobs::JobProgressWidget* progress_ = nullptr;
    QLabel* error_ = nullptr;

    common::ChartPanel* funnelChart_ = nullptr;
    common::TablePanel* conversionTable_ = nullptr;
    QLabel* timings_ = nullptr;
    QLabel* definitions_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    common::ChartPanel* categoryChart_ = nullptr;
    common::TablePanel* categoryTable_ = nullptr;
    common::ChartPanel* timeChart_ = nullptr;
    common::TablePanel* timeTable_ = nullptr;

    FunnelTableModel* conversionModel_ = nullptr;
    FunnelSliceModel* categoryModel_ = nullptr;
    FunnelSliceModel* timeModel_ = nullptr;
};

} // namespace vitrina::ui::funnel
