#include "session/ProjectController.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <optional>

#include "app/Settings.h"
#include "common/Format.h"
#include "common/MessageText.h"
#include "data/Importer.h"
#include "session/ProjectSession.h"
#include "store/ModelArtefacts.h"
#include "store/ProjectFile.h"

namespace vitrina::ui::session {
namespace {

namespace vd = vitrina::data;

/// Sessions and summary of a freshly imported or loaded dataset (the last few percent of every job).
LoadedDataset completeDataset(vd::Dataset&& dataset, const util::Progress& progress) {
    LoadedDataset loaded;
    auto shared = std::make_shared<const vd::Dataset>(std::move(dataset));
    progress.set(0.0, "sessions");
    auto sessions = std::make_shared<const vd::SessionIndex>(vd::buildSessions(shared->events));
    progress.check();
    progress.set(0.5, "summary");
    loaded.summary = std::make_shared<const analytics::DatasetSummary>(analytics::summarize(*shared, *sessions));
    loaded.fingerprint = store::datasetFingerprint(*shared);
    progress.set(1.0, "summary");
    loaded.dataset = std::move(shared);
    loaded.sessions = std::move(sessions);
    return loaded;
}

/// Imports files into a complete dataset; throws util::Error / util::Cancelled.
LoadedDataset importFiles(const std::vector<std::string>& paths, int threads, const util::Progress& progress,
                          std::vector<util::Message>& warnings) {
    util::Result<vd::ImportSources> sources = vd::discoverSources(paths);
    if (!sources) throw util::Error(*sources.error);
    vd::ImportOptions options;
    options.threads = threads;
    util::Result<vd::Dataset> imported = vd::importDataset(*sources, options, progress.sub(0.0, 0.9, "import"));
    warnings.insert(warnings.end(), imported.warnings.begin(), imported.warnings.end());
    if (imported.cancelled) throw util::Cancelled();
    if (!imported) throw util::Error(*imported.error);
    return completeDataset(std::move(*imported.value), progress.sub(0.9, 1.0));
}

struct OpenedProject {
    LoadedDataset loaded;
    std::shared_ptr<store::ProjectFile> project;
};

OpenedProject openProjectFile(const std::string& path, const util::Progress& progress) {
    util::Result<std::shared_ptr<store::ProjectFile>> opened = store::ProjectFile::open(path, store::OpenMode::OpenExisting);
    if (!opened) throw util::Error(*opened.error);
    OpenedProject result;
    result.project = *opened;
    vd::Dataset dataset = result.project->loadDataset(progress.sub(0.0, 0.85, "open.dataset"));
    result.loaded = completeDataset(std::move(dataset), progress.sub(0.85, 1.0));
    return result;
}

std::vector<std::string> toStdPaths(const QStringList& paths) {
    std::vector<std::string> out;
    out.reserve(static_cast<std::size_t>(paths.size()));
    for (const QString& p : paths) out.push_back(QDir::toNativeSeparators(QFileInfo(p).absoluteFilePath()).toStdString());
    return out;
}

QString describe(const LoadedDataset& loaded) {
    return ProjectController::tr("%1 events, %2 visitors, %3 items")
        .arg(common::formatCount(loaded.summary->events), common::formatCount(loaded.summary->visitors),
             common::formatCount(loaded.summary->items));
}

} // namespace

ProjectController::ProjectController(ProjectSession& session, jobs::JobRunner& runner, app::Settings& settings,
                                     QObject* parent)
    : QObject(parent), session_(session), settings_(settings), tracker_(runner, this) {}

QString ProjectController::defaultDemoFolder() {
    // Not AppDataLocation: that is <data>/<organisation>/<application>, "Vitrina/Vitrina" for the app.
    QString application = QCoreApplication::applicationName();
    if (application.isEmpty()) application = QStringLiteral("Vitrina");
    const QDir data(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation));
    return data.filePath(application + QStringLiteral("/demo"));
}

QString ProjectController::demoProjectPath(const QString& folder) {
    return QDir(folder).filePath(QStringLiteral("demo.vitrina"));
}

void ProjectController::rememberProject(const QString& path) {
    settings_.addRecentProject(path);
    settings_.setLastProject(path);
}

void ProjectController::reportFailure(const QString& what, const std::optional<util::Message>& error, bool cancelled) {
    if (cancelled) lastError_ = tr("%1: cancelled; the data loaded before is still open.").arg(what);
    else lastError_ = tr("%1 failed: %2").arg(what, error ? common::MessageText::text(*error) : tr("unknown error"));
    emit failed(lastError_);
}

void ProjectController::importPaths(const QStringList& paths) {
    if (paths.isEmpty()) return;
    const std::vector<std::string> files = toStdPaths(paths);
    const QString what = tr("Importing %1").arg(paths.size() == 1 ? QFileInfo(paths.front()).fileName()
                                                                 : tr("%n files", nullptr, static_cast<int>(paths.size())));
    tracker_.start<LoadedDataset>(
        what,
        [files](const jobs::JobContext& job) {
            return util::capture<LoadedDataset>([&](std::vector<util::Message>& warnings) {
                return importFiles(files, job.threads, job.progress, warnings);
            });
        },
        [this, what](util::Result<LoadedDataset>& result) {
            if (!result) return reportFailure(what, result.error, result.cancelled);
            lastError_.clear();
            session_.setDataset(std::move(*result.value), nullptr);
            emit succeeded(tr("Imported: %1").arg(describe(session_.loaded())));
        });
}

void ProjectController::openProject(const QString& path) {
    const std::string file = QFileInfo(path).absoluteFilePath().toStdString();
    const QString what = tr("Opening %1").arg(QFileInfo(path).fileName());
    tracker_.start<OpenedProject>(
        what,
        [file](const jobs::JobContext& job) {
            return util::capture<OpenedProject>([&](std::vector<util::Message>&) { return openProjectFile(file, job.progress); });
        },
        [this, what, path](util::Result<OpenedProject>& result) {
            if (!result) {
                if (!result.cancelled && !QFileInfo::exists(path)) settings_.removeRecentProject(path);
                return reportFailure(what, result.error, result.cancelled);
            }
            lastError_.clear();
            session_.setDataset(std::move(result->loaded), std::move(result->project));
            rememberProject(path);
            emit succeeded(tr("Opened %1: %2").arg(QFileInfo(path).fileName(), describe(session_.loaded())));
        });
}

void ProjectController::saveProjectAs(const QString& path) {
    const auto dataset = session_.dataset();
    if (!dataset) return;
    const std::string file = QFileInfo(path).absoluteFilePath().toStdString();
    const QString what = tr("Saving %1").arg(QFileInfo(path).fileName());
    const quint64 revision = session_.revision();
    tracker_.start<std::shared_ptr<store::ProjectFile>>(
        what,
        [file, dataset](const jobs::JobContext& job) {
            return store::saveDatasetAs(file, *dataset, job.progress.sub(0.0, 1.0, "save.dataset"));
        },
        [this, what, path, revision](util::Result<std::shared_ptr<store::ProjectFile>>& result) {
            if (!result) return reportFailure(what, result.error, result.cancelled);
            lastError_.clear();
            if (session_.revision() == revision) session_.setProject(*result); // still the dataset we saved
            rememberProject(path);
            emit succeeded(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
        });
}

void ProjectController::openDemo(const QString& folder, double scale) {
    const std::string projectPath = demoProjectPath(folder).toStdString();
    const std::string filesFolder = QDir(folder).filePath(QStringLiteral("retailrocket-demo")).toStdString();
    const QString what = tr("Opening the demo dataset");
    tracker_.start<OpenedProject>(
        what,
        [projectPath, filesFolder, scale](const jobs::JobContext& job) {
            return util::capture<OpenedProject>([&](std::vector<util::Message>& warnings) -> OpenedProject {
                if (QFileInfo::exists(QString::fromStdString(projectPath))) {
                    // A damaged or outdated demo project is rebuilt below rather than reported.
                    try {
                        return openProjectFile(projectPath, job.progress);
                    } catch (const util::Error&) {
                        QFile::remove(QString::fromStdString(projectPath));
                    }
                }
                gen::GeneratorOptions options;
                options.scale = scale;
                options.seed = gen::kDemoSeed;
                options.threads = job.threads;
                util::Result<gen::GeneratedFiles> files =
                    gen::generateDataset(filesFolder, options, job.progress.sub(0.0, 0.45, "generate"));
                if (files.cancelled) throw util::Cancelled();
                if (!files) throw util::Error(*files.error);
                OpenedProject result;
                result.loaded = importFiles({filesFolder}, job.threads, job.progress.sub(0.45, 0.85), warnings);
                util::Result<std::shared_ptr<store::ProjectFile>> saved =
                    store::saveDatasetAs(projectPath, *result.loaded.dataset, job.progress.sub(0.85, 1.0, "save.dataset"));
                if (saved.cancelled) throw util::Cancelled();
                if (!saved) throw util::Error(*saved.error);
                result.project = *saved;
                return result;
            });
        },
        [this, what, projectPath](util::Result<OpenedProject>& result) {
            if (!result) return reportFailure(what, result.error, result.cancelled);
            lastError_.clear();
            session_.setDataset(std::move(result->loaded), std::move(result->project));
            rememberProject(QString::fromStdString(projectPath));
            emit succeeded(tr("Demo dataset: %1").arg(describe(session_.loaded())));
        });
}

} // namespace vitrina::ui::session
