#pragma once
// A sortable table (QSortFilterProxyModel over RawValueRole, so numbers sort as numbers) with a CSV export
// button and an optional caption; columns that do not fit its width are hidden, never cut (ColumnFit).
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace vitrina::ui::common {

class ColumnFit;
class EmptyHint;

class TablePanel : public QWidget {
    Q_OBJECT
public:
    explicit TablePanel(const QString& exportName, QWidget* parent = nullptr);

    /// Shows `model` (not owned) through a sorting proxy.
    void setModel(QAbstractItemModel* model);
    QTableView* view() const { return view_; }
    QSortFilterProxyModel* proxy() const { return proxy_; }
    /// Caption above the table; hidden when empty.
    void setCaption(const QString& caption);
    /// One line shown over the table while it has no rows (what fills it); none when empty.
    void setEmptyHint(const QString& hint);
    /// The hint shown right now (empty while the table has rows or no hint was given).
    QString shownHint() const;
    /// Height that shows every row without a scroll bar (for short tables such as the conversion table).
    void fitHeightToRows();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void scheduleResize();
    void updateHint();

    QString exportName_;
    QLabel* caption_ = nullptr;
    QTableView* view_ = nullptr;
    QSortFilterProxyModel* proxy_ = nullptr;
    QToolButton* exportButton_ = nullptr;
    QToolButton* columnsButton_ = nullptr;
    ColumnFit* columnFit_ = nullptr;
    bool resizePending_ = false;
    EmptyHint* hint_ = nullptr;
    QString hintText_;
};

} // namespace vitrina::ui::common
