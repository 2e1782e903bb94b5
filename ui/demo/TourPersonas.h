#pragma once
// The persona steps of the defence demo on the Visitors page (ui/visitors, its public API): show the new,
// browsing or intent visitor found in the data, wait for every trained model's list, then select the first
// recommendation of the hybrid (or of the first model) so that its explanation shows. Kept apart from
// DefenceTour because it depends on that page; without it the tour leaves the persona steps out.
#include <QObject>
#include <QString>
#include <QStringList>

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

private:
    int hybridColumn() const;

    visitors::VisitorsPage* page_ = nullptr;
    QString requested_;
    bool shown_ = false;
    bool selected_ = false;
    bool explained_ = false;
};

} // namespace vitrina::ui::demo
