#pragma once
// The strip under the pages during the defence demo: Back / Next, "Step x of n", the step's title and notes
// (what to say and what to point at), a waiting line while the step prepares, the language switch, text size
// and Leave. It only shows and forwards; DefenceDemo decides what the buttons do.
#include <QFrame>
#include <QString>

class QLabel;
class QPushButton;
class QToolButton;

namespace vitrina::ui::demo {

class PresenterBar : public QFrame {
    Q_OBJECT
public:
    explicit PresenterBar(QWidget* parent = nullptr);

    /// Shows step `index` (0-based) of `count` with its translated title and notes.
    void setStep(int index, int count, const QString& title, const QString& notes);
    /// While a step prepares: "Preparing… 1.2 s" (seconds < 0 hides the line).
    void setWaiting(double seconds);
    /// The measured wait of the shown step, once ready ("ready after 0.4 s").
    void setReady(double waitSeconds);
    void setNotesVisible(bool visible);
    bool notesVisible() const;

    QString stepText() const;
    QString titleText() const;
    QString notesText() const;
    QString statusText() const;

signals:
    void nextClicked();
    void backClicked();
    void leaveClicked();
    void languageClicked();
    void biggerClicked();
    void smallerClicked();
    /// The interface language changed: the owner sets the step's texts again.
    void languageChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QPushButton* back_ = nullptr;
    QPushButton* next_ = nullptr;
    QLabel* step_ = nullptr;
    QLabel* title_ = nullptr;
    QLabel* notes_ = nullptr;
    QLabel* status_ = nullptr;
    QToolButton* language_ = nullptr;
    QToolButton* smaller_ = nullptr;
    QToolButton* bigger_ = nullptr;
    QPushButton* leave_ = nullptr;
    int index_ = 0, count_ = 0;
    bool waiting_ = false;
    double seconds_ = 0.0;
};

} // namespace vitrina::ui::demo
