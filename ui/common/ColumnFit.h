#pragma once
// Keeps a table from scrolling sideways: it shows as many whole columns as fit the view's width, in the model's
// order (the first column, the row's name, always), and hides the rest instead of cutting them at the edge. A
// "Columns" button beside the table says how many are shown and lets the user choose which ones to keep, so
// that on a projector at 1024 px the committee sees whole columns of the user's choice, never a cut one. The
// hidden columns stay in the model: sorting and CSV export are unaffected.
#include <QObject>
#include <QSet>
#include <QVector>

class QMenu;
class QTableView;
class QToolButton;

namespace vitrina::ui::common {

class ColumnFit : public QObject {
    Q_OBJECT
public:
    /// Fits `view`'s columns; `button` (not owned, may be in any layout) becomes the column chooser and is shown
    /// only while some column is hidden.
    ColumnFit(QTableView* view, QToolButton* button);

    /// Sizes every interactive column to its contents again (call after new data, headers or font) and fits
    /// the columns to the width.
    void remeasure();
    /// Columns hidden because they do not fit (not those the user unchecked).
    int hiddenForWidth() const { return hiddenForWidth_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void apply();
    void retranslate();
    void fillMenu();
    QString columnTitle(int column) const;

    QTableView* view_;
    QToolButton* button_;
    QMenu* menu_;
    QVector<int> widths_;   ///< natural width of every column, from the last remeasure()
    QSet<int> unwanted_;    ///< columns the user unchecked
    int hiddenForWidth_ = 0;
    bool applying_ = false;
};

} // namespace vitrina::ui::common
