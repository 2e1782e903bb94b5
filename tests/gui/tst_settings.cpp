// The one settings class: defaults, clamping, recent projects, migrate() from older layouts, and the language
// chosen in the menu surviving restarts.
#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app/MainWindow.h"
#include "app/Services.h"
#include "app/Settings.h"
#include "TestSupport.h"

using namespace vitrina;
using vitrina::ui::app::Settings;

namespace {

QString iniText(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// The INI section headers ("[interface]") in file order, repeated ones included.
QStringList iniSections(const QString& text) {
    QStringList sections;
    for (const QString& line : text.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1Char('['))) sections << line.trimmed();
    return sections;
}

/// One run of the app on the settings file `ini`: the main window shown, the language picked in
/// Settings → Language once per code, then everything destroyed (which writes the file).
void runAndSwitchLanguages(const QString& ini, const QStringList& codes) {
    ui::app::Services services(std::make_unique<Settings>(ini));
    ui::app::MainWindow window(services);
    window.show();
    for (const QString& code : codes) {
        QAction* menuEntry = nullptr;
        for (QAction* action : window.findChildren<QAction*>())
            if (action->isCheckable() && action->data().toString() == code) menuEntry = action;
        QVERIFY2(menuEntry, qPrintable(code));
        menuEntry->trigger();
        QCOMPARE(services.language().language(), code);
    }
    window.close();
}

} // namespace

class TestSettings : public QObject {
    Q_OBJECT
private slots:
    void defaults() {
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("s.ini")));
        s.migrate();
        QCOMPARE(s.storedVersion(), Settings::kVersion);
        QCOMPARE(s.threadCount(), Settings::defaultThreadCount());
        QVERIFY(Settings::supportedLanguages().contains(s.language()));
        QVERIFY(s.recentProjects().isEmpty());
        QVERIFY(s.lastProject().isEmpty());
        QVERIFY(!s.demoOffered());
    }

    void valuesPersistAndClamp() {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("s.ini"));
        {
            Settings s(ini);
            QSignalSpy languageSpy(&s, &Settings::languageChanged);
            s.setLanguage(QStringLiteral("ru"));
            s.setLanguage(QStringLiteral("ru")); // no second signal
            QCOMPARE(languageSpy.count(), 1);
            s.setLanguage(QStringLiteral("klingon")); // ignored
            QCOMPARE(s.language(), QStringLiteral("ru"));
            s.setThreadCount(100000);
            QCOMPARE(s.threadCount(), Settings::maxThreadCount());
            s.setThreadCount(-3);
            QCOMPARE(s.threadCount(), 1);
            s.setDemoOffered(true);
            s.sync();
        }
        Settings again(ini);
        QCOMPARE(again.language(), QStringLiteral("ru"));
        QCOMPARE(again.threadCount(), 1);
        QVERIFY(again.demoOffered());
    }

    void recentProjects() {
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("s.ini")));
        QSignalSpy spy(&s, &Settings::recentProjectsChanged);
        for (int i = 0; i < Settings::kMaxRecentProjects + 3; ++i)
            s.addRecentProject(dir.filePath(QStringLiteral("p%1.vitrina").arg(i)));
        QCOMPARE(s.recentProjects().size(), Settings::kMaxRecentProjects);
        QCOMPARE(s.recentProjects().front(), dir.filePath(QStringLiteral("p%1.vitrina").arg(Settings::kMaxRecentProjects + 2)));
        s.addRecentProject(dir.filePath(QStringLiteral("p5.vitrina"))); // moves to the front, no duplicate
        QCOMPARE(s.recentProjects().front(), dir.filePath(QStringLiteral("p5.vitrina")));
        QCOMPARE(s.recentProjects().count(dir.filePath(QStringLiteral("p5.vitrina"))), 1);
        s.removeRecentProject(dir.filePath(QStringLiteral("p5.vitrina")));
        QVERIFY(!s.recentProjects().contains(dir.filePath(QStringLiteral("p5.vitrina"))));
        QVERIFY(spy.count() >= Settings::kMaxRecentProjects + 5);
    }

    void migratesUnversionedLayout() {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("old.ini"));
        {
            QSettings old(ini, QSettings::IniFormat);
            old.setValue(QStringLiteral("general/language"), QStringLiteral("ru_RU"));
            old.setValue(QStringLiteral("general/threads"), 0);
            old.setValue(QStringLiteral("projects/recent"),
                         QStringList{QStringLiteral("a.vitrina"), QStringLiteral("./a.vitrina"), QString()});
        }
        Settings s(ini);
        QCOMPARE(s.storedVersion(), 0);
        s.migrate();
        QCOMPARE(s.storedVersion(), Settings::kVersion);
        QCOMPARE(s.language(), QStringLiteral("ru"));
        QCOMPARE(s.threadCount(), Settings::defaultThreadCount());
        QCOMPARE(s.recentProjects().size(), 1); // relative duplicates collapse to one absolute path
        QVERIFY(QFileInfo(s.recentProjects().front()).isAbsolute());
        QSettings raw(ini, QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("interface/language")).toString(), QStringLiteral("ru"));
        QVERIFY(!raw.contains(QStringLiteral("general/language")));
        QVERIFY(!raw.contains(QStringLiteral("jobs/threads")));
        QVERIFY(!raw.contains(QStringLiteral("general/threads")));
    }

    // Version 1 kept the language in the group "general", which QSettings writes as [%General] and reads back as
    // "General": after a few restarts and switches the file held one such section per switch. This is such a
    // file, written byte for byte; the last section holds the latest choice.
    void migratesDuplicatedGeneralSections() {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("v1.ini"));
        test::writeFile(dir, QStringLiteral("v1.ini"),
                        "[%General]\nlanguage=en\nthreads=3\n\n[%General]\nlanguage=ru\n\n[meta]\nversion=1\n");
        Settings s(ini);
        QCOMPARE(s.storedVersion(), 1);
        s.migrate();
        s.sync();
        QCOMPARE(s.storedVersion(), Settings::kVersion);
        QCOMPARE(s.language(), QStringLiteral("ru"));
        QCOMPARE(s.threadCount(), std::min(3, Settings::maxThreadCount()));
        const QString text = iniText(ini);
        QVERIFY2(!text.contains(QLatin1String("General"), Qt::CaseInsensitive), qPrintable(text));
        QCOMPARE(text.count(QLatin1String("language=")), 1);
    }

    // The language picked in the menu is there again after a restart, and switching back and forth over
    // several runs leaves one language entry and no repeated section in the file. QSettings keeps every file it
    // parsed cached for the rest of the process, so each restart reads a copy under a fresh path, as a new process
    // reads the file from disk.
    void languageSurvivesRestarts() {
        QTemporaryDir dir;
        const QString initial = Settings(dir.filePath(QStringLiteral("empty.ini"))).language(); // the system's
        const QString other = initial == QLatin1String("ru") ? QStringLiteral("en") : QStringLiteral("ru");
        QString ini = dir.filePath(QStringLiteral("run0.ini"));
        for (int run = 1; run <= 3; ++run) {
            runAndSwitchLanguages(ini, {other, initial, other});
            if (QTest::currentTestFailed()) return;
            const QString restarted = dir.filePath(QStringLiteral("run%1.ini").arg(run));
            QVERIFY(QFile::copy(ini, restarted));
            ini = restarted;
            const QString text = iniText(ini);
            QCOMPARE(text.count(QLatin1String("language=")), 1);
            const QStringList sections = iniSections(text);
            QCOMPARE(QSet<QString>(sections.begin(), sections.end()).size(), sections.size());

            ui::app::Services services(std::make_unique<Settings>(ini));
            QCOMPARE(services.language().language(), other);
            ui::app::MainWindow window(services);
            for (QAction* action : window.findChildren<QAction*>())
                if (action->isCheckable() && !action->data().toString().isEmpty())
                    QCOMPARE(action->isChecked(), action->data().toString() == other);
        }
    }

    void newerLayoutIsLeftAlone() {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("new.ini"));
        {
            QSettings newer(ini, QSettings::IniFormat);
            newer.setValue(QStringLiteral("meta/version"), Settings::kVersion + 1);
            newer.setValue(QStringLiteral("interface/language"), QStringLiteral("en-GB"));
        }
        Settings s(ini);
        s.migrate();
        QCOMPARE(s.storedVersion(), Settings::kVersion + 1);
        QSettings raw(ini, QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("interface/language")).toString(), QStringLiteral("en-GB"));
        QCOMPARE(s.language(), QStringLiteral("en")); // still read sensibly
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
