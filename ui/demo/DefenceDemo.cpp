#include "demo/DefenceDemo.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QGuiApplication>
#include <QScreen>
#include <QVBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTextEdit>
#include <QTimer>

#include <algorithm>

#include "app/MainWindow.h"
#include "app/Page.h"
#include "app/Settings.h"
#include "demo/DefenceTour.h"
#include "demo/PresenterBar.h"
#include "session/ProjectController.h"
#include "session/ProjectSession.h"

namespace vitrina::ui::demo {

namespace {
// For rehearsals: QT_LOGGING_RULES="vitrina.demo.info=true" vitrina --demo --tour prints every step's wait.
Q_LOGGING_CATEGORY(lcDemo, "vitrina.demo", QtWarningMsg)

constexpr double kScaleStep = 0.1;

/// Keys typed into a text field stay there (a visitor id, a parameter), arrows and Space included.
bool isTextInput(const QWidget* w) {
    if (!w) return false;
    if (qobject_cast<const QLineEdit*>(w) || qobject_cast<const QTextEdit*>(w) ||
        qobject_cast<const QPlainTextEdit*>(w) || qobject_cast<const QAbstractSpinBox*>(w))
        return true;
    const auto* combo = qobject_cast<const QComboBox*>(w);
    return combo && combo->isEditable();
}
} // namespace

DefenceDemo::DefenceDemo(app::PageContext& context, app::MainWindow& window, QObject* parent)
    : QObject(parent), context_(context), window_(window),
      demoFolder_(session::ProjectController::defaultDemoFolder()), timer_(new QTimer(this)) {
    timer_->setInterval(kPollMs);
    connect(timer_, &QTimer::timeout, this, &DefenceDemo::poll);
}

DefenceDemo::~DefenceDemo() {
    // The window is being destroyed with its pages and charts: only the filter goes; PresentationScale's
    // destructor restores the application font.
    if (active_) QApplication::instance()->removeEventFilter(this);
    delete presenterWindow_; // a top-level window of its own (with the bar when it is there)
}

void DefenceDemo::setDemoFolder(const QString& folder) {
    if (folder == demoFolder_) return;
    demoFolder_ = folder;
    delete tour_; // made again for the new folder by start()
    tour_ = nullptr;
}

int DefenceDemo::stepCount() const { return tour_ ? tour_->count() : 0; }

double DefenceDemo::elapsedSeconds() const {
    return runClock_.isValid() ? static_cast<double>(runClock_.elapsed()) / 1000.0 : 0.0;
}

void DefenceDemo::start(int step) {
    if (!tour_) tour_ = new DefenceTour(context_, window_, demoFolder_, this);
    // The tour replaces the open dataset by the demo; an import not saved in a project would be lost.
    if (!active_ && context_.session.hasDataset() && !context_.session.isSaved() && !tour_->isDemoOpen() &&
        QMessageBox::question(&window_, tr("Defence demo"),
                              tr("The defence demo opens the demo dataset. The imported dataset is not saved in a "
                                 "project and will be closed. Start the demo anyway?"),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (!bar_) {
        bar_ = new PresenterBar;
        dock_ = new QDockWidget(&window_);
        dock_->setObjectName(QStringLiteral("presenterDock"));
        dock_->setWidget(bar_);
        dock_->setTitleBarWidget(new QWidget(dock_)); // no title, cannot be closed or floated by accident
        dock_->setFeatures(QDockWidget::NoDockWidgetFeatures);
        window_.addDockWidget(Qt::BottomDockWidgetArea, dock_);
        connect(bar_, &PresenterBar::nextClicked, this, &DefenceDemo::next);
        connect(bar_, &PresenterBar::backClicked, this, &DefenceDemo::back);
        connect(bar_, &PresenterBar::leaveClicked, this, &DefenceDemo::leave);
        connect(bar_, &PresenterBar::languageClicked, this, &DefenceDemo::toggleLanguage);
        connect(bar_, &PresenterBar::biggerClicked, this, [this] { setScaleFactor(factor_ + kScaleStep); });
        connect(bar_, &PresenterBar::smallerClicked, this, [this] { setScaleFactor(factor_ - kScaleStep); });
        connect(bar_, &PresenterBar::languageChanged, this, &DefenceDemo::showTexts);
    }
    if (!active_) {
        active_ = true;
        waits_.assign(static_cast<std::size_t>(tour_->count()), -1.0);
        runClock_.start();
        QApplication::instance()->installEventFilter(this);
        scale_.apply(factor_, &window_);
        // The navigation list gives its width to the pages: the presenter bar navigates now.
        navigation_ = window_.findChild<QWidget*>(QStringLiteral("navigation"));
        if (navigation_ && navigation_->isVisible()) navigation_->hide();
        else navigation_ = nullptr;
        // The status bar (project path) and the menu bar give their height to the pages and the notes, as in
        // any presentation mode; Esc or Leave brings them back.
        statusBarWasVisible_ = window_.statusBar()->isVisible();
        window_.statusBar()->hide();
        menuBarWasVisible_ = window_.menuBar()->isVisible();
        window_.menuBar()->hide();
        placePresenterBar();
        timer_->start();
    }
    tour_->advance(); // the background work starts before the first step is shown
    goTo(step);
}

void DefenceDemo::leave() {
    if (!active_) return;
    active_ = false;
    timer_->stop();
    QApplication::instance()->removeEventFilter(this);
    dock_->hide();
    if (presenterWindow_) presenterWindow_->hide();
    if (navigation_) navigation_->show();
    navigation_ = nullptr;
    window_.statusBar()->setVisible(statusBarWasVisible_);
    window_.menuBar()->setVisible(menuBarWasVisible_);
    scale_.restore(&window_);
    emit left();
}

void DefenceDemo::next() {
    if (!active_) return;
    if (current_ + 1 >= stepCount()) return leave(); // "Finish" on the last step
    goTo(current_ + 1);
}

void DefenceDemo::back() {
    if (active_ && current_ > 0) goTo(current_ - 1);
}

void DefenceDemo::goTo(int step) {
    if (!active_ || !tour_ || tour_->count() == 0) return;
    current_ = std::clamp(step, 0, tour_->count() - 1);
    currentReady_ = false;
    stepClock_.start();
    tour_->enter(current_);
    // The bar takes the focus, so that the keys reach the tour even when a page focused its search field.
    bar_->setFocus(Qt::OtherFocusReason);
    showTexts();
    emit stepEntered(current_);
    poll(); // a step that is ready already shows so at once
}

void DefenceDemo::showTexts() {
    if (!bar_ || !tour_ || tour_->count() == 0) return;
    bar_->setStep(current_, tour_->count(), tour_->title(current_), tour_->notes(current_));
    if (currentReady_) bar_->setReady(waits_[static_cast<std::size_t>(current_)]);
    // The bar is exactly as tall as its texts need at the window's width (a dock would otherwise keep the
    // height of its tallest step, or clip the notes of the first); fixed, so no separator can be dragged.
    fitBarHeight();
}

bool DefenceDemo::presenterInOwnWindow() const { return presenterWindow_ && bar_ && bar_->window() == presenterWindow_; }

void DefenceDemo::placePresenterBar() {
    const QList<QScreen*> screens = QGuiApplication::screens();
    QScreen* audience = window_.screen();
    QScreen* presenter = nullptr;
    for (QScreen* s : screens)
        if (s != audience) presenter = s;
    const bool ownWindow = placement_ == PresenterPlacement::OwnWindow ||
                           (placement_ == PresenterPlacement::Automatic && presenter != nullptr);
    if (ownWindow) {
        if (!presenterWindow_) {
            presenterWindow_ = new QWidget(nullptr, Qt::Window);
            presenterWindow_->setObjectName(QStringLiteral("presenterWindow"));
            auto* layout = new QVBoxLayout(presenterWindow_);
            layout->setContentsMargins(0, 0, 0, 0);
            layout->addStretch();
        }
        presenterWindow_->setWindowTitle(tr("Vitrina: presenter view"));
        static_cast<QVBoxLayout*>(presenterWindow_->layout())->insertWidget(0, bar_); // takes it from the dock
        dock_->hide();
        bar_->setNotesVisible(true); // nobody but the presenter sees this window
        if (presenter) {
            presenterWindow_->move(presenter->availableGeometry().topLeft());
            presenterWindow_->resize(presenter->availableGeometry().size());
        } else {
            presenterWindow_->resize(window_.width(), window_.height() / 2);
        }
        presenterWindow_->show();
    } else {
        if (bar_->parentWidget() != dock_) dock_->setWidget(bar_);
        if (presenterWindow_) presenterWindow_->hide();
        bar_->setNotesVisible(false); // the projected window: the notes only when N asks for them
        dock_->show();
    }
}

void DefenceDemo::fitBarHeight() {
    if (presenterInOwnWindow()) return; // its own window: the bar takes the height it needs
    constexpr int kDockMargin = 8; // the dock's frame and the main window's spacing around it
    const int width = std::max(bar_->width(), window_.width() - kDockMargin);
    const int height = bar_->heightForWidth(width);
    dock_->setFixedHeight((height > 0 ? height : bar_->sizeHint().height()) + kDockMargin / 2);
}

void DefenceDemo::poll() {
    if (!active_ || !tour_) return;
    tour_->advance();
    scale_.refreshCharts(&window_); // pages rebuild their charts when results arrive
    if (currentReady_) return;
    const double seconds = static_cast<double>(stepClock_.elapsed()) / 1000.0;
    if (!tour_->isReady(current_)) {
        bar_->setWaiting(seconds);
        return;
    }
    currentReady_ = true;
    double& wait = waits_[static_cast<std::size_t>(current_)];
    if (wait < 0) wait = seconds; // the first visit counts; coming back is not a wait of the talk
    showTexts();                  // notes that describe the step's result are written from it now
    bar_->setReady(seconds);
    qCInfo(lcDemo, "step %d (%s) ready after %.2f s; %.1f s since the start", current_ + 1,
           qPrintable(tour_->id(current_)), seconds, elapsedSeconds());
    if (seconds > kStepBudgetSeconds)
        qCWarning(lcDemo, "step %d (%s) waited %.2f s, over the %.0f s budget", current_ + 1,
                  qPrintable(tour_->id(current_)), seconds, kStepBudgetSeconds);
    emit stepReady(current_, seconds);
}

void DefenceDemo::setScaleFactor(double factor) {
    factor_ = std::clamp(factor, PresentationScale::kMinFactor, PresentationScale::kMaxFactor);
    if (!active_) return;
    scale_.apply(factor_, &window_);
    showTexts(); // the bar's height follows the text size
}

void DefenceDemo::toggleLanguage() {
    const bool russian = context_.settings.language() == QLatin1String("ru");
    context_.settings.setLanguage(russian ? QStringLiteral("en") : QStringLiteral("ru"));
}

bool DefenceDemo::handleKey(int key, Qt::KeyboardModifiers modifiers) {
    const bool ctrl = modifiers & Qt::ControlModifier;
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space: next(); return true;
    case Qt::Key_Left:
    case Qt::Key_PageUp: back(); return true;
    case Qt::Key_Escape: leave(); return true;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (!ctrl) return false;
        setScaleFactor(factor_ + kScaleStep);
        return true;
    case Qt::Key_Minus:
        if (!ctrl) return false;
        setScaleFactor(factor_ - kScaleStep);
        return true;
    case Qt::Key_N:
        if (ctrl) return false;
        bar_->setNotesVisible(!bar_->notesVisible());
        fitBarHeight();
        return true;
    default: return false;
    }
}

bool DefenceDemo::eventFilter(QObject* watched, QEvent* event) {
    if (active_ && watched == &window_ && event->type() == QEvent::Resize) fitBarHeight(); // notes rewrap
    if (!active_ || event->type() != QEvent::KeyPress) return QObject::eventFilter(watched, event);
    auto* widget = qobject_cast<QWidget*>(watched);
    // Only keys meant for the main window (not a dialog) and not typed into a text field.
    if (!widget || (widget->window() != &window_ && widget->window() != presenterWindow_) ||
        isTextInput(QApplication::focusWidget()))
        return QObject::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    return handleKey(key->key(), key->modifiers()) || QObject::eventFilter(watched, event);
}

} // namespace vitrina::ui::demo
