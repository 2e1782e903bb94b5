#include "app/ProjectDialogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace vitrina::ui::app {
namespace {

QString startFolder() { return QStandardPaths::writableLocation(QStandardPaths::HomeLocation); }

QString projectFilter() { return QCoreApplication::translate("ProjectDialogs", "Vitrina project (*.vitrina)"); }

} // namespace

QString ProjectDialogs::chooseImportFolder(QWidget* parent) {
    return QFileDialog::getExistingDirectory(
        parent, QCoreApplication::translate("ProjectDialogs", "Choose the folder with the RetailRocket files"),
        startFolder());
}

QStringList ProjectDialogs::chooseImportFiles(QWidget* parent) {
    return QFileDialog::getOpenFileNames(
        parent, QCoreApplication::translate("ProjectDialogs", "Choose RetailRocket files (events.csv is enough)"),
        startFolder(), QCoreApplication::translate("ProjectDialogs", "CSV files (*.csv);;All files (*)"));
}

QString ProjectDialogs::chooseProjectToOpen(QWidget* parent) {
    return QFileDialog::getOpenFileName(parent, QCoreApplication::translate("ProjectDialogs", "Open project"),
                                        startFolder(), projectFilter());
}

QString ProjectDialogs::chooseProjectToSave(QWidget* parent, const QString& suggestedName) {
    QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("ProjectDialogs", "Save project as"),
        QDir(startFolder()).filePath(suggestedName.isEmpty() ? QStringLiteral("project.vitrina")
                                                             : suggestedName + QStringLiteral(".vitrina")),
        projectFilter());
    if (!path.isEmpty() && !isProjectFile(path)) path += QStringLiteral(".vitrina");
    return path;
}

bool ProjectDialogs::isProjectFile(const QString& path) {
    return QFileInfo(path).suffix().compare(QLatin1String("vitrina"), Qt::CaseInsensitive) == 0;
}

} // namespace vitrina::ui::app
