// The one settings class: defaults, clamping, recent projects, and migrate() from the unversioned layout.
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app/Settings.h"

using vitrina::ui::app::Settings;

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
        QCOMPARE(raw.value(QStringLiteral("general/language")).toString(), QStringLiteral("ru"));
        QVERIFY(!raw.contains(QStringLiteral("general/threads")));
    }

    void newerLayoutIsLeftAlone() {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("new.ini"));
        {
            QSettings newer(ini, QSettings::IniFormat);
            newer.setValue(QStringLiteral("meta/version"), Settings::kVersion + 1);
            newer.setValue(QStringLiteral("general/language"), QStringLiteral("en-GB"));
        }
        Settings s(ini);
        s.migrate();
        QCOMPARE(s.storedVersion(), Settings::kVersion + 1);
        QSettings raw(ini, QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("general/language")).toString(), QStringLiteral("en-GB"));
        QCOMPARE(s.language(), QStringLiteral("en")); // still read sensibly
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
