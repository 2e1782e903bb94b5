#include "demo/PresenterBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace vitrina::ui::demo {

PresenterBar::PresenterBar(QWidget* parent) : QFrame(parent) {
    setObjectName(QStringLiteral("presenterBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus); // DefenceDemo gives it the focus on every step (keys, not text fields)

    back_ = new QPushButton(this);
    back_->setObjectName(QStringLiteral("tourBack"));
    back_->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    next_ = new QPushButton(this);
    next_->setObjectName(QStringLiteral("tourNext"));
    next_->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    next_->setLayoutDirection(Qt::RightToLeft); // the arrow after the text
    // Keys belong to DefenceDemo (Space, arrows): buttons never keep the focus, so Space cannot press one twice.
    for (QPushButton* b : {back_, next_}) b->setFocusPolicy(Qt::NoFocus);

    step_ = new QLabel(this);
    step_->setObjectName(QStringLiteral("tourStep"));
    title_ = new QLabel(this);
    title_->setObjectName(QStringLiteral("tourTitle"));
    QFont big = title_->font();
    big.setBold(true);
    title_->setFont(big); // bold only: the size follows the (presentation) application font
    title_->setWordWrap(true);
    notes_ = new QLabel(this);
    notes_->setObjectName(QStringLiteral("tourNotes"));
    notes_->setWordWrap(true);
    notes_->setTextFormat(Qt::RichText);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("tourStatus"));
    // Read from the back of a room too: the bar's own text colour at the step's size (not greyed out, which a
    // projector washes away), bold so that it stands apart from the step's title.
    QFont strong = status_->font();
    strong.setBold(true);
    status_->setFont(strong);

    language_ = new QToolButton(this);
    language_->setObjectName(QStringLiteral("tourLanguage"));
    smaller_ = new QToolButton(this);
    smaller_->setText(QStringLiteral("A−"));
    bigger_ = new QToolButton(this);
    bigger_->setText(QStringLiteral("A+"));
    leave_ = new QPushButton(this);
    leave_->setObjectName(QStringLiteral("tourLeave"));
    for (QWidget* w : std::initializer_list<QWidget*>{language_, smaller_, bigger_, leave_}) w->setFocusPolicy(Qt::NoFocus);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(back_);
    top->addWidget(step_);
    top->addSpacing(8);
    top->addWidget(title_, 1);
    top->addWidget(status_);
    top->addWidget(language_);
    top->addWidget(smaller_);
    top->addWidget(bigger_);
    top->addWidget(leave_);
    top->addWidget(next_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 3, 8, 3);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(notes_);

    connect(next_, &QPushButton::clicked, this, &PresenterBar::nextClicked);
    connect(back_, &QPushButton::clicked, this, &PresenterBar::backClicked);
    connect(leave_, &QPushButton::clicked, this, &PresenterBar::leaveClicked);
    connect(language_, &QToolButton::clicked, this, &PresenterBar::languageClicked);
    connect(smaller_, &QToolButton::clicked, this, &PresenterBar::smallerClicked);
    connect(bigger_, &QToolButton::clicked, this, &PresenterBar::biggerClicked);
    retranslate();
}

void PresenterBar::changeEvent(QEvent* event) {
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        emit languageChanged();
    }
}

void PresenterBar::retranslate() {
    back_->setText(tr("Back"));
    back_->setToolTip(tr("Previous step (Left, Page Up)"));
    next_->setText(index_ + 1 >= count_ && count_ > 0 ? tr("Finish") : tr("Next"));
    next_->setToolTip(tr("Next step (Right, Page Down, Space)"));
    leave_->setText(tr("Leave"));
    leave_->setToolTip(tr("Leave the demo and restore the normal text size (Esc)"));
    smaller_->setToolTip(tr("Smaller text (Ctrl+-)"));
    bigger_->setToolTip(tr("Larger text (Ctrl++)"));
    // The button names the language it switches to, in that language's own code.
    const bool russian = QLocale().language() == QLocale::Russian;
    language_->setText(russian ? QStringLiteral("EN") : QStringLiteral("RU"));
    language_->setToolTip(russian ? QStringLiteral("English") : QStringLiteral("Русский"));
    if (count_ > 0) step_->setText(tr("Step %1 of %2").arg(index_ + 1).arg(count_));
    if (waiting_) setWaiting(seconds_);
    else if (!status_->text().isEmpty()) setReady(seconds_);
}

void PresenterBar::setStep(int index, int count, const QString& title, const QString& notes) {
    index_ = index;
    count_ = count;
    title_->setText(title);
    notes_->setText(notes);
    back_->setEnabled(index > 0);
    status_->clear();
    waiting_ = false;
    retranslate();
}

void PresenterBar::setWaiting(double seconds) {
    waiting_ = seconds >= 0;
    seconds_ = seconds;
    status_->setText(waiting_ ? tr("Preparing… %1 s").arg(QLocale().toString(seconds, 'f', 1)) : QString());
}

void PresenterBar::setReady(double waitSeconds) {
    waiting_ = false;
    seconds_ = waitSeconds;
    status_->setText(tr("ready in %1 s").arg(QLocale().toString(waitSeconds, 'f', 1)));
}

void PresenterBar::setNotesVisible(bool visible) { notes_->setVisible(visible); }
bool PresenterBar::notesVisible() const { return !notes_->isHidden(); }
QString PresenterBar::stepText() const { return step_->text(); }
QString PresenterBar::titleText() const { return title_->text(); }
QString PresenterBar::notesText() const { return notes_->text(); }
QString PresenterBar::statusText() const { return status_->text(); }

} // namespace vitrina::ui::demo
