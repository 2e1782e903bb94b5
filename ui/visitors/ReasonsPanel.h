#pragma once
// Why a recommended item is on a model's list: the model's typed reasons, each with its share of the score
// in %, largest first, as sentences with item names and category paths (in the interface language).
#include <QWidget>

#include <memory>
#include <vector>

#ifndef Q_MOC_RUN
#include "data/Dataset.h"
#include "models/Catalogue.h"
#include "models/Explanation.h"
#endif

class QLabel;
class QTableWidget;

namespace vitrina::ui::visitors {

/// What the panel shows: the model, the item, and the reasons the model gave.
struct Explained {
    QString model;
    data::ItemIndex item = 0;
    int rank = 0;                 ///< 1-based position in the model's list
    double score = 0.0;
    bool fromModel = true;        ///< false: the popularity fallback filled the position
    bool later = false;           ///< the visitor really interacted with the item later
    /// How the model's reasons relate to its score (its catalogue entry), for the note under the table.
    models::ExplainRule rule = models::ExplainRule::Additive;
    std::vector<models::Reason> reasons;
};

class ReasonsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ReasonsPanel(QWidget* parent = nullptr);

    void showReasons(std::shared_ptr<const data::Dataset> dataset, Explained explained);
    /// A hint instead of reasons (nothing selected, busy, an error).
    void showHint(const QString& text);
    int reasonCount() const;
    /// What the panel shows (nullptr while it shows a hint).
    const Explained* explained() const { return explained_.get(); }
    /// The dataset the shown reasons name items of.
    const data::Dataset* dataset() const { return dataset_.get(); }
    /// The sentences shown (tests, the demo).
    QStringList reasonTexts() const;
    void retranslate();

private:
    void render();
    QString noteText() const;

    std::shared_ptr<const data::Dataset> dataset_;
    std::unique_ptr<Explained> explained_;
    QLabel* title_ = nullptr;
    QTableWidget* table_ = nullptr;
    QLabel* note_ = nullptr;
};

} // namespace vitrina::ui::visitors
