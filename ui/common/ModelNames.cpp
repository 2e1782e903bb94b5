#include "common/ModelNames.h"

#include <QStringList>

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
        if (const models::ModelEntry* entry = i == 0 ? models::findModel(part) : nullptr) shown << modelName(entry->name);
        else if (const models::RerankerEntry* reranker = i > 0 ? models::findReranker(part) : nullptr)
            shown << modelName(reranker->name);
        else shown << parts[i];
    }
    return shown.join(QStringLiteral(" + "));
}

QString modelLongName(const QString& id) {
    const models::ModelEntry* entry = models::findModel(id.toStdString());
    if (!entry) return modelDisplayName(id);
    return QStringLiteral("%1 (%2)").arg(modelName(entry->name), MessageText::format(entry->description));
}

QString parameterDescription(const models::ParamSpec& spec) { return MessageText::format(spec.description); }

} // namespace vitrina::ui::common
