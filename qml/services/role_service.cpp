#include "services/role_service.h"

#include <QSettings>

namespace kw {

namespace {
const QString settingsKey = QStringLiteral("roles/current");
}

RoleService::RoleService(const QString& override, const QString& fallback, QObject* parent)
    : QObject(parent)
{
    QString role = override.isEmpty() ? QSettings().value(settingsKey).toString() : override;
    if (!isRole(role))
        role = fallback;
    m_chosen = isRole(role);
    m_current = m_chosen ? role : QStringLiteral("leraar");
}

QStringList RoleService::available()
{
    return { QStringLiteral("leraar"), QStringLiteral("leidinggevende"), QStringLiteral("hr"),
        QStringLiteral("vertrouwenshouder") };
}

void RoleService::choose(const QString& role)
{
    if (!isRole(role) || (role == m_current && m_chosen))
        return;
    m_current = role;
    m_chosen = true;
    QSettings().setValue(settingsKey, role);
    emit changed();
}

} // namespace kw
