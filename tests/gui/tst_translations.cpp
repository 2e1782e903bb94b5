// The translations are complete: lupdate is run over the GUI sources into a temporary file, and every string
// it finds must be in translations/vitrina_ru.ts and vitrina_en.ts, finished and non-empty (every plural form
// too); the committed files hold no unfinished, obsolete or stale entries either. Russian texts must actually
// be Russian. To fix a failure: build the update_translations target, then translate the new entries.
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <map>

namespace {

struct Entry {
    QStringList translations; ///< one per plural form, or one
    QString type;             ///< "", "unfinished", "obsolete", "vanished"
    bool numerus = false;
};

/// context + '\x1f' + source + '\x1f' + comment -> entry
using TsFile = std::map<QString, Entry>;

TsFile readTs(const QString& path, QString* error) {
    TsFile entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open ") + path;
        return entries;
    }
    QXmlStreamReader xml(&file);
    QString context, source, comment;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) context.clear();
            else if (name == QLatin1String("name")) context = xml.readElementText();
            else if (name == QLatin1String("message")) {
                source.clear();
                comment.clear();
                entry = Entry{};
                entry.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) source = xml.readElementText();
            else if (name == QLatin1String("comment")) comment = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                entry.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!entry.numerus) entry.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) entry.translations << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            entries[context + QChar(0x1f) + source + QChar(0x1f) + comment] = entry;
        }
    }
    if (xml.hasError()) *error = path + QStringLiteral(": ") + xml.errorString();
    return entries;
}

QString readable(const QString& key) {
    QString k = key;
    return k.replace(QChar(0x1f), QStringLiteral(" | "));
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private:
    TsFile fresh_;

private slots:
    void initTestCase() {
        const QString lupdate = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
        if (!QFileInfo::exists(lupdate)) QFAIL(qPrintable(QStringLiteral("lupdate not found at ") + lupdate));
        QTemporaryDir dir;
        const QString ts = dir.filePath(QStringLiteral("fresh_ru.ts"));
        const QString source = QStringLiteral(VITRINA_SOURCE_DIR);
        QProcess process;
        process.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                                QStringLiteral("none"), QStringLiteral("-I"), source + QStringLiteral("/ui"),
                                source + QStringLiteral("/ui"), source + QStringLiteral("/app/gui"),
                                QStringLiteral("-ts"), ts});
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QString error;
        fresh_ = readTs(ts, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(fresh_.size() > 100, "lupdate found suspiciously few strings");
    }

    void complete_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("russian");
        QTest::newRow("ru") << QStringLiteral("vitrina_ru.ts") << true;
        QTest::newRow("en") << QStringLiteral("vitrina_en.ts") << false;
    }

    void complete() {
        QFETCH(QString, file);
        QFETCH(bool, russian);
        QString error;
        const TsFile committed = readTs(QStringLiteral(VITRINA_SOURCE_DIR "/translations/") + file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        static const QRegularExpression cyrillic(QStringLiteral("[А-Яа-яЁё]"));
        static const QRegularExpression latinWord(QStringLiteral("[A-Za-z]{3,}"));
        QStringList missing, unfinished, stale, notRussian;
        for (const auto& [key, entry] : fresh_) {
            const auto it = committed.find(key);
            if (it == committed.end()) {
                missing << readable(key);
                continue;
            }
            const Entry& have = it->second;
            const bool empty = have.translations.isEmpty() ||
                               std::any_of(have.translations.begin(), have.translations.end(),
                                           [](const QString& t) { return t.isEmpty(); });
            if (!have.type.isEmpty() || empty) unfinished << readable(key);
            // A Russian text needs Cyrillic wherever the source has words (format strings like "%1 %" aside).
            const QString sourceText = key.section(QChar(0x1f), 1, 1);
            if (russian && !empty && sourceText.contains(latinWord) &&
                !std::all_of(have.translations.begin(), have.translations.end(),
                             [](const QString& t) { return t.contains(cyrillic); }))
                notRussian << readable(key);
        }
        for (const auto& [key, entry] : committed)
            if (!fresh_.count(key)) stale << readable(key);
        QVERIFY2(missing.isEmpty(), qPrintable(file + QStringLiteral(" lacks: ") + missing.join(QStringLiteral("\n  "))));
        QVERIFY2(unfinished.isEmpty(), qPrintable(file + QStringLiteral(" unfinished: ") + unfinished.join(QStringLiteral("\n  "))));
        QVERIFY2(stale.isEmpty(), qPrintable(file + QStringLiteral(" has stale entries: ") + stale.join(QStringLiteral("\n  "))));
        QVERIFY2(notRussian.isEmpty(), qPrintable(file + QStringLiteral(" not Russian: ") + notRussian.join(QStringLiteral("\n  "))));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
