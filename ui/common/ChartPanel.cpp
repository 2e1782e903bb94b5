#include "common/ChartPanel.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

#include "common/ChartStyle.h"
#include "common/ChartTextFit.h"
#include "common/EmptyHint.h"
#include "common/Export.h"

namespace vitrina::ui::common {

ChartPanel::ChartPanel(const QString& exportName, QWidget* parent) : QWidget(parent), exportName_(exportName) {
    view_ = new QChartView(this);
    // Fit the texts when the view itself has its new size: a panel in a hidden tab gets its own resize event
    // before its view does, and would fit them to the old size.
    view_->viewport()->installEventFilter(this);
    view_->setRenderHint(QPainter::Antialiasing);
    fitMinimumSize();
    hint_ = new EmptyHint(view_->viewport());
    note_ = new QLabel(this);
    note_->setWordWrap(true);
    note_->setVisible(false);
    QFont small = note_->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    note_->setFont(small);

    exportButton_ = new QToolButton(this);
    exportButton_->setPopupMode(QToolButton::InstantPopup);
    exportButton_->setAutoRaise(true);
    auto* menu = new QMenu(exportButton_);
    QAction* png = menu->addAction(QString());
    QAction* svg = menu->addAction(QString());
    png->setObjectName(QStringLiteral("exportPng"));
    svg->setObjectName(QStringLiteral("exportSvg"));
    exportButton_->setMenu(menu);
    connect(png, &QAction::triggered, this, [this] { exportChartInteractive(view_, exportName_, this, false); });
    connect(svg, &QAction::triggered, this, [this] { exportChartInteractive(view_, exportName_, this, true); });

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addStretch(1);
    top->addWidget(exportButton_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(view_, 1);
    layout->addWidget(note_);
    retranslate();
}

void ChartPanel::setChart(QChart* chart) {
    QChart* previous = view_->chart();
    empty_ = chart == nullptr;
    hint_->setHint(hintText_, empty_);
    if (!chart) chart = new QChart; // "no chart": QChartView itself crashes on a null chart
    chart->setAnimationOptions(QChart::NoAnimation); // grabs and exports of an animating chart are empty
    view_->setChart(chart);
    if (previous && previous != chart) delete previous; // QChartView releases, but does not delete, the old chart
    restyle();
}

void ChartPanel::fitTexts() { fitChartTexts(view_->chart(), view_->viewport()->size()); }

void ChartPanel::fitMinimumSize() {
    // Room for a title, a plot, axis labels and titles and a legend in the current text size (lines, not
    // pixels: the presentation size needs more). A pane too short for it scrolls (common/VerticalScroll.h).
    const int line = fontMetrics().height();
    view_->setMinimumSize(14 * line, 14 * line);
}

bool ChartPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == view_->viewport() && event->type() == QEvent::Resize) fitTexts();
    return QWidget::eventFilter(watched, event);
}

QChart* ChartPanel::chart() const { return view_->chart(); }

void ChartPanel::setEmptyHint(const QString& hint) {
    hintText_ = hint;
    hint_->setHint(hintText_, empty_);
}

QString ChartPanel::shownHint() const { return hint_->isHidden() ? QString() : hint_->text(); }

void ChartPanel::setNote(const QString& note) {
    note_->setText(note);
    note_->setVisible(!note.isEmpty());
}

void ChartPanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslate();
        restyle(); // the axis labels follow the new locale
        break;
    case QEvent::FontChange:
    case QEvent::ApplicationFontChange:
        fitMinimumSize();
        fitTexts();
        break;
    case QEvent::PaletteChange:
    case QEvent::ApplicationPaletteChange: restyle(); break;
    default: break;
    }
}

void ChartPanel::retranslate() {
    exportButton_->setText(tr("Export"));
    exportButton_->setToolTip(tr("Save this chart as a PNG image or an SVG drawing"));
    const QList<QAction*> actions = exportButton_->menu()->actions();
    actions[0]->setText(tr("PNG image…"));
    actions[1]->setText(tr("SVG drawing…"));
}

void ChartPanel::restyle() {
    styleChart(view_->chart(), palette());
    fitTexts(); // the fonts may have changed
}

} // namespace vitrina::ui::common
