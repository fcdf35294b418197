#pragma once

#include "services/exchange_service.h"
#include "services/journal_service.h"
#include "services/language_service.h"
#include "services/profile_service.h"
#include "services/reminder_service.h"

#include <QQmlEngine>

namespace kw {

/**
 * The services QML sees as singletons. main() (or a test's setup) creates them and registers
 * them here before the first QML file loads; QML never creates them itself.
 */
struct Services
{
    JournalService* journal = nullptr;
    ProfileService* profile = nullptr;
    LanguageService* language = nullptr;
    ReminderService* reminders = nullptr;
    ExchangeService* exchange = nullptr;

    static Services& current();
};

template <typename T> T* exposeSingleton(T* service)
{
    Q_ASSERT_X(service, "Kernwijzer", "services must be registered before QML loads");
    QJSEngine::setObjectOwnership(service, QJSEngine::CppOwnership);
    return service;
}

struct JournalSingleton
{
    Q_GADGET
    QML_FOREIGN(kw::JournalService)
    QML_NAMED_ELEMENT(Journal)
    QML_SINGLETON
public:
    static JournalService* create(QQmlEngine*, QJSEngine*)
    {
        return exposeSingleton(Services::current().journal);
    }
};

struct ProfileSingleton
{
    Q_GADGET
    QML_FOREIGN(kw::ProfileService)
    QML_NAMED_ELEMENT(Profile)
    QML_SINGLETON
public:
    static ProfileService* create(QQmlEngine*, QJSEngine*)
    {
        return exposeSingleton(Services::current().profile);
    }
};

struct LanguageSingleton
{
    Q_GADGET
    QML_FOREIGN(kw::LanguageService)
    QML_NAMED_ELEMENT(Language)
    QML_SINGLETON
public:
    static LanguageService* create(QQmlEngine*, QJSEngine*)
    {
        return exposeSingleton(Services::current().language);
    }
};

struct RemindersSingleton
{
    Q_GADGET
    QML_FOREIGN(kw::ReminderService)
    QML_NAMED_ELEMENT(Reminders)
    QML_SINGLETON
public:
    static ReminderService* create(QQmlEngine*, QJSEngine*)
    {
        return exposeSingleton(Services::current().reminders);
    }
};

struct ExchangeSingleton
{
    Q_GADGET
    QML_FOREIGN(kw::ExchangeService)
    QML_NAMED_ELEMENT(Exchange)
    QML_SINGLETON
public:
    static ExchangeService* create(QQmlEngine*, QJSEngine*)
    {
        return exposeSingleton(Services::current().exchange);
    }
};

} // namespace kw
