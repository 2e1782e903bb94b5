#include "app/MainWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFrame>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>

#include "app/Page.h"
#include "app/ProjectDialogs.h"
#include "app/Services.h"
#include "common/ElidedLabel.h"
#include "demo/DefenceDemo.h"

namespace vitrina::ui::app {

namespace {
constexpr int kStatusMessageMs = 8000;
}

MainWindow::MainWindow(Services& services, QWidget* parent) : QMainWindow(parent), services_(services) {
    setWindowIcon(QIcon(QStringLiteral(":/icons/vitrina.svg")));
    nav_ = new QListWidget(this);
    nav_->setObjectName(QStringLiteral("navigation"));
    nav_->setIconSize(QSize(20, 20));
    nav_->setSpacing(2);
    nav_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    stack_ = new QStackedWidget(this);

    context_ = std::make_unique<PageContext>(services_.pageContext(this));
    for (const PageInfo& info : PageRegistry::all()) {
        Page* page = info.create(*context_, stack_);
        page->setObjectName(info.id + QStringLiteral("Page"));
        stack_->addWidget(page);
        auto* item = new QListWidgetItem(page->icon(), page->title(), nav_);
        item->setData(Qt::UserRole, info.id);
        pages_.push_back({info.id, page});
        connect(page, &Page::showPageRequested, this, &MainWindow::showPage);
    }
    connect(nav_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) stack_->setCurrentIndex(row);
    });

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(nav_);
    layout->addWidget(stack_, 1);
    setCentralWidget(central);

    buildStatusBar();
    buildMenus();
    auto& controller = services_.controller();
    connect(&controller, &session::ProjectController::succeeded, this,
            [this](const QString& text) { showStatus(text, StatusKind::Info); });
    connect(&controller, &session::ProjectController::failed, this,
            [this](const QString& text) { showStatus(text, StatusKind::Error); });
    connect(&services_.session(), &session::ProjectSession::datasetChanged, this, &MainWindow::updateNavigation);
    connect(&services_.session(), &session::ProjectSession::projectChanged, this, &MainWindow::updateWindowTitle);
    connect(&services_.settings(), &Settings::recentProjectsChanged, this, &MainWindow::rebuildRecentMenu);

    retranslate();
    updateNavigation();
    if (!restoreGeometry(services_.settings().windowGeometry())) resize(1280, 820);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildStatusBar() {
    // The message and the project path are separate widgets with a line between them; both elide (whole text in
    // the tooltip), so a long error neither runs into the path nor makes the window wider.
    statusMessage_ = new common::ElidedLabel(Qt::ElideRight, this);
    statusMessage_->setObjectName(QStringLiteral("statusMessage"));
    statusBar()->addWidget(statusMessage_, 1);
    auto* separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    statusBar()->addPermanentWidget(separator);
    projectLabel_ = new common::ElidedLabel(Qt::ElideMiddle, this);
    projectLabel_->setObjectName(QStringLiteral("projectPath"));
    projectLabel_->setContentsMargins(4, 0, 4, 0);
    statusBar()->addPermanentWidget(projectLabel_);
    statusTimer_ = new QTimer(this);
    statusTimer_->setSingleShot(true);
    connect(statusTimer_, &QTimer::timeout, this, [this] { showStatus({}, StatusKind::Info); });
}

void MainWindow::showStatus(const QString& text, StatusKind kind) {
    QPalette palette = statusBar()->palette();
    if (kind == StatusKind::Error) palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    statusMessage_->setPalette(palette);
    statusMessage_->setText(text);
    if (text.isEmpty()) statusTimer_->stop();
    else statusTimer_->start(kStatusMessageMs);
}

QString MainWindow::statusMessage() const { return statusMessage_->text(); }

void MainWindow::clearStatusMessage() { showStatus({}, StatusKind::Info); }

void MainWindow::buildMenus() {
    fileMenu_ = menuBar()->addMenu(QString());
    importFolderAction_ = fileMenu_->addAction(QString(), this, &MainWindow::importFolder);
    importFilesAction_ = fileMenu_->addAction(QString(), this, &MainWindow::importFiles);
    fileMenu_->addSeparator();
    openProjectAction_ = fileMenu_->addAction(QString(), this, &MainWindow::openProject);
    openProjectAction_->setShortcut(QKeySequence::Open);
    recentMenu_ = fileMenu_->addMenu(QString());
    saveProjectAction_ = fileMenu_->addAction(QString(), this, &MainWindow::saveProjectAs);
    saveProjectAction_->setShortcut(QKeySequence::SaveAs);
    fileMenu_->addSeparator();
    openDemoAction_ = fileMenu_->addAction(QString(), this, &MainWindow::openDemo);
    fileMenu_->addSeparator();
    quitAction_ = fileMenu_->addAction(QString(), this, &QWidget::close);
    quitAction_->setShortcut(QKeySequence::Quit);

    settingsMenu_ = menuBar()->addMenu(QString());
    languageMenu_ = settingsMenu_->addMenu(QString());
    languageGroup_ = new QActionGroup(this);
    // Language names are endonyms on purpose: each is written in its own language, whatever the UI shows.
    const std::pair<QString, QString> languages[] = {{QStringLiteral("ru"), QStringLiteral("Русский")},
                                                     {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto& [code, name] : languages) {
        QAction* action = languageMenu_->addAction(name);
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(services_.language().language() == code);
        languageGroup_->addAction(action);
    }
    connect(languageGroup_, &QActionGroup::triggered, this,
            [this](QAction* action) { services_.settings().setLanguage(action->data().toString()); });
    connect(&services_.language(), &LanguageManager::languageChanged, this, [this](const QString& code) {
        for (QAction* action : languageGroup_->actions()) action->setChecked(action->data().toString() == code);
    });
    threadsAction_ = settingsMenu_->addAction(QString(), this, &MainWindow::chooseThreadCount);

    helpMenu_ = menuBar()->addMenu(QString());
    defenceDemoAction_ = helpMenu_->addAction(QString(), this, &MainWindow::startDefenceDemo);
    defenceDemoAction_->setShortcut(Qt::Key_F5);
    aboutAction_ = helpMenu_->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Vitrina"),
                           tr("<b>Vitrina %1</b><br>A desktop lab for e-commerce behaviour analytics and "
                              "recommender experiments on RetailRocket data.")
                               .arg(QApplication::applicationVersion()));
    });
    rebuildRecentMenu();
}

void MainWindow::retranslate() {
    fileMenu_->setTitle(tr("&File"));
    importFolderAction_->setText(tr("Import &folder…"));
    importFilesAction_->setText(tr("Import f&iles…"));
    openProjectAction_->setText(tr("&Open project…"));
    recentMenu_->setTitle(tr("&Recent projects"));
    saveProjectAction_->setText(tr("&Save project as…"));
    openDemoAction_->setText(tr("Open the &demo dataset"));
    quitAction_->setText(tr("&Quit"));
    settingsMenu_->setTitle(tr("&Settings"));
    languageMenu_->setTitle(tr("&Language"));
    threadsAction_->setText(tr("Worker &threads…"));
    helpMenu_->setTitle(tr("&Help"));
    aboutAction_->setText(tr("&About Vitrina"));
    defenceDemoAction_->setText(tr("&Defence demo"));
    nav_->setToolTip(tr("Pages: more appear once a dataset is open"));
    for (std::size_t i = 0; i < pages_.size(); ++i) {
        QListWidgetItem* item = nav_->item(static_cast<int>(i));
        item->setText(pages_[i].page->title());
        item->setIcon(pages_[i].page->icon());
    }
    fitNavigationWidth();
    rebuildRecentMenu();
    updateWindowTitle();
}

void MainWindow::changeEvent(QEvent* event) {
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) retranslate();
    if (event->type() == QEvent::FontChange) fitNavigationWidth(); // presentation text size
}

void MainWindow::fitNavigationWidth() {
    // As wide as its longest page title, no wider: on a 1024-pixel projector every pixel goes to the pages.
    int widest = 0;
    for (int row = 0; row < nav_->count(); ++row)
        widest = std::max(widest, nav_->fontMetrics().horizontalAdvance(nav_->item(row)->text()));
    const int icon = nav_->iconSize().width();
    nav_->setFixedWidth(widest + icon + 2 * nav_->frameWidth() + 2 * nav_->spacing() + 24);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    services_.settings().setWindowGeometry(saveGeometry());
    services_.settings().sync();
    services_.jobs().cancelAll();
    event->accept();
}

Page* MainWindow::page(const QString& id) const {
    for (const PageEntry& entry : pages_)
        if (entry.id == id) return entry.page;
    return nullptr;
}

void MainWindow::showPage(const QString& id) {
    for (std::size_t i = 0; i < pages_.size(); ++i) {
        if (pages_[i].id != id) continue;
        QListWidgetItem* item = nav_->item(static_cast<int>(i));
        if (item->isHidden()) return;
        nav_->setCurrentRow(static_cast<int>(i));
        return;
    }
}

QString MainWindow::currentPageId() const {
    const int index = stack_->currentIndex();
    return index >= 0 && static_cast<std::size_t>(index) < pages_.size() ? pages_[static_cast<std::size_t>(index)].id
                                                                         : QString();
}

QStringList MainWindow::visiblePageIds() const {
    QStringList ids;
    for (std::size_t i = 0; i < pages_.size(); ++i)
        if (!nav_->item(static_cast<int>(i))->isHidden()) ids << pages_[i].id;
    return ids;
}

void MainWindow::updateNavigation() {
    const bool hasDataset = services_.session().hasDataset();
    for (std::size_t i = 0; i < pages_.size(); ++i)
        nav_->item(static_cast<int>(i))->setHidden(pages_[i].page->needsDataset() && !hasDataset);
    const int current = nav_->currentRow();
    if (current < 0 || nav_->item(current)->isHidden()) {
        for (int row = 0; row < nav_->count(); ++row) {
            if (!nav_->item(row)->isHidden()) {
                nav_->setCurrentRow(row);
                break;
            }
        }
    }
    saveProjectAction_->setEnabled(hasDataset);
}

void MainWindow::updateWindowTitle() {
    const auto& session = services_.session();
    QString title = QStringLiteral("Vitrina");
    if (session.hasDataset()) {
        const QString name = session.isSaved() ? QFileInfo(session.projectPath()).fileName()
                                               : QString::fromStdString(session.dataset()->name);
        title = tr("%1 — Vitrina").arg(name);
        projectLabel_->setText(session.isSaved() ? QDir::toNativeSeparators(session.projectPath())
                                                 : tr("Imported, not saved in a project yet"));
    } else {
        projectLabel_->setText(tr("No dataset open"));
    }
    setWindowTitle(title);
}

void MainWindow::rebuildRecentMenu() {
    recentMenu_->clear();
    const QStringList recent = services_.settings().recentProjects();
    for (const QString& path : recent) {
        QAction* action = recentMenu_->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this,
                [this, path] { replaceDataset([this, path] { services_.controller().openProject(path); }); });
    }
    recentMenu_->setEnabled(!recent.isEmpty());
}

void MainWindow::chooseThreadCount() {
    bool ok = false;
    const int threads = QInputDialog::getInt(
        this, tr("Worker threads"),
        tr("Threads for imports and computations (default %1: the cores minus one for the interface):")
            .arg(Settings::defaultThreadCount()),
        services_.settings().threadCount(), 1, Settings::maxThreadCount(), 1, &ok);
    if (ok) services_.settings().setThreadCount(threads);
}

void MainWindow::importFolder() {
    const QString folder = ProjectDialogs::chooseImportFolder(this);
    if (!folder.isEmpty()) replaceDataset([this, folder] { services_.controller().importPaths({folder}); });
}

void MainWindow::importFiles() {
    const QStringList files = ProjectDialogs::chooseImportFiles(this);
    if (!files.isEmpty()) replaceDataset([this, files] { services_.controller().importPaths(files); });
}

void MainWindow::openProject() {
    const QString path = ProjectDialogs::chooseProjectToOpen(this);
    if (!path.isEmpty()) replaceDataset([this, path] { services_.controller().openProject(path); });
}

void MainWindow::saveProjectAs() {
    if (!services_.session().hasDataset()) return;
    const QString path =
        ProjectDialogs::chooseProjectToSave(this, QString::fromStdString(services_.session().dataset()->name));
    if (!path.isEmpty()) services_.controller().saveProjectAs(path);
}

void MainWindow::openDemo() {
    replaceDataset([this] { services_.controller().openDemo(session::ProjectController::defaultDemoFolder()); });
}

void MainWindow::replaceDataset(const std::function<void()>& open) {
    const auto& session = services_.session();
    if (!session.hasDataset() || session.isSaved()) return open();
    const QString name = QString::fromStdString(session.dataset()->name);
    switch (ProjectDialogs::askAboutUnsaved(this, name)) {
    case ProjectDialogs::UnsavedAnswer::Cancel: return;
    case ProjectDialogs::UnsavedAnswer::Discard: return open();
    case ProjectDialogs::UnsavedAnswer::Save: break;
    }
    const QString path = ProjectDialogs::chooseProjectToSave(this, name);
    if (path.isEmpty()) return;
    // `open` runs after the save succeeded (once the save job has wound up); a failed or cancelled save keeps
    // the dataset and opens nothing.
    auto* pending = new QObject(this);
    auto* controller = &services_.controller();
    const auto finish = [this, pending, controller](bool saved, const std::function<void()>& next) {
        disconnect(controller, nullptr, pending, nullptr);
        pending->deleteLater();
        if (saved) QTimer::singleShot(0, this, next);
    };
    connect(controller, &session::ProjectController::succeeded, pending, [finish, open] { finish(true, open); });
    connect(controller, &session::ProjectController::failed, pending, [finish] { finish(false, {}); });
    controller->saveProjectAs(path);
}

demo::DefenceDemo* MainWindow::defenceDemo() {
    if (!defenceDemo_) defenceDemo_ = new demo::DefenceDemo(*context_, *this, this);
    return defenceDemo_;
}

void MainWindow::startDefenceDemo() {
    replaceDataset([this] { defenceDemo()->start(); }); // the tour opens the demo dataset
}

void MainWindow::offerDemoOnFirstStart() {
    services_.settings().setDemoOffered(true);
    const auto answer = QMessageBox::question(
        this, tr("Welcome to Vitrina"),
        tr("Open the demo dataset? It is generated on this computer in a few seconds and has readable category "
           "and item names.\n\nYou can import the real RetailRocket files at any time (File → Import folder)."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) openDemo();
}

} // namespace vitrina::ui::app
