#include "funnel/FunnelPage.h"

#include <QChart>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "common/ChartPanel.h"
#include "common/ChartStyle.h"
#include "common/Format.h"
#include "common/MessageText.h"
#include "common/TablePanel.h"
#include "common/VerticalScroll.h"
#include "funnel/FunnelCharts.h"
#include "funnel/FunnelModels.h"
#include "jobs/JobProgressWidget.h"
#include "session/ProjectSession.h"

namespace vitrina::ui::funnel {

namespace {
const bool registered = app::PageRegistry::add(
    {QStringLiteral("funnel"), 20,
     [](app::PageContext& context, QWidget* parent) -> app::Page* { return new FunnelPage(context, parent); }});

using analytics::FunnelSlicing;
using analytics::FunnelUnit;

QSplitter* pair(Qt::Orientation orientation, QWidget* a, QWidget* b, int stretchA, int stretchB, QWidget* parent) {
    auto* splitter = new QSplitter(orientation, parent);
    splitter->addWidget(a);
    splitter->addWidget(b);
    splitter->setStretchFactor(0, stretchA);
    splitter->setStretchFactor(1, stretchB);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

} // namespace

FunnelPage::FunnelPage(app::PageContext& context, QWidget* parent)
    : app::Page(parent), context_(context), tracker_(context.jobs, this) {
    segmentLabel_ = new QLabel(this);
    segment_ = new QComboBox(this);
    segment_->setObjectName(QStringLiteral("segment"));
    returningLabel_ = new QLabel(this);
    returning_ = new QComboBox(this);
    returning_->setObjectName(QStringLiteral("returning"));
    unitLabel_ = new QLabel(this);
    unit_ = new QComboBox(this);
    unit_->setObjectName(QStringLiteral("unit"));
    periodLabel_ = new QLabel(this);
    period_ = new QComboBox(this);
    period_->setObjectName(QStringLiteral("period"));
    for (QComboBox* combo : {segment_, returning_, unit_, period_}) combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillCombos();
    unit_->setCurrentIndex(static_cast<int>(FunnelUnit::Visitors));
    period_->setCurrentIndex(1); // ISO weeks: daily conversions of a small dataset are mostly noise

    auto* controls = new QHBoxLayout;
    controls->addWidget(segmentLabel_);
    controls->addWidget(segment_);
    controls->addSpacing(12);
    controls->addWidget(returningLabel_);
    controls->addWidget(returning_);
    controls->addStretch(1);

    progress_ = new jobs::JobProgressWidget(this);
    progress_->setTracker(&tracker_);
    error_ = new QLabel(this);
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #c62828;"));
    error_->hide();

    conversionModel_ = new FunnelTableModel(this);
    categoryModel_ = new FunnelSliceModel(this);
    timeModel_ = new FunnelSliceModel(this);

    funnelChart_ = new common::ChartPanel(QStringLiteral("funnel"), this);
    conversionTable_ = new common::TablePanel(QStringLiteral("funnel-conversion"), this);
    conversionTable_->setModel(conversionModel_);
    timings_ = new QLabel(this);
    timings_->setWordWrap(true);
    timings_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    definitions_ = new QLabel(this);
    definitions_->setWordWrap(true);
    QFont small = definitions_->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    definitions_->setFont(small);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(conversionTable_);
    rightLayout->addWidget(timings_);
    rightLayout->addWidget(definitions_);

    categoryChart_ = new common::ChartPanel(QStringLiteral("funnel-by-category"), this);
    categoryTable_ = new common::TablePanel(QStringLiteral("funnel-by-category"), this);
    categoryTable_->setModel(categoryModel_);
    timeChart_ = new common::ChartPanel(QStringLiteral("funnel-over-time"), this);
    timeTable_ = new common::TablePanel(QStringLiteral("funnel-over-time"), this);
    timeTable_->setModel(timeModel_);

    tabs_ = new QTabWidget(this);
    // The conversion table needs the full width; the funnel chart below it gets the width its labels need.
    auto* funnelTab = new QWidget(this);
    auto* funnelLayout = new QVBoxLayout(funnelTab);
    funnelLayout->setContentsMargins(0, 4, 0, 0);
    funnelLayout->addWidget(right);
    // The rest of the tab's height, at least the chart's minimum: a preferred height would make the tab scroll
    // when the chart at its minimum would have fitted under the table.
    funnelChart_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    funnelLayout->addWidget(funnelChart_, 1);
    // Each tab scrolls down in a window too short for its chart (common/VerticalScroll.h).
    tabs_->addTab(common::verticalScroll(funnelTab, this), QString());
    tabs_->addTab(common::verticalScroll(pair(Qt::Horizontal, categoryChart_, categoryTable_, 1, 1, this), this), QString());
    // The period only concerns this tab, so its selector sits here.
    auto* overTime = new QWidget(this);
    auto* periodRow = new QHBoxLayout;
    periodRow->addWidget(periodLabel_);
    periodRow->addWidget(period_);
    periodRow->addStretch(1);
    auto* overTimeLayout = new QVBoxLayout(overTime);
    overTimeLayout->setContentsMargins(0, 4, 0, 0);
    overTimeLayout->addLayout(periodRow);
    overTimeLayout->addWidget(pair(Qt::Horizontal, timeChart_, timeTable_, 3, 2, this), 1);
    tabs_->addTab(common::verticalScroll(overTime, this), QString());
    // What the charts count concerns every tab's chart: it sits beside the tabs, which leaves the row above
    // room for the segment choices at 1024 px.
    auto* unitBox = new QWidget(this);
    auto* unitRow = new QHBoxLayout(unitBox);
    unitRow->setContentsMargins(0, 0, 0, 2);
    unitRow->addWidget(unitLabel_);
    unitRow->addWidget(unit_);
    tabs_->setCornerWidget(unitBox, Qt::TopRightCorner);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(controls);
    layout->addWidget(progress_);
    layout->addWidget(error_);
    layout->addWidget(tabs_, 1);

    for (QComboBox* combo : {segment_, returning_, period_})
        connect(combo, &QComboBox::currentIndexChanged, this, &FunnelPage::recompute);
    connect(unit_, &QComboBox::currentIndexChanged, this, [this] {
        // The unit only changes what is drawn: no recomputation.
        categoryModel_->setUnit(selectedUnit());
        timeModel_->setUnit(selectedUnit());
        rebuildCharts();
    });
    connect(&context_.session, &session::ProjectSession::datasetChanged, this, &FunnelPage::recompute);

    retranslate();
    recompute();
}

QIcon FunnelPage::icon() const { return QIcon(QStringLiteral(":/icons/page-funnel.svg")); }

void FunnelPage::fillCombos() {
    // Item data are the FunnelFilter / FunnelUnit values; texts are set again on every language change.
    const int segment = segment_->currentIndex(), returning = returning_->currentIndex();
    const int unit = unit_->currentIndex(), period = period_->currentIndex();
    const QSignalBlocker b1(segment_), b2(returning_), b3(unit_), b4(period_);
    segment_->clear();
    segment_->addItem(tr("All visitors"), -1);
    segment_->addItem(tr("Cold (no earlier events)"), 0);
    segment_->addItem(tr("Light (1–2 events)"), 1);
    segment_->addItem(tr("Medium (3–9 events)"), 2);
    segment_->addItem(tr("Heavy (10+ events)"), 3);
    segment_->setToolTip(tr("Activity segment: for events, the visitor's events before it; for sessions, before "
                            "the session; for visitors, all their events"));
    returning_->clear();
    returning_->addItem(tr("New and returning"), -1);
    returning_->addItem(tr("New (first session)"), 0);
    returning_->addItem(tr("Returning (later sessions)"), 1);
    unit_->clear();
    for (int u = 0; u < analytics::kFunnelUnitCount; ++u) unit_->addItem(unitName(static_cast<FunnelUnit>(u)), u);
    period_->clear();
    period_->addItem(tr("Day (UTC)"), false);
    period_->addItem(tr("ISO week"), true);
    segment_->setCurrentIndex(std::max(segment, 0));
    returning_->setCurrentIndex(std::max(returning, 0));
    unit_->setCurrentIndex(std::max(unit, 0));
    period_->setCurrentIndex(std::max(period, 0));
}

void FunnelPage::retranslate() {
    segmentLabel_->setText(tr("Segment:"));
    returningLabel_->setText(tr("Visitors:"));
    unitLabel_->setText(tr("Charts count:"));
    periodLabel_->setText(tr("Over time by:"));
    fillCombos();
    tabs_->setTabText(0, tr("Funnel"));
    tabs_->setTabText(1, tr("By category"));
    tabs_->setTabText(2, tr("Over time"));
    conversionTable_->setCaption(tr("Conversion, counted four ways"));
    categoryTable_->setCaption(tr("Every top-level category (the chart shows the largest)"));
    timeTable_->setCaption(tr("Every period, empty ones included"));
    definitions_->setText(
        tr("Reached: at least one event of the stage's type, any item, any order. Ordered: a view, then an "
           "add-to-cart of the same item, then its purchase. A purchase without a logged add-to-cart counts "
           "in the events, reached visitors and sessions, never in the ordered funnel. Sessions end after 30 "
           "minutes without events. Days and weeks are UTC; weeks start on Monday."));
    conversionModel_->retranslate();
    categoryModel_->retranslate();
    timeModel_->retranslate();
    if (reports_) showReports(); // slice headers are texts given to the models
    else updateTimings();
}

void FunnelPage::changeEvent(QEvent* event) {
    app::Page::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) retranslate();
    else if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange) rebuildCharts();
}

FunnelUnit FunnelPage::selectedUnit() const {
    return static_cast<FunnelUnit>(std::clamp(unit_->currentData().toInt(), 0, analytics::kFunnelUnitCount - 1));
}

bool FunnelPage::weeklySelected() const { return period_->currentData().toBool(); }

void FunnelPage::setSelection(const analytics::FunnelFilter& filter, FunnelUnit unit, bool weekly) {
    const QSignalBlocker b1(segment_), b2(returning_), b3(unit_), b4(period_);
    segment_->setCurrentIndex(std::max(0, segment_->findData(filter.activitySegment)));
    returning_->setCurrentIndex(std::max(0, returning_->findData(filter.returning)));
    unit_->setCurrentIndex(static_cast<int>(unit));
    period_->setCurrentIndex(weekly ? 1 : 0);
    categoryModel_->setUnit(unit);
    timeModel_->setUnit(unit);
    recompute();
}

void FunnelPage::recompute() {
    const auto dataset = context_.session.dataset();
    const auto sessions = context_.session.sessions();
    if (!dataset || !sessions) {
        tracker_.cancel();
        reports_.reset();
        return;
    }
    analytics::FunnelFilter filter;
    filter.activitySegment = segment_->currentData().toInt();
    filter.returning = returning_->currentData().toInt();
    const bool weekly = weeklySelected();
    const quint64 revision = context_.session.revision();
    tracker_.start<std::shared_ptr<const FunnelReports>>(
        tr("Computing the funnel"),
        [dataset, sessions, filter, weekly](const jobs::JobContext& job) {
            return util::capture<std::shared_ptr<const FunnelReports>>([&](std::vector<util::Message>&) {
                auto reports = std::make_shared<FunnelReports>();
                reports->filter = filter;
                reports->weekly = weekly;
                reports->overall = analytics::computeFunnel(*dataset, *sessions, FunnelSlicing::None, filter,
                                                            job.progress.sub(0.0, 0.3, "funnel"));
                reports->byCategory = analytics::computeFunnel(*dataset, *sessions, FunnelSlicing::TopCategory, filter,
                                                               job.progress.sub(0.3, 0.65, "funnel"));
                reports->overTime = analytics::computeFunnel(*dataset, *sessions,
                                                             weekly ? FunnelSlicing::IsoWeek : FunnelSlicing::Day,
                                                             filter, job.progress.sub(0.65, 1.0, "funnel"));
                return std::shared_ptr<const FunnelReports>(std::move(reports));
            });
        },
        [this, revision](util::Result<std::shared_ptr<const FunnelReports>>& result) {
            if (context_.session.revision() != revision) return; // a newer dataset's job follows
            if (!result) {
                if (!result.cancelled && result.error) {
                    error_->setText(tr("The funnel could not be computed: %1").arg(common::MessageText::text(*result.error)));
                    error_->show();
                }
                return;
            }
            error_->hide();
            reports_ = *result;
            showReports();
        });
}

void FunnelPage::showReports() {
    if (!reports_) return;
    const FunnelUnit unit = selectedUnit();
    conversionModel_->resetData(reports_->overall.overall);
    conversionTable_->fitHeightToRows();
    categoryModel_->resetData(reports_->byCategory.slices, unit, tr("Top-level category"));
    timeModel_->resetData(reports_->overTime.slices, unit, reports_->weekly ? tr("ISO week") : tr("Day (UTC)"));
    categoryTable_->view()->resizeColumnsToContents();
    timeTable_->view()->resizeColumnsToContents();
    updateTimings();
    rebuildCharts();
}

void FunnelPage::updateTimings() {
    if (!reports_) {
        timings_->clear();
        return;
    }
    const analytics::FunnelReport& r = reports_->overall;
    const auto describe = [](const analytics::DurationQuartiles& q) {
        if (q.count == 0) return tr("no visitor in this segment");
        return tr("median %1 (quartiles %2 – %3), %n visitor(s)", nullptr, static_cast<int>(q.count))
            .arg(common::formatDuration(q.medianMs), common::formatDuration(q.q1Ms), common::formatDuration(q.q3Ms));
    };
    timings_->setText(
        tr("<b>Time to convert</b>, from a visitor's first view:<br>to the first add-to-cart after it: %1<br>"
           "to the first purchase after it: %2<br>Purchases without an earlier add-to-cart of the item: %3; "
           "buyers who never added anything to the cart: %4.")
            .arg(describe(r.viewToCart), describe(r.viewToPurchase), common::formatCount(r.purchasesWithoutCart),
                 common::formatCount(r.buyersWithoutCart)));
}

void FunnelPage::rebuildCharts() {
    if (!reports_ || !funnelChart_) return;
    const bool dark = common::isDarkPalette(palette());
    const FunnelUnit unit = selectedUnit();
    funnelChart_->setChart(makeFunnelChart(reports_->overall.overall, unit, dark));
    categoryChart_->setChart(makeCategoryChart(reports_->byCategory.slices, unit, dark));
    timeChart_->setChart(makeOverTimeChart(reports_->overTime.slices, unit, reports_->weekly, dark));
}

} // namespace vitrina::ui::funnel
