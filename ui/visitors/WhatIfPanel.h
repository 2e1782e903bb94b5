#pragma once
// "What if": add a view, an add-to-cart or a purchase of an item to a simulated live session. The item comes
// from the visitor's recommendations (the list) or is typed as a raw item id. The page recomputes the stage and
// every model's list after each event.
#include <QGroupBox>

#include <memory>
#include <optional>
#include <vector>

#ifndef Q_MOC_RUN
#include "data/Dataset.h"
#endif

class QComboBox;
class QLabel;
class QPushButton;

namespace vitrina::ui::visitors {

class WhatIfPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit WhatIfPanel(QWidget* parent = nullptr);

    /// The items offered in the list (the current recommendations, first model first, no repeats). Another
    /// dataset (null included) also clears the typed text, the count and the last problem.
    void setCandidates(std::shared_ptr<const data::Dataset> dataset, const std::vector<data::ItemIndex>& items);
    /// The chosen item: the listed one, or the raw id typed (std::nullopt and a message when unknown).
    std::optional<data::ItemIndex> chosenItem();
    /// Chooses an item (tests, the demo); false when it is not in the dataset.
    bool chooseItem(data::ItemIndex item);
    void setLiveCount(int events, double lastUpdateMs);
    /// A problem with the requested event, shown in red above the count until the next request.
    void showError(const QString& text);
    /// The line under the buttons: the count of simulated events, after the last problem if any.
    QString statusText() const;
    void retranslate();

signals:
    void eventRequested(data::ItemIndex item, data::EventType type);
    void clearRequested();

private:
    void request(data::EventType type);

    std::shared_ptr<const data::Dataset> dataset_;
    QLabel* itemLabel_ = nullptr;
    QComboBox* item_ = nullptr;
    QPushButton* view_ = nullptr;
    QPushButton* cart_ = nullptr;
    QPushButton* purchase_ = nullptr;
    QPushButton* clear_ = nullptr;
    QLabel* status_ = nullptr;
    int liveEvents_ = 0;
    double lastUpdateMs_ = -1.0;
    QString error_;
};

} // namespace vitrina::ui::visitors
