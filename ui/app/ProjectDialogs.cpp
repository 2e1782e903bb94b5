#include "app/ProjectDialogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace vitrina::ui::app {
namespace {

ProjectDialogs::TestAnswers* testAnswers = nullptr;

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
    if (testAnswers) return testAnswers->projectToSave;
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

ProjectDialogs::UnsavedAnswer ProjectDialogs::askAboutUnsaved(QWidget* parent, const QString& datasetName) {
    if (testAnswers) {
        ++testAnswers->unsavedAsked;
        return testAnswers->unsaved;
    }
    QMessageBox box(QMessageBox::Question, QCoreApplication::translate("ProjectDialogs", "Unsaved dataset"),
                    QCoreApplication::translate("ProjectDialogs",
                                                "The imported dataset \"%1\" is not saved in a project. Save it "
                                                "before another one is opened?")
                        .arg(datasetName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(QCoreApplication::translate(
        "ProjectDialogs", "Without a project, opening it again means importing the CSV files again."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return UnsavedAnswer::Save;
    case QMessageBox::Discard: return UnsavedAnswer::Discard;
    default: return UnsavedAnswer::Cancel;
    }
}

void ProjectDialogs::setTestAnswers(TestAnswers* answers) { testAnswers = answers; }

} // namespace vitrina::ui::app
