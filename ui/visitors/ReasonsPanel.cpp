#include "visitors/ReasonsPanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "common/Format.h"
#include "common/ModelNames.h"
#include "visitors/VisitorTexts.h"

namespace vitrina::ui::visitors {

ReasonsPanel::ReasonsPanel(QWidget* parent) : QWidget(parent) {
    title_ = new QLabel(this);
    title_->setWordWrap(true);
    title_->setTextFormat(Qt::RichText);
    table_ = new QTableWidget(0, 2, this);
    table_->setObjectName(QStringLiteral("reasons"));
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setWordWrap(true);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // follows the width
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    table_->setMinimumHeight(6 * fontMetrics().height()); // in its scroll area (VisitorsPage) it never collapses
    note_ = new QLabel(this);
    note_->setWordWrap(true);
    QFont small = note_->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    note_->setFont(small);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title_);
    layout->addWidget(table_, 1);
    layout->addWidget(note_);
    retranslate();
}

void ReasonsPanel::retranslate() {
    table_->setHorizontalHeaderLabels({tr("Share"), tr("Reason")});
    render();
}

void ReasonsPanel::showReasons(std::shared_ptr<const data::Dataset> dataset, Explained explained) {
    dataset_ = std::move(dataset);
    explained_ = std::make_unique<Explained>(std::move(explained));
    auto& reasons = explained_->reasons;
    std::stable_sort(reasons.begin(), reasons.end(), [](const models::Reason& a, const models::Reason& b) {
        return std::abs(a.share) > std::abs(b.share);
    });
    render();
}

void ReasonsPanel::showHint(const QString& text) {
    explained_.reset();
    title_->setText(text);
    table_->setRowCount(0);
}

int ReasonsPanel::reasonCount() const { return table_->rowCount(); }

QStringList ReasonsPanel::reasonTexts() const {
    QStringList texts;
    for (int r = 0; r < table_->rowCount(); ++r) texts << table_->item(r, 1)->text();
    return texts;
}

QString ReasonsPanel::noteText() const {
    if (explained_ && explained_->rule == models::ExplainRule::Blend)
        return tr("Share: the part of the blended score a component gives; under each component, its own reasons "
                  "split that component's part. A negative share pulls the score down.");
    if (explained_ && explained_->rule == models::ExplainRule::InputShares)
        return tr("Share: how much of the network's decision each viewed item carries (GRU4Rec: the score's drop "
                  "without it; SASRec: the attention on it). The shares' sizes add up to 100 %.");
    return tr("Share: the part of the item's score this reason explains; the shares of a model's reasons add up to "
              "its score. A negative share pulls the score down.");
}

void ReasonsPanel::render() {
    note_->setText(noteText());
    if (!explained_ || !dataset_) {
        if (!explained_) showHint(tr("Select a recommendation to see why the model chose it."));
        return;
    }
    const Explained& e = *explained_;
    QString title = tr("<b>%1</b>, rank %2 of <b>%3</b> (score %4)")
                        .arg(VisitorTexts::item(*dataset_, e.item).toHtmlEscaped())
                        .arg(e.rank)
                        .arg(common::modelDisplayName(e.model.section(u' ', 0, 0)).toHtmlEscaped(),
                             common::formatNumber(e.score, 3));
    title += QStringLiteral("<br>") + VisitorTexts::categoryPath(*dataset_, e.item).toHtmlEscaped();
    if (e.later) title += QStringLiteral("<br>") + tr("✓ The visitor really interacted with this item later.");
    title_->setText(title);

    std::vector<std::pair<QString, QString>> rows;
    if (!e.fromModel)
        rows.emplace_back(tr("100 %"), VisitorTexts::fallbackReason());
    for (const models::Reason& r : e.reasons) rows.emplace_back(VisitorTexts::share(r), VisitorTexts::reason(r, *dataset_));
    if (rows.empty()) rows.emplace_back(QString(), tr("This model gives no reasons for its scores."));
    table_->setRowCount(static_cast<int>(rows.size()));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        auto* share = new QTableWidgetItem(rows[i].first);
        share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table_->setItem(static_cast<int>(i), 0, share);
        table_->setItem(static_cast<int>(i), 1, new QTableWidgetItem(rows[i].second));
    }
}

} // namespace vitrina::ui::visitors
