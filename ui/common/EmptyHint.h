#pragma once
// A one-line hint centred over an empty view (a chart without data, a table without rows), so that an empty
// result pane says what fills it instead of showing white space. It follows the size of the widget it covers
// and lets mouse events through.
#include <QLabel>

namespace vitrina::ui::common {

class EmptyHint : public QLabel {
    Q_OBJECT
public:
    /// Covers `area` (usually a view's viewport), as its child.
    explicit EmptyHint(QWidget* area);

    /// Shows `text` while `empty` is true (and the text is not empty).
    void setHint(const QString& text, bool empty);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace vitrina::ui::common
