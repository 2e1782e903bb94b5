#include "common/ModelNames.h"

#include <QCoreApplication>
#include <QStringList>

#include <string>
#include <string_view>

#include "common/MessageText.h"

namespace vitrina::ui::common {

QString modelName(const models::ModelName& name) {
    if (name.isProper()) return QString::fromUtf8(name.properName().data(), static_cast<qsizetype>(name.properName().size()));
    return MessageText::format(name.code());
}

QString modelDisplayName(const QString& id) {
    const QStringList parts = id.split(u'+');
    QStringList shown;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const std::string part = parts[i].toStdString();
        // A hybrid's component scored on the current session alone is "<id>@session" (core/models/hybrid).
        constexpr std::string_view kSessionView = "@session";
        const bool sessionView = i == 0 && part.size() > kSessionView.size() && part.ends_with(kSessionView);
        if (const models::ModelEntry* viewed = sessionView ? models::findModel(part.substr(0, part.size() - kSessionView.size())) : nullptr)
            shown << QCoreApplication::translate("ModelNames", "%1 (current session)", "a hybrid's component scored on the session alone")
                         .arg(modelName(viewed->name));
        else if (const models::ModelEntry* entry = i == 0 ? models::findModel(part) : nullptr) shown << modelName(entry->name);
        else if (const models::RerankerEntry* reranker = i > 0 ? models::findReranker(part) : nullptr)
            shown << modelName(reranker->name);
        else shown << parts[i];
    }
    return shown.join(QStringLiteral(" + "));
}

QString armDisplayName(const QString& arm) {
    const qsizetype hash = arm.lastIndexOf(u'#');
    const QString model = hash > 0 ? arm.left(hash) : arm;
    if (!models::findModel(model.section(u'+', 0, 0).toStdString())) return arm;
    bool numbered = false;
    const int number = hash > 0 ? arm.mid(hash + 1).toInt(&numbered) : 0;
    if (hash > 0 && !numbered) return arm;
    const QString shown = modelDisplayName(model);
    return numbered ? numberedModelName(shown, number) : shown;
}

QString numberedModelName(const QString& shown, int number) {
    return QCoreApplication::translate("ModelNames", "%1 #%2", "model name and its number among columns or arms of the same model")
        .arg(shown)
        .arg(number);
}

QString trainedModelDisplayName(const QString& key) { return modelDisplayName(key.section(u' ', 0, 0)); }

QString modelLongName(const QString& id) {
    const models::ModelEntry* entry = models::findModel(id.toStdString());
    if (!entry) return modelDisplayName(id);
    return QStringLiteral("%1 (%2)").arg(modelName(entry->name), MessageText::format(entry->description));
}

QString parameterDescription(const models::ParamSpec& spec) { return MessageText::format(spec.description); }

QString parameterChoiceText(std::string_view value) {
    if (const auto code = util::codeByName(std::string("param.choice.") + std::string(value)))
        return MessageText::format(*code);
    return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
}

} // namespace vitrina::ui::common
