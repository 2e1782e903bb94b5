#pragma once
// The persona steps of the defence demo on the Visitors page (ui/visitors, its public API): show the new,
// browsing or intent visitor found in the data, wait for every trained model's list, then select the first
// recommendation of the hybrid (or of the first model) so that its explanation shows. Kept apart from
// DefenceTour because it depends on that page; without it the tour leaves the persona steps out.
#include <QObject>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace vitrina::ui::app {
class MainWindow;
}
namespace vitrina::ui::visitors {
class VisitorsPage;
}

namespace vitrina::ui::demo {

class TourPersonas : public QObject {
    Q_OBJECT
public:
    TourPersonas(app::MainWindow& window, QObject* parent = nullptr);

    /// "new", "browsing", "intent" (core/analytics/Personas.h).
    static QStringList personaIds();
    /// The Visitors page is built in.
    bool available() const { return page_ != nullptr; }
    /// Asks for `persona` (entering its step); update() carries it out as the page gets ready.
    void request(const QString& persona);
    /// Moves the request on: shows the persona once the page found them, selects the recommendation once the
    /// lists are there. Cheap; called by the tour's timer.
    void update();
    /// The persona is shown with its lists, and the selected recommendation's explanation (when there is one).
    bool isReady(const QString& persona) const;
    /// A new dataset: everything is asked again.
    void reset();

    /// What the explained recommendation of a persona step showed, read off the Visitors page when the step
    /// became ready: the tour's notes describe this, not what the hybrid is meant to do.
    struct Finding {
        QString model;           ///< display name of the explained model
        bool popularFallback = false; ///< the list position came from the popularity order, or popularity explains most
        int stage = -1;          ///< the hybrid's funnel stage (analytics::FunnelStage), -1 without one
        std::vector<std::pair<QString, double>> weights; ///< the hybrid's components (display name, stage weight)
        QString topReason;       ///< the largest reason as a sentence
    };
    /// The finding of `persona` once its step was ready on the current dataset.
    const Finding* finding(const QString& persona) const;

private:
    int hybridColumn() const;
    void recordFinding() const;

    visitors::VisitorsPage* page_ = nullptr;
    QString requested_;
    bool shown_ = false;
    bool selected_ = false;
    bool explained_ = false;
    mutable std::map<QString, Finding> findings_; ///< filled by isReady() the first time it holds
};

} // namespace vitrina::ui::demo
