#pragma once
// A tab widget whose tabs do not fit its width side by side would cut or scroll its titles ("р-значения" with
// arrows on a projector). Then its tab bar gives way to a drop-down list of the same pages, and comes back when
// the window is wide enough again. The list is kept in step with the tabs: their titles (also after a language
// change) and the current page.
#include <QObject>

class QComboBox;
class QTabWidget;

namespace vitrina::ui::common {

class TabChooser : public QObject {
    Q_OBJECT
public:
    /// `chooser` (not owned) is placed by the caller, usually right above `tabs`.
    TabChooser(QTabWidget* tabs, QComboBox* chooser);

    /// Copies the tab titles into the list again (call after setting them) and picks the bar or the list.
    void sync();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void chooseBarOrList();

    QTabWidget* tabs_;
    QComboBox* chooser_;
};

} // namespace vitrina::ui::common
