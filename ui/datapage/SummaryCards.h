#pragma once
// The Data page's summary cards: events by type, visitors, items, categories, sessions, time span,
// transactions, sparsity and duplicate rows.
#include <QWidget>

#include <memory>
#include <vector>

namespace vitrina::analytics {
struct DatasetSummary;
}
namespace vitrina::data {
struct Dataset;
}

namespace vitrina::ui::common {
class Card;
}

namespace vitrina::ui::datapage {

class SummaryCards : public QWidget {
    Q_OBJECT
public:
    explicit SummaryCards(QWidget* parent = nullptr);
    void setData(std::shared_ptr<const data::Dataset> dataset,
                 std::shared_ptr<const analytics::DatasetSummary> summary);
    /// The value text of card `index` (tests).
    QString valueText(int index) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void fillCards();

    std::vector<common::Card*> cards_;
    std::shared_ptr<const data::Dataset> dataset_;
    std::shared_ptr<const analytics::DatasetSummary> summary_;
};

/// Sparsity as a percentage with as many decimals as it takes to not round to 100 % ("99.9993 %").
QString formatSparsity(double sparsity);

} // namespace vitrina::ui::datapage
