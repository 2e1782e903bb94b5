#pragma once
// Walks the visible widgets of a window and reports text that needs more room than it has (tests/gui/
// tst_layout_fit.cpp): labels, buttons, combo boxes, line edits, group box titles, tab bars, item view headers and
// cells, widgets cut off by their parents, scroll areas that scroll sideways, and Qt Charts text (elided "..." or
// overlapping labels, text outside the chart). Also collects the visible text, for the language checks.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOption>
#include <QRegularExpression>
#include <QAbstractSpinBox>
#include <QTabBar>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QTreeView>

#include <functional>
#include <vector>

namespace vitrina::test {

/// One text that does not fit: the widget's class and object name, its text and what was measured.
struct Misfit {
    QString widget;
    QString text;
    QString detail;
};

/// A text on screen, with the widget that shows it (for the language checks).
struct VisibleText {
    QString widget;
    QString text;
};

class LayoutAudit {
public:
    /// Rows of an item view whose cells are measured and read (the ones a user sees without scrolling).
    static constexpr int kRowsChecked = 40;

    explicit LayoutAudit(QWidget* window) : window_(window) {}

    std::vector<Misfit> misfits() const {
        std::vector<Misfit> out;
        for (QWidget* w : visibleWidgets()) auditWidget(w, out);
        return out;
    }

    std::vector<VisibleText> texts() const {
        std::vector<VisibleText> out;
        for (QWidget* w : visibleWidgets()) collectTexts(w, out);
        return out;
    }

    static QString describe(const QObject* o) {
        const QString name = o->objectName();
        return name.isEmpty() ? QString::fromLatin1(o->metaObject()->className())
                              : QStringLiteral("%1 '%2'").arg(QString::fromLatin1(o->metaObject()->className()), name);
    }

private:
    QWidget* window_;

    std::vector<QWidget*> visibleWidgets() const {
        std::vector<QWidget*> out;
        for (QWidget* w : window_->findChildren<QWidget*>())
            if (w->isVisible() && w->window() == window_ && w->width() > 0 && w->height() > 0 && !outOfView(w))
                out.push_back(w);
        return out;
    }

    /// A widget scrolled out of its scroll area's viewport (not on screen now).
    bool outOfView(QWidget* w) const {
        for (QWidget* p = w->parentWidget(); p && p != window_; p = p->parentWidget()) {
            if (auto* area = qobject_cast<QAbstractScrollArea*>(p->parentWidget()); area && area->viewport() == p) {
                const QRect r(w->mapTo(p, QPoint(0, 0)), w->size());
                if (!r.intersects(p->rect())) return true;
            }
        }
        return false;
    }

    static QString plain(const QString& text) {
        QString t = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
        t.remove(QRegularExpression(QStringLiteral("&(?!&)"))); // mnemonics
        return t;
    }

    static int widestLine(const QFontMetrics& fm, const QString& text) {
        int widest = 0;
        for (const QString& line : text.split(u'\n')) widest = std::max(widest, fm.horizontalAdvance(line));
        return widest;
    }

    static void add(std::vector<Misfit>& out, const QObject* w, const QString& text, const QString& detail) {
        out.push_back({describe(w), text.left(80), detail});
    }

    void auditWidget(QWidget* w, std::vector<Misfit>& out) const {
        checkCutOff(w, out);
        checkSqueezed(w, out);
        if (auto* l = qobject_cast<QLabel*>(w)) checkLabel(l, out);
        else if (auto* b = qobject_cast<QAbstractButton*>(w)) checkButton(b, out);
        else if (auto* c = qobject_cast<QComboBox*>(w)) checkCombo(c, out);
        else if (auto* e = qobject_cast<QLineEdit*>(w)) checkLineEdit(e, out);
        else if (auto* sb = qobject_cast<QAbstractSpinBox*>(w)) checkSpinBox(sb, out);
        else if (auto* g = qobject_cast<QGroupBox*>(w)) checkGroupBox(g, out);
        else if (auto* t = qobject_cast<QTabBar*>(w)) checkTabBar(t, out);
        else if (auto* v = qobject_cast<QAbstractItemView*>(w)) checkItemView(v, out);
        else if (auto* chartView = qobject_cast<QChartView*>(w)) checkChart(chartView, out);
        else if (auto* s = qobject_cast<QScrollArea*>(w)) checkScrollArea(s, out);
    }

    /// Parts of a text-bearing widget outside one of its ancestors (up to a scroll area's viewport) are clipped.
    void checkCutOff(QWidget* w, std::vector<Misfit>& out) const {
        const bool bearsText = qobject_cast<QLabel*>(w) || qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w) ||
                               qobject_cast<QLineEdit*>(w) || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QAbstractItemView*>(w) || qobject_cast<QChartView*>(w);
        if (!bearsText || qobject_cast<QTabBar*>(w->parentWidget())) return;
        const QRect r(w->mapTo(window_, QPoint(0, 0)), w->size());
        for (QWidget* p = w->parentWidget(); p && p != window_; p = p->parentWidget()) {
            if (auto* area = qobject_cast<QAbstractScrollArea*>(p->parentWidget()); area && area->viewport() == p) return;
            const QRect clip(p->mapTo(window_, QPoint(0, 0)), p->size());
            if (!clip.adjusted(-1, -1, 1, 1).contains(r)) {
                add(out, w, textOf(w), QStringLiteral("cut off by %1: %2x%3 at (%4,%5) outside %6x%7 at (%8,%9)")
                                           .arg(describe(p)).arg(r.width()).arg(r.height()).arg(r.x()).arg(r.y())
                                           .arg(clip.width()).arg(clip.height()).arg(clip.x()).arg(clip.y()));
                return;
            }
        }
    }

    /// A control given less height than its minimum (a layout short of room squeezes rows, down to nothing).
    static void checkSqueezed(QWidget* w, std::vector<Misfit>& out) {
        const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w) || qobject_cast<QLineEdit*>(w) ||
                             qobject_cast<QAbstractSpinBox*>(w) || (qobject_cast<QLabel*>(w) && !qobject_cast<QLabel*>(w)->wordWrap());
        // Parts of composite widgets (a spin box's line edit, a line edit's clear button) follow their owner.
        QWidget* owner = w->parentWidget();
        if (!control || w->objectName().startsWith(QLatin1String("qt_")) || qobject_cast<QTabBar*>(owner) ||
            qobject_cast<QAbstractSpinBox*>(owner) || qobject_cast<QLineEdit*>(owner) || qobject_cast<QComboBox*>(owner))
            return;
        const int needed = std::max(w->minimumSizeHint().height(), w->minimumHeight());
        if (needed > 0 && w->height() < needed - 1)
            add(out, w, textOf(w), QStringLiteral("squeezed to %1 px high, needs %2").arg(w->height()).arg(needed));
    }

    static QString textOf(QWidget* w) {
        if (auto* l = qobject_cast<QLabel*>(w)) return plain(l->text());
        if (auto* b = qobject_cast<QAbstractButton*>(w)) return plain(b->text());
        if (auto* c = qobject_cast<QComboBox*>(w)) return c->currentText();
        if (auto* e = qobject_cast<QLineEdit*>(w)) return e->text();
        return {};
    }

    static void checkLabel(QLabel* l, std::vector<Misfit>& out) {
        const QString text = plain(l->text());
        if (text.trimmed().isEmpty()) return;
        if (l->wordWrap()) {
            const int needed = l->heightForWidth(l->width());
            if (needed > l->height() + 1)
                add(out, l, text, QStringLiteral("wrapped text needs height %1, has %2 (width %3)").arg(needed).arg(l->height()).arg(l->width()));
            return;
        }
        const QSize hint = l->sizeHint();
        if (hint.width() > l->width() + 1 || hint.height() > l->height() + 1)
            add(out, l, text, QStringLiteral("needs %1x%2, has %3x%4").arg(hint.width()).arg(hint.height()).arg(l->width()).arg(l->height()));
    }

    static void checkButton(QAbstractButton* b, std::vector<Misfit>& out) {
        const QString text = plain(b->text());
        if (text.isEmpty()) return;
        int needed = 0;
        if (qobject_cast<QPushButton*>(b)) { // sizeHint() would add the style's 80 px minimum width
            QStyleOptionButton opt;
            opt.initFrom(b);
            opt.text = text;
            const QRect contents = b->style()->subElementRect(QStyle::SE_PushButtonContents, &opt, b);
            needed = widestLine(b->fontMetrics(), text) + (b->icon().isNull() ? 0 : b->iconSize().width() + 4) +
                     (b->width() - contents.width());
        } else if (qobject_cast<QCheckBox*>(b) || qobject_cast<QRadioButton*>(b) || qobject_cast<QToolButton*>(b)) {
            needed = b->sizeHint().width();
        } else {
            return;
        }
        if (needed > b->width() + 1)
            add(out, b, text, QStringLiteral("needs width %1, has %2").arg(needed).arg(b->width()));
    }

    static void checkCombo(QComboBox* c, std::vector<Misfit>& out) {
        const QString text = c->currentText();
        if (text.isEmpty()) return;
        QStyleOptionComboBox opt;
        opt.initFrom(c);
        opt.editable = c->isEditable();
        opt.frame = c->hasFrame();
        opt.currentText = text;
        const QRect field = c->style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, c);
        const int needed = c->fontMetrics().horizontalAdvance(text) +
                           (c->itemIcon(c->currentIndex()).isNull() ? 0 : c->iconSize().width() + 4);
        if (needed > field.width())
            add(out, c, text, QStringLiteral("current text needs %1, field has %2").arg(needed).arg(field.width()));
    }

    static void checkLineEdit(QLineEdit* e, std::vector<Misfit>& out) {
        if (qobject_cast<QComboBox*>(e->parentWidget()) || qobject_cast<QAbstractSpinBox*>(e->parentWidget()))
            return; // measured as the combo box or spin box
        const QString text = e->text().isEmpty() ? e->placeholderText() : e->text();
        if (text.isEmpty()) return;
        const QMargins m = e->textMargins();
        const int frame = e->hasFrame() ? e->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, e) : 0;
        const int available = e->width() - 2 * frame - 4 - m.left() - m.right(); // QLineEdit's 2 px margin a side
        const int needed = e->fontMetrics().horizontalAdvance(text);
        if (needed > available) add(out, e, text, QStringLiteral("text needs %1, has %2").arg(needed).arg(available));
    }

    static void checkSpinBox(QAbstractSpinBox* s, std::vector<Misfit>& out) {
        const auto* edit = s->findChild<QLineEdit*>();
        if (!edit || s->text().isEmpty()) return;
        const int available = edit->width() - 4;
        const int needed = s->fontMetrics().horizontalAdvance(s->text());
        if (needed > available) add(out, s, s->text(), QStringLiteral("text needs %1, has %2").arg(needed).arg(available));
    }

    static void checkGroupBox(QGroupBox* g, std::vector<Misfit>& out) {
        const QString title = plain(g->title());
        if (title.isEmpty()) return;
        const int needed = g->fontMetrics().horizontalAdvance(title) + 12;
        if (needed > g->width()) add(out, g, title, QStringLiteral("title needs %1, has %2").arg(needed).arg(g->width()));
    }

    static void checkTabBar(QTabBar* t, std::vector<Misfit>& out) {
        for (int i = 0; i < t->count(); ++i) {
            if (!t->isTabVisible(i)) continue;
            const QRect r = t->tabRect(i);
            // QTabBar::tabSizeHint() is protected: the text plus the style's padding (as QTabBar computes it).
            int needed = t->fontMetrics().horizontalAdvance(plain(t->tabText(i))) +
                         t->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, t);
            if (!t->tabIcon(i).isNull()) needed += t->iconSize().width() + 4;
            for (const auto side : {QTabBar::LeftSide, QTabBar::RightSide})
                if (QWidget* button = t->tabButton(i, side)) needed += button->width();
            if (needed > r.width() + 1 || r.right() > t->width())
                add(out, t, plain(t->tabText(i)), QStringLiteral("tab needs %1, has %2 (bar %3 wide)").arg(needed).arg(r.width()).arg(t->width()));
        }
    }

    static void checkScrollArea(QScrollArea* s, std::vector<Misfit>& out) {
        if (s->horizontalScrollBar()->maximum() > 0)
            add(out, s, {}, QStringLiteral("scrolls sideways by %1 px").arg(s->horizontalScrollBar()->maximum()));
    }

    static void checkHeader(QAbstractItemView* v, QHeaderView* h, std::vector<Misfit>& out) {
        if (!h || !h->isVisible() || !v->model()) return;
        for (int logical = 0; logical < h->count(); ++logical) {
            if (h->isSectionHidden(logical)) continue;
            const int pos = h->sectionViewportPosition(logical);
            if (pos < 0 || pos >= h->viewport()->width()) continue; // scrolled out; reported as sideways scrolling
            const int needed = h->sectionSizeHint(logical);
            const int has = h->sectionSize(logical);
            if (needed > has + 1) {
                const QString text = v->model()->headerData(logical, h->orientation(), Qt::DisplayRole).toString();
                add(out, h, text, QStringLiteral("section %1 needs %2, has %3 (in %4)").arg(logical).arg(needed).arg(has).arg(describe(v)));
            }
        }
    }

    static void checkItemView(QAbstractItemView* v, std::vector<Misfit>& out) {
        QAbstractItemModel* model = v->model();
        if (!model || qobject_cast<QHeaderView*>(v)) return;
        if (v->horizontalScrollBar()->maximum() > 0) {
            int shown = 0;
            for (int c = 0; c < model->columnCount(v->rootIndex()); ++c) {
                const QRect r = v->visualRect(model->index(0, c, v->rootIndex()));
                if (r.isValid() && r.left() >= 0 && r.right() <= v->viewport()->width()) ++shown;
            }
            add(out, v, {}, QStringLiteral("scrolls sideways by %1 px (%2 of %3 columns fully shown)")
                                .arg(v->horizontalScrollBar()->maximum()).arg(shown).arg(model->columnCount(v->rootIndex())));
        }
        if (auto* table = qobject_cast<QTableView*>(v)) {
            checkHeader(v, table->horizontalHeader(), out);
            checkHeader(v, table->verticalHeader(), out);
        } else if (auto* tree = qobject_cast<QTreeView*>(v)) {
            checkHeader(v, tree->header(), out);
        }
        int budget = kRowsChecked;
        checkCells(v, v->rootIndex(), budget, out);
    }

    /// Cells under `parent` (and, in a tree, under its expanded rows), at most `budget` rows in all.
    static void checkCells(QAbstractItemView* v, const QModelIndex& parent, int& budget, std::vector<Misfit>& out) {
        QAbstractItemModel* model = v->model();
        auto* tree = qobject_cast<QTreeView*>(v);
        const bool wraps = qobject_cast<QTableView*>(v) ? qobject_cast<QTableView*>(v)->wordWrap() : tree && tree->wordWrap();
        for (int r = 0; r < model->rowCount(parent) && budget > 0; ++r, --budget) {
            // A row spanning every column (a tree's group title) has the viewport's width from its indentation.
            const bool spanned = tree && tree->isFirstColumnSpanned(r, parent);
            for (int c = 0; c < model->columnCount(parent); ++c) {
                const QModelIndex index = model->index(r, c, parent);
                const QRect rect = v->visualRect(index);
                if (!rect.isValid() || !rect.intersects(v->viewport()->rect())) continue;
                const QString text = index.data(Qt::DisplayRole).toString();
                if (text.isEmpty()) continue;
                QSize needed = v->sizeHintForIndex(index);
                if (wraps && !spanned && needed.width() > rect.width() + 1) {
                    // Too wide for one line: the height its text needs wrapped at the cell's width, less the
                    // delegate's padding (a tree's size hint assumes one line).
                    const QFontMetrics metrics(index.data(Qt::FontRole).isValid() ? index.data(Qt::FontRole).value<QFont>() : v->font());
                    const int padding = std::max(0, needed.width() - metrics.horizontalAdvance(text));
                    needed.setHeight(std::max(needed.height(),
                                              metrics.boundingRect(QRect(0, 0, std::max(1, rect.width() - padding), 1 << 20),
                                                                   Qt::TextWordWrap, text).height()));
                }
                const int availableWidth = qobject_cast<QListView*>(v) || spanned ? v->viewport()->width() - rect.left() : rect.width();
                if (wraps && !spanned ? needed.height() > rect.height() + 1 : needed.width() > availableWidth + 1)
                    add(out, v, text, QStringLiteral("cell (%1,%2) needs %3x%4, has %5x%6").arg(r).arg(c).arg(needed.width())
                                          .arg(needed.height()).arg(availableWidth).arg(rect.height()));
            }
            if (tree && tree->isExpanded(model->index(r, 0, parent))) checkCells(v, model->index(r, 0, parent), budget, out);
        }
    }

    /// Qt Charts elides text that does not fit with "..."; labels of one axis must not overlap; no text outside
    /// the chart.
    static void checkChart(QChartView* view, std::vector<Misfit>& out) {
        QChart* chart = view->chart();
        if (!chart || !view->scene()) return;
        const QRectF bounds = QRectF(QPointF(0, 0), QSizeF(view->viewport()->size())).adjusted(-1, -1, 1, 1);
        std::vector<std::pair<QGraphicsItem*, QString>> items;
        for (QGraphicsItem* item : view->scene()->items()) {
            if (!item->isVisible()) continue;
            QString text;
            if (auto* t = dynamic_cast<QGraphicsTextItem*>(item)) text = t->toPlainText();
            else if (auto* s = dynamic_cast<QGraphicsSimpleTextItem*>(item)) text = s->text();
            else continue;
            if (text.trimmed().isEmpty()) continue;
            items.emplace_back(item, text);
            const QRectF r = view->mapFromScene(item->sceneBoundingRect()).boundingRect();
            if (text.endsWith(QStringLiteral("...")) || text.contains(QChar(0x2026)))
                add(out, view, text, QStringLiteral("chart '%1': text elided").arg(chart->title()));
            else if (!bounds.contains(r))
                add(out, view, text, QStringLiteral("chart '%1': text outside the chart").arg(chart->title()));
        }
        for (std::size_t i = 0; i < items.size(); ++i)
            for (std::size_t j = i + 1; j < items.size(); ++j) {
                if (items[i].first->parentItem() != items[j].first->parentItem()) continue;
                const QRectF a = items[i].first->sceneBoundingRect().adjusted(1, 1, -1, -1);
                if (a.intersects(items[j].first->sceneBoundingRect().adjusted(1, 1, -1, -1)))
                    add(out, view, items[i].second + QStringLiteral(" / ") + items[j].second,
                        QStringLiteral("chart '%1': labels overlap").arg(chart->title()));
            }
    }

    static void collectTexts(QWidget* w, std::vector<VisibleText>& out) {
        const QString who = describe(w);
        auto push = [&](const QString& text) {
            if (!text.trimmed().isEmpty()) out.push_back({who, plain(text)});
        };
        if (auto* l = qobject_cast<QLabel*>(w)) push(l->text());
        else if (auto* b = qobject_cast<QAbstractButton*>(w)) push(b->text());
        else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < combo->count(); ++i) push(combo->itemText(i)); // the list the user opens
        } else if (auto* e = qobject_cast<QLineEdit*>(w)) {
            if (qobject_cast<QAbstractSpinBox*>(e->parentWidget())) return; // read as the spin box
            push(e->placeholderText());
            if (e->isReadOnly()) push(e->text());
        } else if (auto* spin = qobject_cast<QAbstractSpinBox*>(w)) push(spin->text());
        else if (auto* g = qobject_cast<QGroupBox*>(w)) push(g->title());
        else if (auto* bar = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < bar->count(); ++i) push(bar->tabText(i));
        } else if (auto* m = qobject_cast<QMenuBar*>(w)) {
            for (QAction* a : m->actions()) push(a->text());
        } else if (auto* v = qobject_cast<QAbstractItemView*>(w); v && v->model() && !qobject_cast<QHeaderView*>(w)) {
            QAbstractItemModel* model = v->model();
            for (int c = 0; c < model->columnCount(v->rootIndex()); ++c) push(model->headerData(c, Qt::Horizontal).toString());
            const int rows = std::min(model->rowCount(v->rootIndex()), kRowsChecked);
            for (int r = 0; r < rows; ++r) {
                if (qobject_cast<QTableView*>(v) && qobject_cast<QTableView*>(v)->verticalHeader()->isVisible())
                    push(model->headerData(r, Qt::Vertical).toString());
                for (int c = 0; c < model->columnCount(v->rootIndex()); ++c)
                    push(model->index(r, c, v->rootIndex()).data(Qt::DisplayRole).toString());
            }
        } else if (auto* cv = qobject_cast<QChartView*>(w); cv && cv->scene()) {
            for (QGraphicsItem* item : cv->scene()->items()) {
                if (!item->isVisible()) continue;
                if (auto* t = dynamic_cast<QGraphicsTextItem*>(item)) push(t->toPlainText());
                else if (auto* s = dynamic_cast<QGraphicsSimpleTextItem*>(item)) push(s->text());
            }
        }
    }
};

} // namespace vitrina::test
