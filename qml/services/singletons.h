#pragma once

#include "services/custodian_desk.h"
#include "services/exchange_service.h"
#include "services/hr_desk.h"
#include "services/journal_service.h"
#include "services/language_service.h"
#include "services/leader_desk.h"
#include "services/lock_service.h"
#include "services/profile_service.h"
#include "services/reminder_service.h"
#include "services/role_service.h"

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
    RoleService* roles = nullptr;
    HrDesk* hr = nullptr; ///< opens nothing until a page of the role "hr" uses it
    CustodianDesk* custodian = nullptr;
    /** Opens nothing until a page of the role "leidinggevende" uses it. */
    LeaderDesk* leader = nullptr;
    LockService* lock = nullptr; ///< the teacher's app lock

    static Services& current();
};

template <typename T> T* exposeSingleton(T* service)
{
    Q_ASSERT_X(service, "Kernwijzer", "services must be registered before QML loads");
    QJSEngine::setObjectOwnership(service, QJSEngine::CppOwnership);
    return service;
}

/**
 * Declares the QML singleton @p Name for the service @p Type held in Services::current().member:
 * a gadget with QML_FOREIGN + QML_SINGLETON and a static create(), as qmltyperegistrar wants
 * it. moc expands macros defined in the header it reads, so the registration stays visible.
 */
#define KW_QML_SINGLETON(Name, Type, member)                                                       \
    struct Name##Singleton                                                                         \
    {                                                                                              \
        Q_GADGET                                                                                   \
        QML_FOREIGN(Type)                                                                          \
        QML_NAMED_ELEMENT(Name)                                                                    \
        QML_SINGLETON                                                                              \
    public:                                                                                        \
        static Type* create(QQmlEngine*, QJSEngine*)                                               \
        {                                                                                          \
            return exposeSingleton(Services::current().member);                                    \
        }                                                                                          \
    };

KW_QML_SINGLETON(Journal, kw::JournalService, journal)
KW_QML_SINGLETON(Profile, kw::ProfileService, profile)
KW_QML_SINGLETON(Language, kw::LanguageService, language)
KW_QML_SINGLETON(Reminders, kw::ReminderService, reminders)
KW_QML_SINGLETON(Exchange, kw::ExchangeService, exchange)
KW_QML_SINGLETON(Roles, kw::RoleService, roles)
KW_QML_SINGLETON(Hr, kw::HrDesk, hr)
KW_QML_SINGLETON(Custodian, kw::CustodianDesk, custodian)
KW_QML_SINGLETON(Leader, kw::LeaderDesk, leader)
KW_QML_SINGLETON(Lock, kw::LockService, lock)

} // namespace kw
