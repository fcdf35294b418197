#include "profile/school_profile.h"

#include "profile/profile_problems.h"

#include <QRegularExpression>

namespace kw {

namespace {

template <typename Item> const Item* findBy(const QList<Item>& items, const QString& idOrName)
{
    const QString key = idOrName.trimmed();
    for (const Item& item : items) {
        if (item.id == key || item.name.compare(key, Qt::CaseInsensitive) == 0)
            return &item;
    }
    return nullptr;
}

template <typename Item> const Item* byId(const QList<Item>& items, const QString& id)
{
    for (const Item& item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

} // namespace

bool isProfileId(const QString& id)
{
    // Anchored: "^…$" would also accept a trailing newline.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9_-]{0,39}")));
    return pattern.match(id).hasMatch();
}

const Kernwaarde* SchoolProfile::kernwaarde(const QString& id) const
{
    return byId(kernwaarden, id);
}

const ProfileItem* SchoolProfile::contextTag(const QString& id) const
{
    return byId(contextTags, id);
}

const ProfileItem* SchoolProfile::theme(const QString& id) const
{
    return byId(themes, id);
}

const ProfileItem* SchoolProfile::team(const QString& id) const
{
    return byId(teams, id);
}

const ProfileItem* SchoolProfile::role(const QString& id) const
{
    return byId(roles, id);
}

const AgeBand* SchoolProfile::ageBand(const QString& id) const
{
    return byId(ageBands, id);
}

const Leader* SchoolProfile::leader(const QString& id) const
{
    return byId(leaders, id);
}

const Leader* SchoolProfile::leaderOfTeam(const QString& teamId) const
{
    for (const Leader& l : leaders)
        if (l.teamIds.contains(teamId))
            return &l;
    return nullptr;
}

const Kernwaarde* SchoolProfile::findKernwaarde(const QString& idOrName) const
{
    return findBy(kernwaarden, idOrName);
}

const ProfileItem* SchoolProfile::findContextTag(const QString& idOrName) const
{
    return findBy(contextTags, idOrName);
}

int SchoolProfile::kernwaardeIndex(const QString& id) const
{
    for (int i = 0; i < kernwaarden.size(); ++i) {
        if (kernwaarden[i].id == id)
            return i;
    }
    return -1;
}

Status SchoolProfile::validate() const
{
    const QList<ProfileProblem> problems = profileProblems(*this);
    if (!problems.isEmpty())
        return Error { Error::Code::InvalidInput, problems.first().message };
    return {};
}

} // namespace kw
