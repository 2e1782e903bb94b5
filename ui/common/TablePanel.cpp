#include "common/TablePanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "common/ColumnFit.h"
#include "common/EmptyHint.h"
#include "common/Export.h"
#include "common/Format.h"
#include "common/Roles.h"

namespace vitrina::ui::common {
namespace {

/// Sorts by RawValueRole and breaks long column titles into two lines at the space nearest their middle, so
/// that a table of many numeric columns fits its window ("Drop-off" over "after view"). CSV exports put the
/// line break back as a space.
class SortProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override {
        const QVariant value = QSortFilterProxyModel::headerData(section, orientation, role);
        if (role != Qt::DisplayRole || orientation != Qt::Horizontal) return value;
        return twoLineTitle(value.toString());
    }
};

} // namespace

TablePanel::TablePanel(const QString& exportName, QWidget* parent) : QWidget(parent), exportName_(exportName) {
    caption_ = new QLabel(this);
    caption_->setVisible(false);
    caption_->setWordWrap(true);
    QFont bold = caption_->font();
    bold.setBold(true);
    caption_->setFont(bold);

    proxy_ = new SortProxy(this);
    proxy_->setSortRole(RawValueRole);
    view_ = new QTableView(this);
    view_->setModel(proxy_);
    view_->setSortingEnabled(true);
    view_->setAlternatingRowColors(true);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->verticalHeader()->setVisible(false);
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 8);
    // No stretched last column: it would be squeezed below its contents (cut header, no scroll bar).
    view_->horizontalHeader()->setStretchLastSection(false);
    view_->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    view_->sortByColumn(-1, Qt::AscendingOrder); // model order until the user clicks a header
    hint_ = new EmptyHint(view_->viewport());

    exportButton_ = new QToolButton(this);
    exportButton_->setAutoRaise(true);
    connect(exportButton_, &QToolButton::clicked, this,
            [this] { exportModelInteractive(*proxy_, exportName_, this); });

    columnsButton_ = new QToolButton(this);
    columnFit_ = new ColumnFit(view_, columnsButton_);

    // The caption over the whole width, the buttons under it on the right: beside the buttons a caption in a
    // narrow pane would be squeezed into a column of one word per line.
    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addStretch(1);
    top->addWidget(columnsButton_);
    top->addWidget(exportButton_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(caption_);
    layout->addLayout(top);
    layout->addWidget(view_, 1);
    retranslate();
}

void TablePanel::setModel(QAbstractItemModel* model) {
    proxy_->setSourceModel(model);
    columnFit_->remeasure();
    // New data or headers in another language: fit the columns again (once, after the burst of signals).
    connect(proxy_, &QAbstractItemModel::modelReset, this, &TablePanel::scheduleResize, Qt::UniqueConnection);
    connect(proxy_, &QAbstractItemModel::headerDataChanged, this, &TablePanel::scheduleResize, Qt::UniqueConnection);
    connect(proxy_, &QAbstractItemModel::modelReset, this, &TablePanel::updateHint, Qt::UniqueConnection);
    connect(proxy_, &QAbstractItemModel::layoutChanged, this, &TablePanel::updateHint, Qt::UniqueConnection);
    connect(proxy_, &QAbstractItemModel::rowsInserted, this, &TablePanel::updateHint, Qt::UniqueConnection);
    connect(proxy_, &QAbstractItemModel::rowsRemoved, this, &TablePanel::updateHint, Qt::UniqueConnection);
    updateHint();
}

void TablePanel::setEmptyHint(const QString& hint) {
    hintText_ = hint;
    updateHint();
}

QString TablePanel::shownHint() const { return hint_->isHidden() ? QString() : hint_->text(); }

void TablePanel::updateHint() { hint_->setHint(hintText_, proxy_->rowCount() == 0); }

void TablePanel::scheduleResize() {
    if (resizePending_) return;
    resizePending_ = true;
    QTimer::singleShot(0, this, [this] {
        resizePending_ = false;
        columnFit_->remeasure();
    });
}

void TablePanel::setCaption(const QString& caption) {
    caption_->setText(caption);
    caption_->setVisible(!caption.isEmpty());
}

void TablePanel::fitHeightToRows() {
    columnFit_->remeasure();
    int height = view_->horizontalHeader()->sizeHint().height() + 2 * view_->frameWidth();
    for (int r = 0; r < proxy_->rowCount(); ++r) height += view_->rowHeight(r);
    height += view_->fontMetrics().height() / 2; // slack: a two-line header can grow once the columns are fitted
    view_->setMinimumHeight(height);
    view_->setMaximumHeight(height + 2);
}

void TablePanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) retranslate();
    if (event->type() == QEvent::FontChange) scheduleResize(); // presentation text size: wider columns
}

void TablePanel::retranslate() {
    exportButton_->setText(tr("Export CSV…"));
    exportButton_->setToolTip(tr("Save this table as a CSV file (plain numbers, UTF-8)"));
}

} // namespace vitrina::ui::common
