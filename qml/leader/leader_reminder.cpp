#include "leader_reminder.h"

#include "notifier.h"

#include <QGuiApplication>
#include <QSettings>

namespace kw {

const QString LeaderReminder::stateKey = QStringLiteral("leader/remindedOn");

LeaderReminder::LeaderReminder(
    LeaderDesk& desk, RoleService& roles, platform::Notifier& notifier, QObject* parent)
    : QObject(parent)
    , m_desk(desk)
    , m_roles(roles)
    , m_notifier(notifier)
{
    m_timer.setInterval(30 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &LeaderReminder::check);
    m_timer.start();
    connect(&m_roles, &RoleService::changed, this, &LeaderReminder::check);
    if (auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        connect(
            app, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState s) {
                if (s == Qt::ApplicationActive)
                    check();
            });
    }
    QMetaObject::invokeMethod(this, &LeaderReminder::check, Qt::QueuedConnection);
}

bool LeaderReminder::check()
{
    if (m_roles.current() != QStringLiteral("leidinggevende") || !m_notifier.available())
        return false;
    conversation::LeaderStore* store = m_desk.store();
    if (!store)
        return false;
    const QDate today = m_desk.clock().today();
    QSettings settings;
    if (settings.value(stateKey).toString() == today.toString(Qt::ISODate))
        return false;
    auto due = store->dueTomorrow(today);
    if (!due || due->isEmpty())
        return false;
    const QString body = due->size() == 1
        ? tr("Tomorrow you have a waarderingsgesprek. Read the teacher's preparation in "
             "Kernwijzer.")
        : tr("Tomorrow you have %n waarderingsgesprekken. Read the preparations in Kernwijzer.",
            nullptr, int(due->size()));
    if (!m_notifier.notify(tr("Kernwijzer"), body))
        return false;
    settings.setValue(stateKey, today.toString(Qt::ISODate));
    return true;
}

} // namespace kw
