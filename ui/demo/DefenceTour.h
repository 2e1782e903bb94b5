#pragma once
// The defence demo's script: the ordered steps (dataset → funnel → model comparison → the three personas with
// their explanations → the A/B test), each with a title and notes for the presenter (tr()), the page it shows,
// what it sets on that page when entered, and when it is ready. The slow work (opening the demo dataset, the
// model comparison, the A/B replay) is started in the background as early as possible and one job after the
// other in the order of the steps (advance(), called by DefenceDemo's timer), so that by the time the
// presenter reaches a step its result is usually there; a step that is not ready yet shows the page's own
// progress and the presenter bar counts the seconds.
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

#include "demo/TourPersonas.h"

namespace vitrina::ui::app {
class MainWindow;
struct PageContext;
} // namespace vitrina::ui::app

namespace vitrina::ui::demo {

class DefenceTour : public QObject {
    Q_OBJECT
public:
    /// `demoFolder`: where the demo dataset lives (ProjectController::defaultDemoFolder() unless a test says).
    DefenceTour(app::PageContext& context, app::MainWindow& window, const QString& demoFolder,
                QObject* parent = nullptr);
    ~DefenceTour() override;

    int count() const { return static_cast<int>(steps_.size()); }
    /// Stable ids: "dataset", "funnel", "models", "persona-new", "persona-browsing", "persona-intent", "abtest".
    QString id(int step) const;
    QString pageId(int step) const;
    /// In the current language.
    QString title(int step) const;
    /// Rich text (a few sentences, <b> for what to point at), in the current language.
    QString notes(int step) const;

    /// Shows the step's page and sets it up (tab, persona, selected recommendation).
    void enter(int step);
    /// The step's result is on its page (or its failure is shown there).
    bool isReady(int step) const;
    /// Starts the next background job whose turn it is; cheap to call often.
    void advance();

    /// What the model comparison and the A/B step use (for the notes, the test and the README).
    static QStringList comparedModels();
    /// The A/B test's treatment: "hybrid" when that model is built in, otherwise "itemknn".
    static QString abTreatment();
    /// True when the open dataset is the demo project of `demoFolder`.
    bool isDemoOpen() const;

private:
    struct Step {
        QString id;
        QString pageId;
        std::function<void()> enter;
        std::function<bool()> ready;
    };

    void buildSteps();
    void startModels();
    void startAbTest();
    bool modelsReady() const;
    bool abTestReady() const;
    /// The comparison's result in a sentence (best model, runner-up, whether the lead is significant); empty
    /// until it is there.
    QString modelsFinding() const;
    /// The A/B test's size against its result: visitors, the lift detectable with the verdict's power, and
    /// whether the lift shown reaches it; empty until the replay is there.
    QString abTestFinding() const;
    /// A persona step's notes: what to look at, then what the explained recommendation really showed.
    QString personaNotes(const QString& persona) const;
    static bool sameWeights(const TourPersonas::Finding& a, const TourPersonas::Finding& b);

    app::PageContext& context_;
    app::MainWindow& window_;
    QString demoFolder_;
    std::vector<Step> steps_;
    TourPersonas* personas_ = nullptr;

    // Background work, per dataset revision (a new dataset starts it again).
    quint64 revision_ = 0;
    bool demoRequested_ = false;
    bool modelsStarted_ = false;
    bool abStarted_ = false;
};

} // namespace vitrina::ui::demo
