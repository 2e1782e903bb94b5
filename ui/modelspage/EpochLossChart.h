#pragma once
// The live training-loss chart of the Models page: one line per iteratively trained model (the neural models
// report each epoch's mean loss), drawn while the evaluation job runs. Hidden until a model reports an epoch.
#include <QString>
#include <QWidget>

#include <cstddef>
#include <vector>

#ifndef Q_MOC_RUN // moc cannot parse util/Message.h (X-macro enum), which the model headers include
#include "models/Recommender.h"
#endif

class QLineSeries;
class QValueAxis;

namespace vitrina::ui::common {
class ChartPanel;
}

namespace vitrina::ui::modelspage {

class EpochLossChart : public QWidget {
    Q_OBJECT
public:
    explicit EpochLossChart(QWidget* parent = nullptr);

    /// A new run: forgets the lines and hides the chart. `modelIds` are the run's catalogue ids, in spec order.
    void reset(const std::vector<QString>& modelIds);
    /// Adds an epoch of model `model` (index into the ids given to reset()) and shows the chart. GUI thread.
    void addEpoch(std::size_t model, const models::EpochReport& epoch);
    /// Epochs drawn so far, over every model (for tests).
    int pointCount() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    struct Line {
        QString id;
        std::vector<models::EpochReport> epochs;
    };
    std::vector<Line> lines_;
    common::ChartPanel* panel_ = nullptr;
};

} // namespace vitrina::ui::modelspage
