#pragma once
// Translated model names and texts from the model catalogue (core/models/Catalogue.h): every page names a
// model the same way. Descriptive names and descriptions go through MessageText (the catalogue's message
// codes); published proper names ("ALS", "EASE") are shown as they are in every language.
#include <QString>

#include <string_view>

#ifndef Q_MOC_RUN // moc cannot parse the X-macro enum in util/Message.h
#include "models/Catalogue.h"
#endif

namespace vitrina::ui::common {

QString modelName(const models::ModelName& name);
/// A model id as the pages show it: "ItemKNN", "Popular", "ALS + MMR", "ItemKNN + category affinity". Parts the
/// catalogue does not know are shown as written.
QString modelDisplayName(const QString& id);
/// `shown` numbered among names of the same model: "ALS #2" ("ALS №2" in Russian).
QString numberedModelName(const QString& shown, int number);
/// A trained model's key ("als (factors=32, iterations=5)", modelspage::ModelsPersistence::trainedName) as the
/// pages show it: the model's display name, its parameters left to tooltips.
QString trainedModelDisplayName(const QString& key);
/// An A/B arm's name as the pages show it: a model id (with its number among arms of the same model, "als#2")
/// by the model's display name ("ALS", "ALS #2"); other names (parametric arms "A", "B") as they are.
QString armDisplayName(const QString& arm);
/// The Models page's list text: the name and the one-line description, "ItemKNN (item-based neighbours)".
QString modelLongName(const QString& id);
/// The translated one-line help of a parameter.
QString parameterDescription(const models::ParamSpec& spec);
/// The translated text of a choice parameter's value ("bm25" -> "BM25", "none" -> "нет"); the value as written
/// when the catalogue has no text for it.
QString parameterChoiceText(std::string_view value);

} // namespace vitrina::ui::common
