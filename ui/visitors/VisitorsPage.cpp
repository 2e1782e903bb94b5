#include "visitors/VisitorsPage.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

#include "common/Card.h"
#include "common/ColumnFit.h"
#include "common/Format.h"
#include "common/VerticalScroll.h"
#include "jobs/JobProgressWidget.h"
#include "session/ProjectSession.h"
#include "session/TrainedModels.h"
#include "visitors/ReasonsPanel.h"
#include "visitors/RecommendationsModel.h"
#include "visitors/VisitorTexts.h"
#include "visitors/VisitorTimeline.h"
#include "visitors/WhatIfPanel.h"

namespace vitrina::ui::visitors {

namespace {
const bool registered = app::PageRegistry::add(
    {QStringLiteral("visitors"), 40,
     [](app::PageContext& context, QWidget* parent) -> app::Page* { return new VisitorsPage(context, parent); }});

constexpr int kMostActiveTag = 1, kRandomTag = 2; // pick combo data: tag * 2^32 + visitor
} // namespace

VisitorsPage::VisitorsPage(app::PageContext& context, QWidget* parent)
    : app::Page(parent), context_(context), picksTracker_(context.jobs, this), modelsTracker_(context.jobs, this),
      recsTracker_(context.jobs, this), explainTracker_(context.jobs, this), trainTracker_(context.jobs, this) {
    buildLayout();
    connect(&context_.session, &session::ProjectSession::datasetChanged, this, &VisitorsPage::datasetChanged);
    connect(&context_.trainedModels, &session::TrainedModels::changed, this, &VisitorsPage::trainedModelsChanged);
    retranslate();
    datasetChanged();
}

VisitorsPage::~VisitorsPage() = default;

QIcon VisitorsPage::icon() const { return QIcon(QStringLiteral(":/icons/page-visitors.svg")); }

void VisitorsPage::buildLayout() {
    findLabel_ = new QLabel(this);
    visitorId_ = new QLineEdit(this);
    visitorId_->setObjectName(QStringLiteral("visitorId"));
    visitorId_->setMinimumWidth(90);
    visitorId_->setMaximumWidth(140);
    visitorId_->setClearButtonEnabled(true);
    find_ = new QPushButton(this);
    personasLabel_ = new QLabel(this);
    for (int p = 0; p < analytics::kPersonaKindCount; ++p) {
        personaButtons_[p] = new QPushButton(this);
        connect(personaButtons_[p], &QPushButton::clicked, this,
                [this, p] { showPersona(static_cast<analytics::PersonaKind>(p)); });
    }
    pickLabel_ = new QLabel(this);
    pick_ = new QComboBox(this);
    pick_->setObjectName(QStringLiteral("pick"));
    pick_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    pick_->setMinimumContentsLength(22);
    kLabel_ = new QLabel(this);
    k_ = new QSpinBox(this);
    k_->setRange(1, 50);
    k_->setValue(10);
    train_ = new QPushButton(this);

    auto* controls = new QHBoxLayout;
    controls->addWidget(findLabel_);
    controls->addWidget(visitorId_);
    controls->addWidget(find_);
    controls->addSpacing(12);
    controls->addWidget(pickLabel_);
    controls->addWidget(pick_, 1);
    controls->addSpacing(12);
    controls->addWidget(kLabel_);
    controls->addWidget(k_);
    // The personas on a row of their own: with the search in one row, the Russian texts did not fit 1024 px.
    auto* personas = new QHBoxLayout;
    personas->addWidget(personasLabel_);
    for (QPushButton* b : personaButtons_) personas->addWidget(b);
    personas->addStretch(1);

    picksProgress_ = new jobs::JobProgressWidget(this);
    picksProgress_->setTracker(&picksTracker_);
    modelsProgress_ = new jobs::JobProgressWidget(this);
    modelsProgress_->setTracker(&modelsTracker_);
    trainProgress_ = new jobs::JobProgressWidget(this);
    trainProgress_->setTracker(&trainTracker_);
    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("message"));
    message_->setWordWrap(true);
    message_->hide();

    visitorCard_ = new common::Card(this);
    stageCard_ = new common::Card(this);
    segmentCard_ = new common::Card(this);
    momentCard_ = new common::Card(this);
    auto* cards = new QHBoxLayout;
    for (common::Card* card : {visitorCard_, stageCard_, segmentCard_, momentCard_}) cards->addWidget(card, 1);

    timeline_ = new VisitorTimeline(this);
    timeline_->setObjectName(QStringLiteral("timeline"));
    whatIf_ = new WhatIfPanel(this);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(timeline_, 1);
    leftLayout->addWidget(whatIf_);

    recsTitle_ = new QLabel(this);
    recsTitle_->setWordWrap(true);
    modelsHint_ = new QLabel(this);
    modelsHint_->setWordWrap(true);
    recsModel_ = new RecommendationsModel(this);
    recsView_ = new QTableView(this);
    recsView_->setObjectName(QStringLiteral("recommendations"));
    recsView_->setModel(recsModel_);
    recsView_->setSelectionMode(QAbstractItemView::SingleSelection);
    recsView_->setSelectionBehavior(QAbstractItemView::SelectItems);
    // Long item names wrap at spaces (the rows grow): with many models the columns keep a readable width.
    recsView_->setWordWrap(true);
    recsView_->setTextElideMode(Qt::ElideRight);
    recsView_->horizontalHeader()->setMinimumSectionSize(150);
    // A long model name in a narrow column reads "Гибрид с учётом…", not cropped on both sides.
    recsView_->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    recsView_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    recsView_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* recsColumns = new QToolButton(this);
    auto* recsFit = new common::ColumnFit(recsView_, recsColumns);
    connect(recsModel_, &QAbstractItemModel::modelReset, recsFit, &common::ColumnFit::remeasure);
    connect(recsModel_, &QAbstractItemModel::headerDataChanged, recsFit, &common::ColumnFit::remeasure);
    reasons_ = new ReasonsPanel(this);
    auto* recsBox = new QWidget(this);
    auto* recsLayout = new QVBoxLayout(recsBox);
    recsLayout->setContentsMargins(0, 0, 0, 0);
    // The title (a sentence with the legend) gets the whole width; the buttons sit under it, on the right.
    auto* recsButtons = new QHBoxLayout;
    recsButtons->addStretch(1);
    recsButtons->addWidget(recsColumns);
    recsButtons->addWidget(train_);
    recsLayout->addWidget(recsTitle_);
    recsLayout->addLayout(recsButtons);
    recsLayout->addWidget(modelsHint_);
    recsLayout->addWidget(recsView_, 1);
    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(recsBox);
    right->addWidget(common::verticalScroll(reasons_, this)); // the explanation scrolls down in a short window
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setChildrenCollapsible(false);

    auto* body = new QSplitter(Qt::Horizontal, this);
    body->addWidget(left);
    body->addWidget(right);
    body->setStretchFactor(0, 4);
    body->setStretchFactor(1, 7);
    body->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(controls);
    layout->addLayout(personas);
    layout->addWidget(picksProgress_);
    layout->addWidget(modelsProgress_);
    layout->addWidget(trainProgress_);
    layout->addWidget(message_);
    layout->addLayout(cards);
    layout->addWidget(body, 1);

    connect(find_, &QPushButton::clicked, this, [this] { findVisitor(visitorId_->text()); });
    connect(visitorId_, &QLineEdit::returnPressed, this, [this] { findVisitor(visitorId_->text()); });
    connect(pick_, &QComboBox::activated, this, [this](int index) {
        const QVariant tagged = pick_->itemData(index);
        if (!tagged.isValid() || !picks_) return;
        const auto tag = tagged.toULongLong() >> 32;
        const auto position = static_cast<std::size_t>(tagged.toULongLong() & 0xffffffffu);
        const auto& list = tag == kMostActiveTag ? picks_->mostActive : picks_->random;
        if (position < list.size()) showVisitor(list[position].visitor, list[position].at);
    });
    connect(k_, &QSpinBox::valueChanged, this, &VisitorsPage::updateRecommendations);
    connect(train_, &QPushButton::clicked, this, &VisitorsPage::trainQuickModels);
    connect(timeline_, &VisitorTimeline::momentRequested, this, [this](std::int64_t at) {
        if (visitor_) showVisitor(*visitor_, at);
    });
    connect(recsView_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                selectedRow_ = current.row();
                selectedColumn_ = current.column();
                explainSelected();
            });
    connect(whatIf_, &WhatIfPanel::eventRequested, this, [this](data::ItemIndex item, data::EventType type) {
        if (!addLiveEvent(item, type)) whatIf_->showError(tr("This item is not in the open dataset."));
    });
    connect(whatIf_, &WhatIfPanel::clearRequested, this, &VisitorsPage::clearLiveSession);
}

void VisitorsPage::retranslate() {
    findLabel_->setText(tr("Visitor id:"));
    visitorId_->setPlaceholderText(tr("raw visitorid"));
    find_->setText(tr("Find"));
    personasLabel_->setText(tr("Personas:"));
    personaButtons_[0]->setText(tr("New visitor"));
    personaButtons_[0]->setToolTip(tr("A test-period visitor at their first event: no earlier events"));
    personaButtons_[1]->setText(tr("Browsing"));
    personaButtons_[1]->setToolTip(tr("A visitor with views only"));
    personaButtons_[2]->setText(tr("Intent"));
    personaButtons_[2]->setToolTip(tr("A visitor just after an add-to-cart, before any purchase"));
    pickLabel_->setText(tr("Or pick:"));
    kLabel_->setText(tr("Top K:"));
    train_->setText(tr("Train quick models"));
    train_->setToolTip(tr("Popular, Recent, ItemKNN, ALS, BPR and session-KNN on the default split (the last 7 "
                          "days are the test period), with default parameters"));
    visitorCard_->setCaption(tr("Visitor"));
    stageCard_->setCaption(tr("Funnel stage"));
    segmentCard_->setCaption(tr("Activity segment"));
    momentCard_->setCaption(tr("Recommended at"));
    recsTitle_->setText(tr("<b>Recommendations of every trained model</b> (✓ green: the visitor really "
                           "interacted with the item later; italics: filled in by popularity). Select one to see why."));
    timeline_->retranslate();
    whatIf_->retranslate();
    reasons_->retranslate();
    recsModel_->retranslate();
    fillPickCombo();
    updateCards();
    updateModelsHint();
    if (visitor_ || live_.liveSize() > 0) updateTimeline();
}

void VisitorsPage::changeEvent(QEvent* event) {
    app::Page::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) retranslate();
}

void VisitorsPage::fillPickCombo() {
    const QSignalBlocker block(pick_);
    pick_->clear();
    if (!picks_ || !context_.session.dataset()) {
        pick_->addItem(tr("(searching the data…)"));
        return;
    }
    const data::Dataset& dataset = *context_.session.dataset();
    pick_->addItem(tr("Most active or random visitors…"));
    const auto addList = [&](const std::vector<analytics::VisitorPick>& list, int tag, const QString& header) {
        pick_->insertSeparator(pick_->count());
        pick_->addItem(header);
        pick_->setItemData(pick_->count() - 1, false, Qt::UserRole - 1); // a heading, not selectable
        for (std::size_t i = 0; i < list.size(); ++i)
            pick_->addItem(tr("  %1 · %n event(s)", nullptr, static_cast<int>(list[i].events))
                               .arg(dataset.visitors.raw(list[i].visitor)),
                           QVariant::fromValue((static_cast<qulonglong>(tag) << 32) | i));
    };
    addList(picks_->mostActive, kMostActiveTag, tr("Most active"));
    addList(picks_->random, kRandomTag, tr("Random (seed 42)"));
}

void VisitorsPage::datasetChanged() {
    picksTracker_.cancel();
    recsTracker_.cancel();
    explainTracker_.cancel();
    picks_.reset();
    visitor_.reset();
    live_ = {};
    stateRevision_ = context_.session.revision();
    models_.clear();
    recsModel_->resetData(nullptr);
    autoTrainTried_ = false;
    message_->hide();
    reasons_->showHint(tr("Select a recommendation to see why the model chose it."));
    timeline_->clear();
    whatIf_->setCandidates(context_.session.dataset(), {}); // none of the old dataset's items
    fillPickCombo();
    updateCards();
    if (!context_.session.hasDataset()) return;
    testBeginMs_ = chooseTestBegin();
    findPicks();
    trainedModelsChanged();
}

void VisitorsPage::showMessage(const QString& text, bool error) {
    message_->setText(text);
    message_->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
    message_->setVisible(!text.isEmpty());
}

QString VisitorsPage::messageText() const { return message_->isVisible() ? message_->text() : QString(); }

QString VisitorsPage::stageText() const { return stageCard_->value(); }

} // namespace vitrina::ui::visitors
