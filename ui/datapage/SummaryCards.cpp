#include "datapage/SummaryCards.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QLocale>

#include <algorithm>
#include <cmath>

#include "analytics/Calendar.h"
#include "analytics/Summary.h"
#include "common/Card.h"
#include "common/Format.h"
#include "data/Dataset.h"

namespace vitrina::ui::datapage {

namespace {
enum CardIndex { Events, Visitors, Items, Categories, Sessions, TimeSpan, Transactions, Sparsity, Duplicates, CardCount };
constexpr int kColumns = 5;
} // namespace

QString formatSparsity(double sparsity) {
    const double density = 1.0 - sparsity;
    if (density <= 0.0 || sparsity <= 0.0) return common::formatPercent(sparsity);
    // Enough decimals to show the first significant digit of the density, plus one.
    const int decimals = std::clamp(static_cast<int>(std::ceil(-std::log10(density * 100.0))) + 1, 1, 8);
    return QCoreApplication::translate("Format", "%1%").arg(QLocale().toString(sparsity * 100.0, 'f', decimals));
}

SummaryCards::SummaryCards(QWidget* parent) : QWidget(parent) {
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    for (int i = 0; i < CardCount; ++i) {
        auto* card = new common::Card(this);
        card->setObjectName(QStringLiteral("card%1").arg(i));
        grid->addWidget(card, i / kColumns, i % kColumns);
        cards_.push_back(card);
    }
    for (int c = 0; c < kColumns; ++c) grid->setColumnStretch(c, 1);
    refresh();
}

void SummaryCards::setData(std::shared_ptr<const data::Dataset> dataset,
                           std::shared_ptr<const analytics::DatasetSummary> summary) {
    dataset_ = std::move(dataset);
    summary_ = std::move(summary);
    refresh();
}

QString SummaryCards::valueText(int index) const {
    return index >= 0 && static_cast<std::size_t>(index) < cards_.size() ? cards_[static_cast<std::size_t>(index)]->value()
                                                                         : QString();
}

void SummaryCards::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) refresh();
}

void SummaryCards::refresh() {
    // Showing a hidden detail line under a visible parent lays the whole window out at once; with the cards
    // hidden meanwhile that happens once, not once per card (~35 ms on the GUI thread for the first dataset).
    const bool wasVisible = isVisible();
    if (wasVisible) hide();
    fillCards();
    if (wasVisible) show();
}

void SummaryCards::fillCards() {
    using common::formatCount;
    using common::formatPercent;
    const auto card = [this](int i) { return cards_[static_cast<std::size_t>(i)]; };
    card(Events)->setCaption(tr("Events"));
    card(Visitors)->setCaption(tr("Visitors"));
    card(Items)->setCaption(tr("Items with events"));
    card(Categories)->setCaption(tr("Categories"));
    card(Sessions)->setCaption(tr("Sessions"));
    card(TimeSpan)->setCaption(tr("Time span (UTC)"));
    card(Transactions)->setCaption(tr("Orders (transaction ids)"));
    card(Sparsity)->setCaption(tr("Sparsity of visitor × item"));
    card(Duplicates)->setCaption(tr("Exact duplicate rows"));
    if (!summary_ || !dataset_) {
        for (common::Card* c : cards_) {
            c->setValue(QStringLiteral("—"));
            c->setDetail({});
        }
        return;
    }
    const analytics::DatasetSummary& s = *summary_;
    card(Events)->setValue(formatCount(s.events));
    card(Events)->setDetail(tr("views %1 · add-to-carts %2 · purchases %3")
                                .arg(formatCount(s.eventsByType[0]), formatCount(s.eventsByType[1]),
                                     formatCount(s.eventsByType[2])));
    card(Visitors)->setValue(formatCount(s.visitors));
    card(Visitors)->setDetail(tr("%1 with exactly one event").arg(formatPercent(s.eventsPerVisitor.shareExactlyOne)));
    card(Items)->setValue(formatCount(s.items));
    card(Items)->setDetail(tr("%1 with a category").arg(formatPercent(s.shareItemsWithCategory)));
    const auto& tree = dataset_->categories;
    const auto roots = std::count(tree.parent.begin(), tree.parent.end(), data::kNoCategory);
    card(Categories)->setValue(formatCount(s.categories));
    card(Categories)->setDetail(s.categories ? tr("%n top-level", nullptr, static_cast<int>(roots))
                                             : tr("no category tree loaded"));
    card(Sessions)->setValue(formatCount(s.sessions));
    card(Sessions)->setDetail(tr("gap over 30 min starts a new one; mean %1 events")
                                  .arg(common::formatNumber(s.eventsPerSession.mean, 3)));
    if (s.events > 0) {
        const std::int64_t firstDay = analytics::dayOfMs(s.firstMs);
        const std::int64_t lastDay = analytics::dayOfMs(s.lastMs);
        card(TimeSpan)->setValue(tr("%n days", nullptr, static_cast<int>(lastDay - firstDay + 1)));
        card(TimeSpan)->setDetail(tr("%1 – %2").arg(common::formatUtcDay(firstDay), common::formatUtcDay(lastDay)));
    } else {
        card(TimeSpan)->setValue(QStringLiteral("—"));
        card(TimeSpan)->setDetail({});
    }
    card(Transactions)->setValue(formatCount(s.transactions));
    card(Transactions)->setDetail(tr("in %1 purchase events").arg(formatCount(s.eventsByType[2])));
    card(Sparsity)->setValue(formatSparsity(s.sparsity));
    card(Sparsity)->setDetail(tr("share of visitor–item pairs without any event"));
    card(Duplicates)->setValue(formatCount(s.duplicateRows));
    card(Duplicates)->setDetail(
        tr("%1 of the events; kept, as in the release")
            .arg(formatPercent(s.events ? static_cast<double>(s.duplicateRows) / static_cast<double>(s.events) : 0.0)));
}

} // namespace vitrina::ui::datapage
