#pragma once
// Turns the core's typed messages (util::MessageCode + arguments) and progress stage codes into translated
// text. Every code in util::allMessageCodes() needs an entry in MessageText.cpp: when you add a code to a
// MessageCodes*.def file, add the same English text there too (tst_message_text checks both), then run the
// update_translations target and translate it in translations/vitrina_ru.ts.
#include <QString>

#include <string>
#include <vector>

#include "util/Message.h"

namespace vitrina::ui::common {

/// Translation context of the code table: "MessageText" (QT_TRANSLATE_NOOP in MessageText.cpp).
class MessageText {
public:
    /// The translated format of a code, with {0}, {1}, ... placeholders; empty when the table lacks the code.
    static QString format(util::MessageCode code);
    /// The English source text the table holds for a code (for the completeness test); empty when missing.
    static QString sourceText(util::MessageCode code);
    /// Translated text with arguments substituted, prefixed by "file, line N:" when the message has a location.
    /// Falls back to the core's English text for a code the table lacks.
    static QString text(const util::Message& message);
    /// A code's translated text with its placeholders shown as "…", for a reason that stands without its
    /// arguments (the import report's skipped-row reasons).
    static QString reason(util::MessageCode code);
    /// Substitutes {0}, {1}, ... (unknown indexes stay as written).
    static QString substitute(const QString& format, const std::vector<std::string>& args);

    /// Translated description of a progress stage code (e.g. "save.dataset"); empty for an unknown code.
    static QString stage(const QString& stageCode);
};

} // namespace vitrina::ui::common
