#pragma once
// The Visitors page: find a visitor by raw id or pick one (most active, a seeded random sample, and the three
// personas found in the data: new, browsing, intent), see their timeline grouped by session with the funnel
// stage and activity segment at the moment shown, every trained model's top K side by side (items the visitor
// really interacted with later are marked), and why a model recommended the selected item (typed reasons with
// shares). "What if" adds simulated events to a live session; the stage and every list update at once.
// Every model call runs in the job runner; the GUI thread only shows results.
//
// Public API for tests and the defence demo: showPersona(), findVisitor(), selectRecommendation(),
// addLiveEvent(), clearLiveSession(), trainQuickModels(); signals picksReady(), recommendationsUpdated(),
// reasonsShown(); isBusy() while any of its jobs runs.
#include <memory>
#include <optional>
#include <vector>

#include "app/Page.h"
#include "jobs/JobRunner.h"
#ifndef Q_MOC_RUN
#include "analytics/Personas.h"
#include "models/LiveHistory.h"
#include "models/Recommender.h"
#endif

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace vitrina::ui::common {
class Card;
}
namespace vitrina::ui::jobs {
class JobProgressWidget;
}

namespace vitrina::ui::visitors {

class ReasonsPanel;
class RecommendationsModel;
class VisitorTimeline;
class WhatIfPanel;
struct RecommendationsSnapshot;

/// A trained model the page has in memory (acquired from TrainedModels on a worker).
struct PageModel {
    QString name;
    std::shared_ptr<const models::Recommender> model;
    std::int64_t trainEndMs = 0;
};

class VisitorsPage : public app::Page {
    Q_OBJECT
public:
    VisitorsPage(app::PageContext& context, QWidget* parent = nullptr);
    ~VisitorsPage() override;

    QString title() const override { return tr("Visitors"); }
    QIcon icon() const override;

    /// Shows the persona found in the data at its moment; false while the search runs or when none fits.
    bool showPersona(analytics::PersonaKind kind);
    /// Finds a visitor by raw id (what the Find button does); false with a message when unknown.
    bool findVisitor(const QString& rawId);
    /// Shows a visitor at a moment (history = events before `at`); drops the simulated events.
    void showVisitor(data::VisitorIndex visitor, std::int64_t at);
    /// Selects the recommendation at (row, model column) and explains it; false when the cell is empty.
    bool selectRecommendation(int row, int column = 0);
    /// Adds a simulated event to the live session; the stage updates now, the lists in the job runner.
    bool addLiveEvent(data::ItemIndex item, data::EventType type);
    void clearLiveSession();
    void setK(int k);
    /// Trains Popular, Recent, ItemKNN, ALS, BPR and session-KNN on the default temporal split (7 test days)
    /// in the job runner and adds them to the trained models (what the button does).
    void trainQuickModels();

    // State, for tests and the demo.
    bool isBusy() const;
    const analytics::PersonaPicks* picks() const { return picks_.get(); }
    std::optional<data::VisitorIndex> currentVisitor() const { return visitor_; }
    const models::LiveHistory& live() const { return live_; }
    std::int64_t testBeginMs() const { return testBeginMs_; }
    const std::vector<PageModel>& loadedModels() const { return models_; }
    RecommendationsModel* recommendations() const { return recsModel_; }
    QTableView* recommendationsView() const { return recsView_; }
    ReasonsPanel* reasons() const { return reasons_; }
    WhatIfPanel* whatIf() const { return whatIf_; }
    VisitorTimeline* timeline() const { return timeline_; }
    /// The stage card's text and the message line's text (find errors, model errors).
    QString stageText() const;
    QString messageText() const;

signals:
    void picksReady();
    void recommendationsUpdated();
    void reasonsShown();

protected:
    void changeEvent(QEvent* event) override;

private:
    // VisitorsPage.cpp: layout, texts, visitor state
    void buildLayout();
    void retranslate();
    void fillPickCombo();
    void datasetChanged();
    void showMessage(const QString& text, bool error);
    void updateCards();
    void updateTimeline();
    void updateModelsHint();
    std::vector<data::ItemIndex> laterItems() const;
    // VisitorsPageJobs.cpp: background work
    void trainedModelsChanged();
    void findPicks();
    void acquireModels();
    void updateRecommendations();
    void showRecommendations(std::shared_ptr<const RecommendationsSnapshot> snapshot);
    void explainSelected();
    std::int64_t chooseTestBegin() const;
    /// T of the default 7-day temporal protocol for the loaded data.
    std::int64_t defaultTestBegin() const;

    app::PageContext context_;
    jobs::JobTracker picksTracker_;
    jobs::JobTracker modelsTracker_;
    jobs::JobTracker recsTracker_;
    jobs::JobTracker explainTracker_;
    jobs::JobTracker trainTracker_;

    std::shared_ptr<const analytics::PersonaPicks> picks_;
    std::int64_t testBeginMs_ = 0;
    std::vector<PageModel> models_;
    std::optional<data::VisitorIndex> visitor_;
    quint64 stateRevision_ = 0; ///< the session revision (dataset) visitor_, picks_ and live_ belong to
    std::int64_t at_ = 0;
    models::LiveHistory live_;
    double lastUpdateMs_ = -1.0;
    int selectedRow_ = -1, selectedColumn_ = -1;
    bool autoTrainTried_ = false;

    QLabel* findLabel_ = nullptr;
    QLineEdit* visitorId_ = nullptr;
    QPushButton* find_ = nullptr;
    QLabel* personasLabel_ = nullptr;
    QPushButton* personaButtons_[analytics::kPersonaKindCount] = {};
    QLabel* pickLabel_ = nullptr;
    QComboBox* pick_ = nullptr;
    QLabel* kLabel_ = nullptr;
    QSpinBox* k_ = nullptr;
    QPushButton* train_ = nullptr;
    jobs::JobProgressWidget* picksProgress_ = nullptr;
    jobs::JobProgressWidget* modelsProgress_ = nullptr;
    jobs::JobProgressWidget* trainProgress_ = nullptr;
    QLabel* message_ = nullptr;
    common::Card* visitorCard_ = nullptr;
    common::Card* stageCard_ = nullptr;
    common::Card* segmentCard_ = nullptr;
    common::Card* momentCard_ = nullptr;
    VisitorTimeline* timeline_ = nullptr;
    WhatIfPanel* whatIf_ = nullptr;
    QLabel* recsTitle_ = nullptr;
    QLabel* modelsHint_ = nullptr;
    QTableView* recsView_ = nullptr;
    RecommendationsModel* recsModel_ = nullptr;
    ReasonsPanel* reasons_ = nullptr;
};

} // namespace vitrina::ui::visitors
