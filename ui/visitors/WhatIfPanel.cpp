#include "visitors/WhatIfPanel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "common/Format.h"
#include "visitors/VisitorTexts.h"

namespace vitrina::ui::visitors {

WhatIfPanel::WhatIfPanel(QWidget* parent) : QGroupBox(parent) {
    itemLabel_ = new QLabel(this);
    item_ = new QComboBox(this);
    item_->setObjectName(QStringLiteral("whatIfItem"));
    item_->setEditable(true);
    item_->setInsertPolicy(QComboBox::NoInsert);
    item_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    item_->setMinimumContentsLength(18);
    view_ = new QPushButton(this);
    cart_ = new QPushButton(this);
    purchase_ = new QPushButton(this);
    clear_ = new QPushButton(this);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("whatIfStatus"));
    status_->setWordWrap(true);

    auto* itemRow = new QHBoxLayout;
    itemRow->addWidget(itemLabel_);
    itemRow->addWidget(item_, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(view_);
    buttons->addWidget(cart_);
    buttons->addWidget(purchase_);
    buttons->addStretch(1);
    buttons->addWidget(clear_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(itemRow);
    layout->addLayout(buttons);
    layout->addWidget(status_);

    connect(view_, &QPushButton::clicked, this, [this] { request(data::EventType::View); });
    connect(cart_, &QPushButton::clicked, this, [this] { request(data::EventType::AddToCart); });
    connect(purchase_, &QPushButton::clicked, this, [this] { request(data::EventType::Transaction); });
    connect(clear_, &QPushButton::clicked, this, &WhatIfPanel::clearRequested);
    retranslate();
}

void WhatIfPanel::retranslate() {
    setTitle(tr("What if: a simulated live session"));
    itemLabel_->setText(tr("Item:"));
    item_->lineEdit()->setPlaceholderText(tr("a recommended item, or type a raw item id"));
    item_->setToolTip(tr("Pick one of the recommended items, or type the raw id of any item"));
    view_->setText(tr("View"));
    cart_->setText(tr("Add to cart"));
    purchase_->setText(tr("Purchase"));
    clear_->setText(tr("Clear the session"));
    clear_->setToolTip(tr("Remove every simulated event"));
    setLiveCount(liveEvents_, lastUpdateMs_);
}

void WhatIfPanel::setCandidates(std::shared_ptr<const data::Dataset> dataset, const std::vector<data::ItemIndex>& items) {
    const bool otherDataset = dataset != dataset_;
    dataset_ = std::move(dataset);
    const QSignalBlocker block(item_);
    item_->clear();
    if (otherDataset) { // an item of the previous dataset, listed or typed, means nothing in this one
        item_->clearEditText();
        error_.clear();
        setLiveCount(0, -1.0);
    }
    if (!dataset_) return;
    for (const data::ItemIndex i : items) item_->addItem(VisitorTexts::item(*dataset_, i), static_cast<qulonglong>(i));
    item_->setCurrentIndex(items.empty() ? -1 : 0);
}

bool WhatIfPanel::chooseItem(data::ItemIndex item) {
    if (!dataset_ || item >= dataset_->items.size()) return false;
    int index = item_->findData(static_cast<qulonglong>(item));
    if (index < 0) {
        item_->addItem(VisitorTexts::item(*dataset_, item), static_cast<qulonglong>(item));
        index = item_->count() - 1;
    }
    item_->setCurrentIndex(index);
    return true;
}

std::optional<data::ItemIndex> WhatIfPanel::chosenItem() {
    error_.clear();
    const QString text = item_->currentText().trimmed();
    if (!dataset_) {
        error_ = tr("Open a dataset first.");
        setLiveCount(liveEvents_, lastUpdateMs_);
        return std::nullopt;
    }
    const int index = item_->currentIndex();
    if (index >= 0 && item_->itemText(index) == text) return static_cast<data::ItemIndex>(item_->itemData(index).toULongLong());
    QString digits = text;
    if (digits.startsWith(QLatin1Char('#'))) digits.remove(0, 1);
    bool ok = false;
    const qlonglong raw = digits.toLongLong(&ok);
    if (ok)
        if (const auto found = dataset_->items.ids.find(raw)) return *found;
    error_ = text.isEmpty() ? tr("Choose an item first.") : tr("There is no item with the id '%1' in this dataset.").arg(text);
    setLiveCount(liveEvents_, lastUpdateMs_);
    return std::nullopt;
}

void WhatIfPanel::request(data::EventType type) {
    if (const auto item = chosenItem()) emit eventRequested(*item, type);
}

void WhatIfPanel::showError(const QString& text) {
    error_ = text;
    setLiveCount(liveEvents_, lastUpdateMs_);
}

QString WhatIfPanel::statusText() const { return status_->text(); }

void WhatIfPanel::setLiveCount(int events, double lastUpdateMs) {
    liveEvents_ = events;
    lastUpdateMs_ = lastUpdateMs;
    QString text = events == 0 ? tr("No simulated events yet: each one updates the stage and every model's list.")
                               : tr("%n simulated event(s).", nullptr, events);
    if (lastUpdateMs >= 0.0)
        text += QLatin1Char(' ') + tr("Last update of every model: %1 ms.").arg(common::formatNumber(lastUpdateMs, 3));
    if (!error_.isEmpty()) text = QStringLiteral("<span style='color:#c62828'>%1</span> ").arg(error_.toHtmlEscaped()) + text;
    status_->setText(text);
}

} // namespace vitrina::ui::visitors
