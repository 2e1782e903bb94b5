#pragma once
// Run-time language switching: installs Vitrina's translator (":/i18n/vitrina_<code>.qm", compiled in) and Qt's
// own (qtbase_<code>.qm from the system, for standard dialogs), and sets the default locale for numbers and
// dates. Installing a translator sends QEvent::LanguageChange to every widget, which then retranslates itself.
#include <QObject>
#include <QString>

#include <memory>

class QTranslator;

namespace vitrina::ui::app {

class LanguageManager : public QObject {
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    /// "ru" or "en". Returns false (and keeps the current language) when Vitrina's translation is missing.
    bool setLanguage(const QString& code);
    QString language() const { return language_; }

signals:
    void languageChanged(const QString& code);

private:
    QString language_;
    std::unique_ptr<QTranslator> appTranslator_;
    std::unique_ptr<QTranslator> qtTranslator_;
};

} // namespace vitrina::ui::app
