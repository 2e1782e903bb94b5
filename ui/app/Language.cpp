#include "app/Language.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QWidget>

namespace vitrina::ui::app {

LanguageManager::LanguageManager(QObject* parent) : QObject(parent) {}

LanguageManager::~LanguageManager() {
    if (appTranslator_) QCoreApplication::removeTranslator(appTranslator_.get());
    if (qtTranslator_) QCoreApplication::removeTranslator(qtTranslator_.get());
}

bool LanguageManager::setLanguage(const QString& code) {
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/vitrina_") + code + QStringLiteral(".qm"))) return false;
    // Qt's own strings are optional: without qt6-translations-l10n the standard buttons stay in English.
    auto qt = std::make_unique<QTranslator>();
    if (!qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) qt.reset();

    if (appTranslator_) QCoreApplication::removeTranslator(appTranslator_.get());
    if (qtTranslator_) QCoreApplication::removeTranslator(qtTranslator_.get());
    appTranslator_ = std::move(app);
    qtTranslator_ = std::move(qt);
    QLocale::setDefault(code == QLatin1String("ru") ? QLocale(QLocale::Russian, QLocale::Russia)
                                                     : QLocale(QLocale::English, QLocale::UnitedStates));
    // Widgets resolve their locale when created; spin boxes and validators read it, so hand the new one to every
    // window (children without a locale of their own inherit it and redraw their numbers).
    for (QWidget* window : QApplication::topLevelWidgets()) window->setLocale(QLocale());
    if (qtTranslator_) QCoreApplication::installTranslator(qtTranslator_.get());
    QCoreApplication::installTranslator(appTranslator_.get());
    // QApplication posts LanguageChange to every top-level widget; deliver it now, so that the whole interface
    // speaks the new language when this returns (callers and tests read texts right away).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    const bool changed = code != language_;
    language_ = code;
    if (changed) emit languageChanged(code);
    return true;
}

} // namespace vitrina::ui::app
