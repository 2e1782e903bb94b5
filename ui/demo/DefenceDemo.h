#pragma once
// The defence demo mode: runs DefenceTour with presentation-sized text and keyboard control (Right / Page Down
// / Space: next; Left / Page Up: back; Esc: leave; Ctrl++ / Ctrl+-: text size; N: notes on/off). Leaving
// restores the text size. Started from Help → Defence demo or `vitrina --demo --tour`.
//
// The presenter's notes (what to say, what to point at) are not for the audience, as in a slide show's
// presenter view: with a second screen the presenter bar opens as its own window there and the projected window
// shows only the app; with one screen the bar sits under the pages with its notes hidden until N is pressed.
//
// Honest timing: a step's wait is measured from entering it (Next) until its ready condition holds, polled
// every kPollMs; the first visit of each step is recorded (waits()), going back and forth again is free.
#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <vector>

#include "demo/PresentationScale.h"

class QDockWidget;
class QWidget;
class QTimer;

namespace vitrina::ui::app {
class MainWindow;
struct PageContext;
} // namespace vitrina::ui::app

namespace vitrina::ui::demo {

class DefenceTour;
class PresenterBar;

class DefenceDemo : public QObject {
    Q_OBJECT
public:
    static constexpr int kPollMs = 50;
    /// The waiting budget of one step, shown to the presenter when exceeded.
    static constexpr double kStepBudgetSeconds = 3.0;

    DefenceDemo(app::PageContext& context, app::MainWindow& window, QObject* parent = nullptr);
    ~DefenceDemo() override;

    /// Where the demo dataset is (default: ProjectController::defaultDemoFolder()); before start().
    void setDemoFolder(const QString& folder);

    /// Where the presenter bar goes: its own window on a second screen when there is one (Automatic), or
    /// forced either way (rehearsals, tests). Read by start().
    enum class PresenterPlacement { Automatic, Docked, OwnWindow };
    void setPresenterPlacement(PresenterPlacement placement) { placement_ = placement; }
    /// The bar is in its own presenter window (not under the pages).
    bool presenterInOwnWindow() const;
    /// The presenter window (nullptr when the bar is docked).
    QWidget* presenterWindow() const { return presenterWindow_; }
    /// Enters the demo mode at `step`; the background work starts at once. Asks first when the demo dataset
    /// would replace an import not saved in a project (and does nothing on No).
    void start(int step = 0);
    /// Leaves the demo mode: the bar goes, the text size returns.
    void leave();
    bool isActive() const { return active_; }

    void next();
    void back();
    void goTo(int step);
    int currentStep() const { return current_; }
    int stepCount() const;
    bool isCurrentReady() const { return currentReady_; }
    /// Measured wait of each step's first visit in seconds; -1 for steps not reached or not ready yet.
    const std::vector<double>& waits() const { return waits_; }
    /// Seconds since start().
    double elapsedSeconds() const;

    void setScaleFactor(double factor);
    double scaleFactor() const { return factor_; }

    DefenceTour* tour() const { return tour_; }
    PresenterBar* bar() const { return bar_; }
    const PresentationScale& scale() const { return scale_; }

signals:
    void stepEntered(int step);
    /// The step's result is on screen; `waitSeconds` since it was entered.
    void stepReady(int step, double waitSeconds);
    void left();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void poll();
    void showTexts();
    void fitBarHeight();
    void toggleLanguage();
    void placePresenterBar();
    bool handleKey(int key, Qt::KeyboardModifiers modifiers);

    app::PageContext& context_;
    app::MainWindow& window_;
    QString demoFolder_;
    DefenceTour* tour_ = nullptr;
    PresenterBar* bar_ = nullptr;
    QDockWidget* dock_ = nullptr;
    QWidget* presenterWindow_ = nullptr; ///< top-level, on the second screen
    PresenterPlacement placement_ = PresenterPlacement::Automatic;
    QWidget* navigation_ = nullptr; ///< the main window's page list, hidden during the demo
    bool statusBarWasVisible_ = true;
    bool menuBarWasVisible_ = true;
    QTimer* timer_ = nullptr;
    PresentationScale scale_;
    double factor_ = PresentationScale::kDefaultFactor;

    bool active_ = false;
    int current_ = 0;
    bool currentReady_ = false;
    QElapsedTimer stepClock_;
    QElapsedTimer runClock_;
    std::vector<double> waits_;
};

} // namespace vitrina::ui::demo
