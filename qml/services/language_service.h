#pragma once

#include <QObject>
#include <QPointer>
#include <QTranslator>
#include <memory>

class QQmlEngine;

namespace kw {

/**
 * The UI language (singleton "Language"): Dutch first, English second. Follows the system
 * locale unless the user chose one in the settings; the choice is remembered.
 */
class LanguageService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString choice READ choice WRITE setChoice NOTIFY changed)
    Q_PROPERTY(QString effective READ effective NOTIFY changed)

public:
    /** @p override ("nl"/"en") wins over the remembered choice for this run (the --lang flag). */
    explicit LanguageService(const QString& override = {}, QObject* parent = nullptr);
    ~LanguageService() override;

    /** "" (follow the system), "nl" or "en". */
    QString choice() const { return m_choice; }
    void setChoice(const QString& choice);
    /** The language in use: "nl" or "en". */
    QString effective() const { return m_effective; }

    /** "16 nov. 2026" for an ISO day, in the UI language; "" for an invalid day. */
    Q_INVOKABLE QString formatDay(const QString& isoDay) const;
    /** "maandag 16 november 2026": the day written out, for headings and screen readers. */
    Q_INVOKABLE QString formatDayLong(const QString& isoDay) const;

    /** Retranslates this engine's bindings whenever the language changes. */
    void attach(QQmlEngine* engine);

    /** nl for Dutch and for any language the app has no translation for; en for English. */
    static QString resolve(const QString& choice, const QStringList& uiLanguages);

signals:
    void changed();

private:
    void apply();

    QString m_choice;
    QString m_effective;
    std::unique_ptr<QTranslator> m_translator;
    QPointer<QQmlEngine> m_engine;
};

} // namespace kw
