#pragma once
// The one settings class of the GUI: every persistent preference goes through here, never through QSettings
// directly (zeal's Settings pattern). Values are versioned; migrate() upgrades what older versions wrote.
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace vitrina::ui::app {

class Settings : public QObject {
    Q_OBJECT
public:
    /// Version of the stored layout written by this build; migrate() brings older layouts up to it.
    static constexpr int kVersion = 2;
    static constexpr int kMaxRecentProjects = 8;

    /// The user's settings (native format, organisation and application "Vitrina").
    explicit Settings(QObject* parent = nullptr);
    /// Settings kept in an INI file (tests and portable installs).
    explicit Settings(const QString& iniPath, QObject* parent = nullptr);
    ~Settings() override;

    /// Upgrades values written by older versions and stores kVersion. Called once at start-up.
    void migrate();
    int storedVersion() const;

    /// "ru" or "en". Default: Russian when the system locale is Russian, English otherwise.
    QString language() const;
    void setLanguage(const QString& language);
    static QStringList supportedLanguages();

    /// Worker threads for background jobs; default cores - 1 (at least 1), kept in [1, cores].
    int threadCount() const;
    void setThreadCount(int threads);
    static int defaultThreadCount();
    static int maxThreadCount();

    /// Most recent first, at most kMaxRecentProjects, absolute paths.
    QStringList recentProjects() const;
    void addRecentProject(const QString& path);
    void removeRecentProject(const QString& path);

    /// The project to reopen at start-up (empty when none).
    QString lastProject() const;
    void setLastProject(const QString& path);

    /// Whether the first-start offer of the demo dataset was already made.
    bool demoOffered() const;
    void setDemoOffered(bool offered);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);

    void sync();

signals:
    void languageChanged(const QString& language);
    void threadCountChanged(int threads);
    void recentProjectsChanged();

private:
    static QString normalisedLanguage(const QString& value);
    /// Moves the value of the first of `oldKeys` present to `key` (unless `key` is set) and removes them all.
    void moveOldKey(const QStringList& oldKeys, const QString& key);

    std::unique_ptr<QSettings> store_;
};

} // namespace vitrina::ui::app
