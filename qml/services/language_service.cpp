#include "services/language_service.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QQmlEngine>
#include <QSettings>

namespace kw {

namespace {
const QString settingsKey = QStringLiteral("ui/language");
}

LanguageService::LanguageService(const QString& override, QObject* parent)
    : QObject(parent)
{
    m_choice = override.isEmpty() ? QSettings().value(settingsKey).toString() : override;
    apply();
}

LanguageService::~LanguageService()
{
    if (m_translator && QCoreApplication::instance())
        QCoreApplication::removeTranslator(m_translator.get());
}

QString LanguageService::resolve(const QString& choice, const QStringList& uiLanguages)
{
    if (choice == QStringLiteral("nl") || choice == QStringLiteral("en"))
        return choice;
    for (const QString& lang : uiLanguages) {
        if (lang.startsWith(QStringLiteral("nl")))
            return QStringLiteral("nl");
        if (lang.startsWith(QStringLiteral("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("nl");
}

void LanguageService::setChoice(const QString& choice)
{
    if (choice == m_choice)
        return;
    m_choice = choice;
    QSettings().setValue(settingsKey, choice);
    apply();
}

QString LanguageService::formatDay(const QString& isoDay) const
{
    const QDate day = QDate::fromString(isoDay, Qt::ISODate);
    return day.isValid() ? QLocale().toString(day, QStringLiteral("d MMM yyyy")) : QString();
}

QString LanguageService::formatDayLong(const QString& isoDay) const
{
    const QDate day = QDate::fromString(isoDay, Qt::ISODate);
    return day.isValid() ? QLocale().toString(day, QStringLiteral("dddd d MMMM yyyy")) : QString();
}

void LanguageService::attach(QQmlEngine* engine)
{
    m_engine = engine;
}

void LanguageService::apply()
{
    const QString effective = resolve(m_choice, QLocale::system().uiLanguages());
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::make_unique<QTranslator>();
    // Sources are in English; the English file only carries plural forms.
    if (m_translator->load(QStringLiteral(":/i18n/kernwijzer_%1.qm").arg(effective)))
        QCoreApplication::installTranslator(m_translator.get());
    QLocale::setDefault(
        QLocale(effective == QStringLiteral("nl") ? QLocale::Dutch : QLocale::English,
            effective == QStringLiteral("nl") ? QLocale::Netherlands : QLocale::UnitedKingdom));
    m_effective = effective;
    if (m_engine)
        m_engine->retranslate();
    emit changed();
}

} // namespace kw
