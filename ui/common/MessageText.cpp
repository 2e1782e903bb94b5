#include "common/MessageText.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <cstddef>

namespace vitrina::ui::common {
namespace {

using util::MessageCode;

struct CodeText {
    MessageCode code;
    const char* source; ///< the core's English text, verbatim (tst_message_text compares them)
};

// One entry per code of core/util/MessageCodes*.def, in the same words.
constexpr CodeText kCodeTexts[] = {
    {MessageCode::AnalysisSessionsMismatch, QT_TRANSLATE_NOOP("MessageText", "The session index covers {0} events and {1} visitors, but the dataset has {2} events and {3} visitors: rebuild the sessions")},
    {MessageCode::AnalysisEventLogInconsistent, QT_TRANSLATE_NOOP("MessageText", "The event log is inconsistent: {0}")},
    {MessageCode::AnalysisVisitorOutOfRange, QT_TRANSLATE_NOOP("MessageText", "Visitor index {0} is outside the dataset's {1} visitors")},
    {MessageCode::InternalError, QT_TRANSLATE_NOOP("MessageText", "Internal error: {0}")},
    {MessageCode::OutOfMemory, QT_TRANSLATE_NOOP("MessageText", "Not enough memory: {0}")},
    {MessageCode::OperationCancelled, QT_TRANSLATE_NOOP("MessageText", "The operation was cancelled")},
    {MessageCode::ParameterUnknown, QT_TRANSLATE_NOOP("MessageText", "Unknown parameter '{0}'")},
    {MessageCode::ParameterNotNumber, QT_TRANSLATE_NOOP("MessageText", "Parameter '{0}' must be a number, got '{1}'")},
    {MessageCode::ParameterNotInteger, QT_TRANSLATE_NOOP("MessageText", "Parameter '{0}' must be an integer, got '{1}'")},
    {MessageCode::ParameterOutOfRange, QT_TRANSLATE_NOOP("MessageText", "Parameter '{0}' = {1} is outside the allowed range {2}")},
    {MessageCode::ParameterBadChoice, QT_TRANSLATE_NOOP("MessageText", "Parameter '{0}' = '{1}' is not one of: {2}")},
    {MessageCode::ParameterBadType, QT_TRANSLATE_NOOP("MessageText", "Parameter '{0}' has the wrong type: expected {1}")},
    {MessageCode::StoreNotFound, QT_TRANSLATE_NOOP("MessageText", "The project file does not exist")},
    {MessageCode::StoreIsDirectory, QT_TRANSLATE_NOOP("MessageText", "This is a folder, not a project file")},
    {MessageCode::StoreCannotOpen, QT_TRANSLATE_NOOP("MessageText", "The project file cannot be opened or created: {0}")},
    {MessageCode::StoreNotSqlite, QT_TRANSLATE_NOOP("MessageText", "Not a Vitrina project: the file is not an SQLite database")},
    {MessageCode::StoreEmptyFile, QT_TRANSLATE_NOOP("MessageText", "Not a Vitrina project: the file is empty")},
    {MessageCode::StoreForeign, QT_TRANSLATE_NOOP("MessageText", "Not a Vitrina project: an SQLite database of another application")},
    {MessageCode::StoreNewerSchema, QT_TRANSLATE_NOOP("MessageText", "The project was written by a newer Vitrina (project schema {0}; this version reads schemas up to {1})")},
    {MessageCode::StoreMigrationFailed, QT_TRANSLATE_NOOP("MessageText", "Upgrading the project from schema {0} to {1} failed: {2}")},
    {MessageCode::StoreCorrupt, QT_TRANSLATE_NOOP("MessageText", "The project file is damaged: {0}")},
    {MessageCode::StoreBusy, QT_TRANSLATE_NOOP("MessageText", "The project file is locked by another program")},
    {MessageCode::StoreSqliteError, QT_TRANSLATE_NOOP("MessageText", "SQLite error while {0}: {1}")},
    {MessageCode::StoreNoDataset, QT_TRANSLATE_NOOP("MessageText", "The project holds no dataset yet")},
    {MessageCode::StoreArtefactMissing, QT_TRANSLATE_NOOP("MessageText", "The project has no {0} named '{1}'")},
    {MessageCode::StoreBadName, QT_TRANSLATE_NOOP("MessageText", "An artefact kind and name must be non-empty, got kind '{0}', name '{1}'")},
};

struct StageText {
    const char* code;
    const char* source;
};

// Progress stage codes reported by the core and by the GUI's own jobs.
constexpr StageText kStageTexts[] = {
    {"generate", QT_TRANSLATE_NOOP("StageText", "Generating the demo dataset")},
    {"import", QT_TRANSLATE_NOOP("StageText", "Importing")},
    {"sessions", QT_TRANSLATE_NOOP("StageText", "Splitting sessions")},
    {"summary", QT_TRANSLATE_NOOP("StageText", "Summarising the dataset")},
    {"save.dataset", QT_TRANSLATE_NOOP("StageText", "Saving the project")},
    {"open.dataset", QT_TRANSLATE_NOOP("StageText", "Reading the project")},
    {"checksum", QT_TRANSLATE_NOOP("StageText", "Checking the release checksum")},
    {"funnel", QT_TRANSLATE_NOOP("StageText", "Computing the funnel")},
    {"itemknn.similarity", QT_TRANSLATE_NOOP("StageText", "Computing item similarities")},
};

const QHash<int, const char*>& codeTable() {
    static const QHash<int, const char*> table = [] {
        QHash<int, const char*> t;
        for (const CodeText& entry : kCodeTexts) t.insert(static_cast<int>(entry.code), entry.source);
        return t;
    }();
    return table;
}

} // namespace

QString MessageText::sourceText(MessageCode code) {
    const char* source = codeTable().value(static_cast<int>(code), nullptr);
    return source ? QString::fromUtf8(source) : QString();
}

QString MessageText::format(MessageCode code) {
    const char* source = codeTable().value(static_cast<int>(code), nullptr);
    return source ? QCoreApplication::translate("MessageText", source) : QString();
}

QString MessageText::substitute(const QString& format, const std::vector<std::string>& args) {
    QString out;
    out.reserve(format.size() + 32);
    for (qsizetype i = 0; i < format.size(); ++i) {
        if (format[i] == u'{') {
            const qsizetype close = format.indexOf(u'}', i);
            bool isIndex = false;
            const qsizetype index = close > i + 1 ? format.mid(i + 1, close - i - 1).toLongLong(&isIndex) : -1;
            if (isIndex && index >= 0 && static_cast<std::size_t>(index) < args.size()) {
                out += QString::fromStdString(args[static_cast<std::size_t>(index)]);
                i = close;
                continue;
            }
        }
        out += format[i];
    }
    return out;
}

QString MessageText::text(const util::Message& message) {
    QString body = format(message.code);
    if (body.isEmpty()) body = QString::fromUtf8(util::codeEnglishFormat(message.code).data(),
                                                 static_cast<qsizetype>(util::codeEnglishFormat(message.code).size()));
    body = substitute(body, message.args);
    if (message.file.empty()) return body;
    const QString file = QString::fromStdString(message.file);
    if (message.line > 0)
        return QCoreApplication::translate("MessageText", "%1, line %2: %3").arg(file, QString::number(message.line), body);
    return QCoreApplication::translate("MessageText", "%1: %2").arg(file, body);
}

QString MessageText::reason(MessageCode code) {
    QString text = format(code);
    if (text.isEmpty()) text = QString::fromUtf8(util::codeEnglishFormat(code).data(),
                                                 static_cast<qsizetype>(util::codeEnglishFormat(code).size()));
    static const QRegularExpression placeholder(QStringLiteral("\\{\\d+\\}"));
    return text.replace(placeholder, QStringLiteral("…"));
}

QString MessageText::stage(const QString& stageCode) {
    for (const StageText& entry : kStageTexts)
        if (stageCode == QLatin1String(entry.code)) return QCoreApplication::translate("StageText", entry.source);
    return {};
}

} // namespace vitrina::ui::common
