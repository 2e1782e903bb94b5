#pragma once
// The main window: a navigation list of the registered pages beside a stack that shows one of them, the
// File and Settings menus, and a status bar. It knows no page type: pages come from PageRegistry.
#include <QMainWindow>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace vitrina::ui::demo {
class DefenceDemo;
}

namespace vitrina::ui::app {

class Page;
class Services;
struct PageContext;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Services& services, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// The page with this id, or null.
    Page* page(const QString& id) const;
    template <class P> P* page(const QString& id) const { return qobject_cast<P*>(page(id)); }
    /// Shows the page (ignored when unknown or hidden because it needs a dataset).
    void showPage(const QString& id);
    QString currentPageId() const;
    /// Ids of the pages in the navigation right now, in order.
    QStringList visiblePageIds() const;

    /// Menu actions: import a folder / files, open or save a project, open the demo dataset.
    void importFolder();
    void importFiles();
    void openProject();
    void saveProjectAs();
    void openDemo();
    /// First start without a project: asks once whether to open the demo dataset.
    void offerDemoOnFirstStart();
    /// Help → Defence demo: the guided tour for a live presentation (ui/demo), on the demo dataset.
    void startDefenceDemo();
    /// The demo mode (made on first use).
    demo::DefenceDemo* defenceDemo();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    struct PageEntry {
        QString id;
        Page* page = nullptr;
    };

    void buildMenus();
    void retranslate();
    void updateNavigation();
    void updateWindowTitle();
    void rebuildRecentMenu();
    void chooseThreadCount();

    Services& services_;
    std::unique_ptr<PageContext> context_; ///< outlives the pages, which may keep a reference to it
    std::vector<PageEntry> pages_;
    QListWidget* nav_ = nullptr;
    QStackedWidget* stack_ = nullptr;
    QLabel* projectLabel_ = nullptr;

    QMenu* fileMenu_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QMenu* settingsMenu_ = nullptr;
    QMenu* languageMenu_ = nullptr;
    QMenu* helpMenu_ = nullptr;
    QAction* importFolderAction_ = nullptr;
    QAction* importFilesAction_ = nullptr;
    QAction* openProjectAction_ = nullptr;
    QAction* saveProjectAction_ = nullptr;
    QAction* openDemoAction_ = nullptr;
    QAction* quitAction_ = nullptr;
    QAction* threadsAction_ = nullptr;
    QAction* aboutAction_ = nullptr;
    QAction* defenceDemoAction_ = nullptr;
    demo::DefenceDemo* defenceDemo_ = nullptr;
    QActionGroup* languageGroup_ = nullptr;
};

} // namespace vitrina::ui::app
