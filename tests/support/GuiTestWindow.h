#pragma once
// What the GUI tests share: a generated RetailRocket-format folder, and the app's services (English, settings in
// the test's temporary folder) with the main window shown.
#include <QSize>
#include <QString>
#include <QTemporaryDir>

#include <memory>

#include "app/MainWindow.h"
#include "app/Services.h"
#include "app/Settings.h"
#include "generator/Generator.h"

namespace vitrina::test {

/// The demo generator's output at `scale` (demo seed) in `folder`; an empty text on success, else the error.
inline QString generateFolder(const QString& folder, double scale) {
    gen::GeneratorOptions options;
    options.scale = scale;
    options.seed = gen::kDemoSeed;
    const auto files = gen::generateDataset(folder.toStdString(), options, {});
    return files.ok() ? QString() : QString::fromStdString(files.error ? files.error->text() : "generation failed");
}

struct GuiWindow {
    std::unique_ptr<ui::app::Services> services;
    std::unique_ptr<ui::app::MainWindow> window;
};

/// Services with their settings in `dir`, and the main window shown at `size` (its own size when empty).
/// The caller waits for it to be exposed (QTest::qWaitForWindowExposed).
inline GuiWindow openWindow(const QTemporaryDir& dir, QSize size = {1360, 860}) {
    GuiWindow gui;
    gui.services = std::make_unique<ui::app::Services>(
        std::make_unique<ui::app::Settings>(dir.filePath(QStringLiteral("settings.ini"))), QStringLiteral("en"));
    gui.window = std::make_unique<ui::app::MainWindow>(*gui.services);
    if (!size.isEmpty()) gui.window->resize(size);
    gui.window->show();
    return gui;
}

} // namespace vitrina::test
