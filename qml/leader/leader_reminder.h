#pragma once

#include "services/leader_desk.h"
#include "services/role_service.h"

#include <QObject>
#include <QTimer>

namespace kw::platform {
class Notifier;
}

namespace kw {

/**
 * The leader's reminder, one day before a waarderingsgesprek (LeaderStore::dueTomorrow), through
 * the platform's notifier as the teacher's check-in reminder. Once a day at most, and only while
 * the device is the leader's (role "leidinggevende"): another role's start never opens the
 * leader's database. The notification names no one: it may show on a locked screen.
 */
class LeaderReminder : public QObject
{
    Q_OBJECT

public:
    LeaderReminder(LeaderDesk& desk, RoleService& roles, platform::Notifier& notifier,
        QObject* parent = nullptr);

    /** Reminds now when a conversation is planned for tomorrow and today's reminder has not
     * been given; true when it reminded. Called at start, when the app is in front again, and
     * every half hour. */
    bool check();

    static const QString stateKey; ///< QSettings: the day the last reminder was given

private:
    LeaderDesk& m_desk;
    RoleService& m_roles;
    platform::Notifier& m_notifier;
    QTimer m_timer;
};

} // namespace kw
