#pragma once
// A one-line text that never widens its window: when it has less room than its text needs, it shows the text
// elided ("…", at the end or in the middle) and the whole text as its tooltip. The status bar's message and
// project path use it, so a long error neither runs into the path nor pushes the window wider.
#include <QFrame>
#include <QString>

namespace vitrina::ui::common {

class ElidedLabel : public QFrame {
    Q_OBJECT
public:
    explicit ElidedLabel(Qt::TextElideMode mode, QWidget* parent = nullptr);

    void setText(const QString& text);
    QString text() const { return text_; }
    /// What is painted right now (the text, or its elided form when the label is too narrow).
    QString shownText() const;

    /// A width asked for whatever the text (0: the text's width). A label whose text changes many times a
    /// second (a progress stage) reserves one, so that a new text does not lay the whole window out again.
    void setReservedWidth(int width);

    QSize sizeHint() const override;
    /// A few characters: the layout may give the label less room than its text needs.
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateToolTip();

    Qt::TextElideMode mode_;
    QString text_;
    int reservedWidth_ = 0;
};

} // namespace vitrina::ui::common
