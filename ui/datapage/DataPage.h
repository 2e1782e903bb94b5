#pragma once
// The Data page: open a folder or files (dialogs, drag & drop) or a project, import in the background with
// progress, ETA and Cancel; summary cards, the events-per-day chart, the events-per-visitor histogram, the
// import report (files, skipped rows by reason with first line numbers, warnings) and the release badge.
// Failed imports show the error (file and line) and keep what was loaded before.
#include "app/Page.h"

class QFrame;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace vitrina::ui::common {
class ChartPanel;
class TablePanel;
} // namespace vitrina::ui::common
namespace vitrina::ui::jobs {
class JobProgressWidget;
}

namespace vitrina::ui::datapage {

class ReleaseVerifier;
class SkippedRowsModel;
class SourceFilesModel;
class SummaryCards;

class DataPage : public app::Page {
    Q_OBJECT
public:
    DataPage(app::PageContext& context, QWidget* parent = nullptr);

    QString title() const override { return tr("Data"); }
    QIcon icon() const override;
    bool needsDataset() const override { return false; }

    /// Imports a folder or files, or opens a project when given one .vitrina file (also what a drop does).
    void openPaths(const QStringList& paths);
    /// Through the main window, which asks first when an imported dataset is not saved (directly without one).
    void replaceDataset(const std::function<void()>& open);

    // For tests and screenshots.
    SummaryCards* summaryCards() const { return cards_; }
    SourceFilesModel* sourceFilesModel() const { return sourcesModel_; }
    SkippedRowsModel* skippedRowsModel() const { return skippedModel_; }
    ReleaseVerifier* releaseVerifier() const { return release_; }
    QString errorText() const;
    QTabWidget* tabs() const { return tabs_; }

protected:
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* buildWelcome();
    QWidget* buildContent();
    void retranslate();
    void showError(const QString& message);
    void onDatasetChanged();
    void updateHeader();
    void updateSkipped();
    void updateRelease();
    void rebuildCharts();
    void rebuildPerDayChart();
    void rebuildPerVisitorChart();

    app::PageContext context_; // a copy: the struct only holds references to long-lived services
    QPushButton* importFolderButton_ = nullptr;
    QPushButton* importFilesButton_ = nullptr;
    QPushButton* openProjectButton_ = nullptr;
    QPushButton* saveProjectButton_ = nullptr;
    QPushButton* demoButton_ = nullptr;
    jobs::JobProgressWidget* progress_ = nullptr;
    QFrame* errorBanner_ = nullptr;
    QLabel* errorLabel_ = nullptr;
    QStackedWidget* stack_ = nullptr;

    QLabel* welcomeTitle_ = nullptr;
    QLabel* welcomeText_ = nullptr;
    QPushButton* welcomeDemoButton_ = nullptr;
    QPushButton* welcomeImportButton_ = nullptr;

    QLabel* datasetTitle_ = nullptr;
    QLabel* datasetSubtitle_ = nullptr;
    QLabel* releaseBadge_ = nullptr;
    SummaryCards* cards_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    common::ChartPanel* perDayChart_ = nullptr;
    common::ChartPanel* perVisitorChart_ = nullptr;
    common::TablePanel* sourcesTable_ = nullptr;
    common::TablePanel* skippedTable_ = nullptr;
    QLabel* warningsTitle_ = nullptr;
    QListWidget* warnings_ = nullptr;
    jobs::JobProgressWidget* releaseProgress_ = nullptr;

    SourceFilesModel* sourcesModel_ = nullptr;
    SkippedRowsModel* skippedModel_ = nullptr;
    ReleaseVerifier* release_ = nullptr;
};

} // namespace vitrina::ui::datapage
