#include "services/leader_desk.h"

namespace kw {

LeaderDesk::~LeaderDesk() = default;

std::optional<SchoolProfile> LeaderDesk::profile()
{
    if (!store())
        return std::nullopt;
    auto profile = m_store->profile();
    return profile ? *profile : std::nullopt;
}

QString LeaderDesk::schoolName()
{
    const auto p = profile();
    return p ? p->schoolName : QString();
}

bool LeaderDesk::hasProfile()
{
    return profile().has_value();
}

QString LeaderDesk::leaderName()
{
    if (!store())
        return {};
    auto self = m_store->self();
    return self && self->has_value() ? (*self)->keys.name : QString();
}

QString LeaderDesk::teamName(const QString& teamId)
{
    const auto p = profile();
    const ProfileItem* team = p ? p->team(teamId) : nullptr;
    return team ? team->name : teamId;
}

Status LeaderDesk::openStore()
{
    auto opened = conversation::LeaderStore::open(databasePath(), clock());
    if (!opened)
        return opened.error();
    // Retention: a teacher who left longer ago than the profile says is deleted on opening.
    if (auto purged = (*opened)->purgeExpired(clock().today()); !purged)
        return purged.error();
    m_store = std::move(*opened);
    return {};
}

} // namespace kw
