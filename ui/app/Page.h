#pragma once
// A page of the main window and the registry pages add themselves to, so that a new page (Models, Visitors,
// A/B, Demo, ...) needs no edit of the main window:
//
//   // in ui/modelspage/ModelsPage.cpp
//   namespace { const bool registered = app::PageRegistry::add({QStringLiteral("models"), 30,
//       [](app::PageContext& context, QWidget* parent) -> app::Page* { return new ModelsPage(context, parent); }}); }
//
// Ids are stable ("data", "funnel", "models", ...); `order` places the page in the navigation list (data 10,
// funnel 20; leave gaps). vitrina_ui is an OBJECT library, so every registering object file is linked.
#include <QIcon>
#include <QString>
#include <QWidget>

#include <functional>
#include <vector>

namespace vitrina::ui::jobs {
class JobRunner;
}
namespace vitrina::ui::session {
class ProjectController;
class ProjectSession;
class TrainedModels;
} // namespace vitrina::ui::session

namespace vitrina::ui::app {

class Settings;
class MainWindow;

/// The shared services a page works with (all owned by the application; they outlive every page).
struct PageContext {
    Settings& settings;
    jobs::JobRunner& jobs;
    session::ProjectSession& session;
    session::ProjectController& controller;
    session::TrainedModels& trainedModels; ///< fitted models of the open dataset (stored in the project)
    MainWindow* window = nullptr; ///< for showPage(); null in tests that build a page alone
    // The main window keeps this struct alive as long as its pages; a page may also keep a copy.
};

class Page : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// Navigation text in the current language (asked again after every language change).
    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }
    /// Pages that need a dataset stay out of the navigation until one is open.
    virtual bool needsDataset() const { return true; }

signals:
    /// Ask the main window to show another page by id (e.g. the Data page after a failed load).
    void showPageRequested(const QString& id);
};

struct PageInfo {
    QString id;
    int order = 0;
    std::function<Page*(PageContext& context, QWidget* parent)> create;
};

class PageRegistry {
public:
    /// Registers a page type; returns true so that it can initialise a namespace-scope constant.
    static bool add(PageInfo info);
    /// Every registered page, by order then id.
    static std::vector<PageInfo> all();
};

} // namespace vitrina::ui::app
