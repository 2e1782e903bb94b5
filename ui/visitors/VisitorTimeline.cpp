#include "visitors/VisitorTimeline.h"

#include <QDateTime>
#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QTimeZone>

#include <algorithm>

#include "common/Format.h"
#include "visitors/VisitorTexts.h"

namespace vitrina::ui::visitors {
namespace {
constexpr int kTimeRole = Qt::UserRole + 1; ///< event time (ms) on event rows
enum Column { TimeColumn, EventColumn, ItemColumn, CategoryColumn, ColumnCount };
/// Width left after the time and event columns below which the category column is folded away.
constexpr int kMinWidthWithCategory = 420;

/// QTreeView asks its delegate for a row's height without telling it the column's width, so a long item name
/// would keep one line and be cut with "...": this delegate measures the wrapped text at the column's width.
class WrappingDelegate : public QStyledItemDelegate {
public:
    explicit WrappingDelegate(QTreeView* view) : QStyledItemDelegate(view), view_(view) {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const int column = view_->columnWidth(index.column());
        if (column <= 0 || size.width() <= column || view_->isFirstColumnSpanned(index.row(), index.parent())) return size;
        QStyleOptionViewItem wrapped = option;
        initStyleOption(&wrapped, index);
        const int padding = size.width() - wrapped.fontMetrics.horizontalAdvance(wrapped.text);
        const int lines = wrapped.fontMetrics.boundingRect(QRect(0, 0, std::max(1, column - padding), 1 << 20),
                                                           Qt::TextWordWrap, wrapped.text).height();
        size.setHeight(std::max(size.height(), lines + 4));
        return size;
    }

private:
    QTreeView* view_;
};
} // namespace

VisitorTimeline::VisitorTimeline(QWidget* parent) : QTreeWidget(parent) {
    setItemDelegate(new WrappingDelegate(this));
    setColumnCount(ColumnCount);
    setRootIsDecorated(true);
    setUniformRowHeights(false); // a long item name wraps onto a second line
    setWordWrap(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(true);
    connect(this, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item, int) {
        const QVariant ms = item->data(0, kTimeRole);
        if (ms.isValid()) emit momentRequested(ms.toLongLong());
    });
    retranslate();
}

void VisitorTimeline::retranslate() {
    setHeaderLabels({tr("Time (UTC)"), tr("Event"), tr("Item"), tr("Category")});
    setToolTip(tr("Double-click an event to recommend just before it"));
}

QTreeWidgetItem* VisitorTimeline::eventRow(QTreeWidgetItem* parent, const data::Dataset& dataset, std::int64_t ms,
                                           data::EventType type, data::ItemIndex item) {
    auto* row = new QTreeWidgetItem(parent);
    // The time of day only: the date is in the session's title above, and the item's name needs the room.
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    row->setText(TimeColumn, time.toString(QStringLiteral("HH:mm:ss")));
    row->setToolTip(TimeColumn, time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    row->setText(EventColumn, VisitorTexts::eventType(type));
    row->setText(ItemColumn, VisitorTexts::item(dataset, item));
    const QString category = VisitorTexts::categoryPath(dataset, item, ms);
    row->setText(CategoryColumn, category);
    row->setToolTip(ItemColumn, category); // the category column is folded away in a narrow pane
    row->setData(0, kTimeRole, static_cast<qlonglong>(ms));
    if (type != data::EventType::View) {
        QFont bold = row->font(EventColumn);
        bold.setBold(true);
        row->setFont(EventColumn, bold);
    }
    return row;
}

void VisitorTimeline::showVisitor(const data::Dataset& dataset, const data::SessionIndex& sessions,
                                  data::VisitorIndex visitor, std::int64_t at, std::int64_t testBeginMs,
                                  const models::LiveHistory& live) {
    clear();
    const auto& log = dataset.events;
    const QColor muted = palette().color(QPalette::PlaceholderText);
    QTreeWidgetItem* current = nullptr;  // the last session with history events
    QTreeWidgetItem* firstLater = nullptr; // the first session with later events
    const std::uint64_t first = sessions.visitorSessions[visitor], last = sessions.visitorSessions[visitor + 1];
    for (std::uint64_t s = first; s < last; ++s) {
        const std::uint64_t begin = sessions.start[s], end = sessions.start[s + 1];
        const std::int64_t startMs = log.timestamp[begin];
        auto* branch = new QTreeWidgetItem(this);
        // The time without "UTC" (the column title says it), so that the title fits a narrow pane.
        QString title = tr("Session %1 · %2 · %n event(s)", nullptr, static_cast<int>(end - begin))
                            .arg(s - first + 1)
                            .arg(QDateTime::fromMSecsSinceEpoch(startMs, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        if (testBeginMs > 0 && startMs >= testBeginMs) {
            title += tr(" · test");
            branch->setToolTip(0, tr("In the test period: the models were trained without the events of this session."));
        }
        branch->setText(0, title);
        branch->setFirstColumnSpanned(true);
        bool anyLater = false;
        for (std::uint64_t e = begin; e < end; ++e) {
            QTreeWidgetItem* row = eventRow(branch, dataset, log.timestamp[e], log.type[e], log.item[e]);
            if (log.timestamp[e] >= at) { // not part of the history: what the visitor did later
                anyLater = true;
                for (int c = 0; c < ColumnCount; ++c) row->setForeground(c, muted);
                row->setToolTip(0, tr("After the moment shown: the models do not see this event"));
            } else {
                current = branch;
            }
        }
        if (anyLater && !firstLater) firstLater = branch;
        if (anyLater) {
            QFont italic = branch->font(0);
            italic.setItalic(true);
            branch->setFont(0, italic);
        }
    }
    addLive(dataset, live);
    // Open the session of the moment (and the live one); older sessions stay folded.
    if (current) {
        current->setExpanded(true);
        scrollToItem(current);
    }
    if (firstLater) firstLater->setExpanded(true);
    fitColumns();
}

void VisitorTimeline::fitColumns() {
    // Time and event by their contents. In a narrow pane (a small projector) the category column folds away (it
    // stays in the item's tooltip) and the item takes the rest; otherwise the item gets at most a third of the
    // width, so the category stays visible.
    // The time column by an event's time, not by the session titles that span the row (they would widen it).
    // Event rows sit one level below the sessions: two indentations with the root decoration.
    setColumnWidth(TimeColumn, 2 * indentation() + fontMetrics().horizontalAdvance(QStringLiteral("00:00:00")) + 16);
    resizeColumnToContents(EventColumn);
    const int rest = viewport()->width() - columnWidth(TimeColumn) - columnWidth(EventColumn);
    const bool narrow = rest < kMinWidthWithCategory;
    setColumnHidden(CategoryColumn, narrow);
    if (narrow) {
        setColumnWidth(ItemColumn, std::max(80, rest)); // long names wrap (word wrap on)
    } else {
        resizeColumnToContents(ItemColumn);
        setColumnWidth(ItemColumn, std::min(columnWidth(ItemColumn), std::max(160, viewport()->width() / 3)));
    }
    scheduleDelayedItemsLayout(); // wrapped names: the rows' heights follow the new widths
}

void VisitorTimeline::resizeEvent(QResizeEvent* event) {
    QTreeWidget::resizeEvent(event);
    fitColumns();
}

void VisitorTimeline::showLiveOnly(const data::Dataset& dataset, const models::LiveHistory& live) {
    clear();
    addLive(dataset, live);
    fitColumns();
}

void VisitorTimeline::addLive(const data::Dataset& dataset, const models::LiveHistory& live) {
    if (live.liveSize() == 0) return;
    auto* branch = new QTreeWidgetItem(this);
    branch->setText(0, tr("What-if session (simulated) · %n event(s)", nullptr, static_cast<int>(live.liveSize())));
    branch->setFirstColumnSpanned(true);
    QFont bold = branch->font(0);
    bold.setBold(true);
    branch->setFont(0, bold);
    for (std::size_t i = live.historySize(); i < live.size(); ++i) {
        QTreeWidgetItem* row = eventRow(branch, dataset, live.times()[i], live.types()[i], live.items()[i]);
        row->setData(0, kTimeRole, QVariant()); // a simulated event is no moment to go back to
    }
    branch->setExpanded(true);
    scrollToItem(branch->child(branch->childCount() - 1));
}

} // namespace vitrina::ui::visitors
