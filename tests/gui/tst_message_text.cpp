// Every core message code has a GUI text equal to the core's English text (so translations follow the
// current wording), a Russian translation in the compiled translations, and placeholders that substitute.
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

#include <set>

#include "common/MessageText.h"
#include "util/Message.h"

using namespace vitrina;
using vitrina::ui::common::MessageText;

namespace {

std::set<QString> placeholders(const QString& text) {
    std::set<QString> out;
    static const QRegularExpression re(QStringLiteral("\\{\\d+\\}"));
    for (auto it = re.globalMatch(text); it.hasNext();) out.insert(it.next().captured());
    return out;
}

QString english(util::MessageCode code) {
    const std::string_view text = util::codeEnglishFormat(code);
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

class TestMessageText : public QObject {
    Q_OBJECT
private slots:
    void everyCodeHasTheCoreText() {
        QStringList missing, differing;
        for (const util::MessageCode code : util::allMessageCodes()) {
            const QString name = QString::fromUtf8(util::codeName(code).data());
            const QString source = MessageText::sourceText(code);
            if (source.isEmpty()) missing << name;
            else if (source != english(code)) differing << name + QStringLiteral(": '") + source + QStringLiteral("' vs core '") + english(code) + u'\'';
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("codes without a GUI text in ui/common/MessageText.cpp: ") + missing.join(QStringLiteral(", "))));
        QVERIFY2(differing.isEmpty(), qPrintable(QStringLiteral("GUI text differs from the core's: ") + differing.join(QStringLiteral("; "))));
    }

    void everyCodeHasARussianTranslation() {
        QTranslator russian;
        QVERIFY(russian.load(QStringLiteral(":/i18n/vitrina_ru.qm")));
        QCoreApplication::installTranslator(&russian);
        QStringList untranslated, brokenPlaceholders;
        static const QRegularExpression cyrillic(QStringLiteral("[А-Яа-яЁё]"));
        for (const util::MessageCode code : util::allMessageCodes()) {
            const QString translated = MessageText::format(code);
            const QString name = QString::fromUtf8(util::codeName(code).data());
            if (!translated.contains(cyrillic)) untranslated << name;
            else if (placeholders(translated) != placeholders(english(code))) brokenPlaceholders << name;
        }
        QCoreApplication::removeTranslator(&russian);
        QVERIFY2(untranslated.isEmpty(), qPrintable(QStringLiteral("no Russian text: ") + untranslated.join(QStringLiteral(", "))));
        QVERIFY2(brokenPlaceholders.isEmpty(), qPrintable(QStringLiteral("placeholders differ: ") + brokenPlaceholders.join(QStringLiteral(", "))));
    }

    void substitutesArgumentsAndLocation() {
        util::Message m = util::makeMessage(util::MessageCode::ParameterNotNumber, {"als.factors", "abc"});
        QCOMPARE(MessageText::text(m), QStringLiteral("Parameter 'als.factors' must be a number, got 'abc'"));
        m.file = "events.csv";
        m.line = 17;
        QCOMPARE(MessageText::text(m), QStringLiteral("events.csv, line 17: Parameter 'als.factors' must be a number, got 'abc'"));
        m.line = 0;
        QCOMPARE(MessageText::text(m), QStringLiteral("events.csv: Parameter 'als.factors' must be a number, got 'abc'"));
        // Missing arguments stay visible rather than vanish; an argument with braces is not re-substituted.
        QCOMPARE(MessageText::substitute(QStringLiteral("{0} and {1}"), {"{1}"}), QStringLiteral("{1} and {1}"));
        QCOMPARE(MessageText::reason(util::MessageCode::CsvCannotRead), QStringLiteral("The file cannot be read: …"));
    }

    // csv.no_valid_events quotes the reason its rows were skipped in English (the core's text); the GUI shows the
    // quoted reason in the interface language, like the rest of the message.
    void quotedReasonsAreTranslated() {
        const std::string reason(util::codeEnglishFormat(util::MessageCode::CsvTimestampImprecise));
        util::Message m = util::makeMessage(util::MessageCode::CsvNoValidEvents, {"2000", "2000", "2", reason});
        QCOMPARE(MessageText::text(m), QString::fromStdString(util::formatArgs(util::codeEnglishFormat(m.code), m.args)));
        QTranslator russian;
        QVERIFY(russian.load(QStringLiteral(":/i18n/vitrina_ru.qm")));
        QCoreApplication::installTranslator(&russian);
        const QString text = MessageText::text(m);
        const QString translatedReason = MessageText::format(util::MessageCode::CsvTimestampImprecise);
        QCoreApplication::removeTranslator(&russian);
        QVERIFY2(translatedReason != QString::fromStdString(reason), qPrintable(translatedReason));
        QVERIFY2(text.contains(translatedReason), qPrintable(text));
        QVERIFY2(!text.contains(QString::fromStdString(reason)), qPrintable(text));
        m.args[3] = "a reason that is no code's text"; // any other argument stays as given
        QVERIFY(MessageText::text(m).endsWith(QStringLiteral(": a reason that is no code's text)")));
    }

    void stagesHaveTexts() {
        QVERIFY(!MessageText::stage(QStringLiteral("save.dataset")).isEmpty());
        QVERIFY(MessageText::stage(QStringLiteral("no.such.stage")).isEmpty());
    }
};

QTEST_MAIN(TestMessageText)
#include "tst_message_text.moc"
