#pragma once
// File dialogs of the project operations, shared by the main window's menu and the Data page's buttons.
#include <QString>
#include <QStringList>

class QWidget;

namespace vitrina::ui::app {

class ProjectDialogs {
public:
    /// A folder with RetailRocket files; empty when cancelled.
    static QString chooseImportFolder(QWidget* parent);
    /// One or more RetailRocket CSV files; empty when cancelled.
    static QStringList chooseImportFiles(QWidget* parent);
    /// An existing project file; empty when cancelled.
    static QString chooseProjectToOpen(QWidget* parent);
    /// Where to save the project (".vitrina" appended when missing); empty when cancelled.
    static QString chooseProjectToSave(QWidget* parent, const QString& suggestedName);
    /// True for a path that names a project file rather than data to import.
    static bool isProjectFile(const QString& path);

    enum class UnsavedAnswer { Save, Discard, Cancel };
    /// Before another dataset replaces `datasetName`, imported and not saved in a project: save it first,
    /// discard it, or keep it open (Cancel).
    static UnsavedAnswer askAboutUnsaved(QWidget* parent, const QString& datasetName);

    /// Tests answer the dialogs above through this instead of a modal loop (null: real dialogs again).
    struct TestAnswers {
        UnsavedAnswer unsaved = UnsavedAnswer::Cancel;
        QString projectToSave; ///< chooseProjectToSave's answer
        int unsavedAsked = 0;  ///< how often askAboutUnsaved was called
    };
    static void setTestAnswers(TestAnswers* answers);
};

} // namespace vitrina::ui::app
