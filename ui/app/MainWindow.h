#pragma once
// The main window: a navigation list of the registered pages beside a stack that shows one of them, the
// File and Settings menus, and a status bar. It knows no page type: pages come from PageRegistry.
#include <QMainWindow>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QActionGroup;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;

namespace vitrina::ui::common {
class ElidedLabel;
}

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
    /// Runs `open`, an action that replaces the open dataset, at once, or, while the open dataset is imported
    /// and not saved in a project, after asking: Save (it runs once the save succeeded), Discard or Cancel.
    void replaceDataset(const std::function<void()>& open);
    /// First start without a project: asks once whether to open the demo dataset.
    void offerDemoOnFirstStart();
    /// Help → Defence demo: the guided tour for a live presentation (ui/demo), on the demo dataset.
    void startDefenceDemo();
    /// The demo mode (made on first use).
    demo::DefenceDemo* defenceDemo();
    /// The status bar's message (the last success or error of a project action, for a few seconds).
    QString statusMessage() const;
    void clearStatusMessage();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    struct PageEntry {
        QString id;
        Page* page = nullptr;
    };

    enum class StatusKind { Info, Error };

    void buildMenus();
    void buildStatusBar();
    void showStatus(const QString& text, StatusKind kind);
    void retranslate();
    void fitNavigationWidth();
    void updateNavigation();
    void updateWindowTitle();
    void rebuildRecentMenu();
    void chooseThreadCount();

    Services& services_;
    std::unique_ptr<PageContext> context_; ///< outlives the pages, which may keep a reference to it
    std::vector<PageEntry> pages_;
    QListWidget* nav_ = nullptr;
    QStackedWidget* stack_ = nullptr;
    common::ElidedLabel* statusMessage_ = nullptr;
    common::ElidedLabel* projectLabel_ = nullptr;
    QTimer* statusTimer_ = nullptr;

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
