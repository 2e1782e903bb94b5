#include "app/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QThread>

#include <algorithm>

#include "util/Parallel.h"

namespace vitrina::ui::app {
namespace {

// Keys, grouped as they appear in the file. No group may be called "general" (in any case): QSettings writes it
// as the INI section [%General] and reads that back as "General", so such a key was lost after a restart and every
// later write added one more [%General] section (the layout of version 1, which migrate() moves).
const QString kVersionKey = QStringLiteral("meta/version");
const QString kLanguageKey = QStringLiteral("interface/language");
const QString kThreadsKey = QStringLiteral("jobs/threads");
// Where versions 0 and 1 kept them: spelled "general/" in the process that wrote them, "General/" after a restart.
const QStringList kOldLanguageKeys = {QStringLiteral("general/language"), QStringLiteral("General/language")};
const QStringList kOldThreadsKeys = {QStringLiteral("general/threads"), QStringLiteral("General/threads")};
const QString kRecentKey = QStringLiteral("projects/recent");
const QString kLastProjectKey = QStringLiteral("projects/last");
const QString kDemoOfferedKey = QStringLiteral("projects/demoOffered");
const QString kGeometryKey = QStringLiteral("window/geometry");

} // namespace

Settings::Settings(QObject* parent)
    : QObject(parent), store_(std::make_unique<QSettings>(QStringLiteral("Vitrina"), QStringLiteral("Vitrina"))) {}

Settings::Settings(const QString& iniPath, QObject* parent)
    : QObject(parent), store_(std::make_unique<QSettings>(iniPath, QSettings::IniFormat)) {}

Settings::~Settings() = default;

int Settings::storedVersion() const { return store_->value(kVersionKey, 0).toInt(); }

QString Settings::normalisedLanguage(const QString& value) {
    const QString lower = value.trimmed().toLower();
    if (lower.startsWith(QLatin1String("ru")) || lower == QLatin1String("russian")) return QStringLiteral("ru");
    if (lower.startsWith(QLatin1String("en")) || lower == QLatin1String("english")) return QStringLiteral("en");
    return {};
}

void Settings::migrate() {
    const int version = storedVersion();
    if (version >= kVersion) return; // same or newer layout: never downgrade what a newer build wrote

    // Versions 0 and 1 kept the language and the thread count in the group "general" (see the keys above).
    moveOldKey(kOldLanguageKeys, kLanguageKey);
    moveOldKey(kOldThreadsKeys, kThreadsKey);
    // Version 0 (before versioning) stored the language as a locale name ("ru_RU") and could hold a thread
    // count of 0 meaning "automatic"; it also kept recent projects with relative paths.
    if (store_->contains(kLanguageKey)) {
        const QString language = normalisedLanguage(store_->value(kLanguageKey).toString());
        if (language.isEmpty()) store_->remove(kLanguageKey);
        else store_->setValue(kLanguageKey, language);
    }
    if (store_->contains(kThreadsKey) && store_->value(kThreadsKey).toInt() <= 0) store_->remove(kThreadsKey);
    if (store_->contains(kRecentKey)) {
        QStringList absolute;
        for (const QString& path : store_->value(kRecentKey).toStringList()) {
            const QString abs = QFileInfo(path).absoluteFilePath();
            if (!path.isEmpty() && !absolute.contains(abs)) absolute << abs;
        }
        store_->setValue(kRecentKey, absolute.mid(0, kMaxRecentProjects));
    }
    store_->setValue(kVersionKey, kVersion);
    store_->sync();
}

void Settings::moveOldKey(const QStringList& oldKeys, const QString& key) {
    for (const QString& old : oldKeys) {
        if (!store_->contains(old)) continue;
        if (!store_->contains(key)) store_->setValue(key, store_->value(old));
        store_->remove(old);
    }
}

QStringList Settings::supportedLanguages() { return {QStringLiteral("ru"), QStringLiteral("en")}; }

QString Settings::language() const {
    const QString stored = normalisedLanguage(store_->value(kLanguageKey).toString());
    if (!stored.isEmpty()) return stored;
    return QLocale::system().language() == QLocale::Russian ? QStringLiteral("ru") : QStringLiteral("en");
}

void Settings::setLanguage(const QString& language) {
    const QString normal = normalisedLanguage(language);
    if (normal.isEmpty() || normal == store_->value(kLanguageKey).toString()) return;
    store_->setValue(kLanguageKey, normal);
    emit languageChanged(normal);
}

int Settings::defaultThreadCount() { return util::defaultThreadCount(); }

int Settings::maxThreadCount() { return std::max(1, QThread::idealThreadCount()); }

int Settings::threadCount() const {
    const int stored = store_->value(kThreadsKey, 0).toInt();
    if (stored <= 0) return defaultThreadCount();
    return std::clamp(stored, 1, maxThreadCount());
}

void Settings::setThreadCount(int threads) {
    const int clamped = std::clamp(threads, 1, maxThreadCount());
    if (clamped == threadCount() && store_->contains(kThreadsKey)) return;
    store_->setValue(kThreadsKey, clamped);
    emit threadCountChanged(clamped);
}

QStringList Settings::recentProjects() const { return store_->value(kRecentKey).toStringList(); }

void Settings::addRecentProject(const QString& path) {
    if (path.isEmpty()) return;
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList list = recentProjects();
    list.removeAll(abs);
    list.prepend(abs);
    store_->setValue(kRecentKey, list.mid(0, kMaxRecentProjects));
    emit recentProjectsChanged();
}

void Settings::removeRecentProject(const QString& path) {
    QStringList list = recentProjects();
    if (list.removeAll(QFileInfo(path).absoluteFilePath()) == 0) return;
    store_->setValue(kRecentKey, list);
    emit recentProjectsChanged();
}

QString Settings::lastProject() const { return store_->value(kLastProjectKey).toString(); }

void Settings::setLastProject(const QString& path) {
    store_->setValue(kLastProjectKey, path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath());
}

bool Settings::demoOffered() const { return store_->value(kDemoOfferedKey, false).toBool(); }

void Settings::setDemoOffered(bool offered) { store_->setValue(kDemoOfferedKey, offered); }

QByteArray Settings::windowGeometry() const { return store_->value(kGeometryKey).toByteArray(); }

void Settings::setWindowGeometry(const QByteArray& geometry) { store_->setValue(kGeometryKey, geometry); }

void Settings::sync() { store_->sync(); }

} // namespace vitrina::ui::app
