#include "profile/profile_problems.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace kw {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::Profile)
};

template <typename Item> QString itemsProblem(const QList<Item>& items, const QString& what)
{
    QSet<QString> seen;
    for (const Item& item : items) {
        if (!isProfileId(item.id))
            return Text::tr("The profile has an invalid id \"%1\" in %2.").arg(item.id, what);
        if (item.name.trimmed().isEmpty())
            return Text::tr("The profile has an item without a name in %1.").arg(what);
        if (seen.contains(item.id))
            return Text::tr("The profile names \"%1\" twice in %2.").arg(item.id, what);
        seen.insert(item.id);
    }
    return {};
}

QString schoolProblem(const SchoolProfile& p)
{
    if (p.schoolId.trimmed().isEmpty() || p.schoolName.trimmed().isEmpty())
        return Text::tr("The profile has no school id or name.");
    if (!isProfileId(p.schoolId))
        return Text::tr("The school id \"%1\" may only hold a-z, 0-9, - and _ (at most 40).")
            .arg(p.schoolId.left(40));
    return {};
}

QString kernwaardenProblem(const QList<Kernwaarde>& kernwaarden)
{
    if (kernwaarden.size() < 3 || kernwaarden.size() > 7)
        return Text::tr("A school has 3 to 7 kernwaarden; this profile has %1.")
            .arg(kernwaarden.size());
    static const QRegularExpression colorPattern(
        QRegularExpression::anchoredPattern(QStringLiteral("#[0-9a-fA-F]{6}")));
    for (const Kernwaarde& value : kernwaarden) {
        if (!colorPattern.match(value.color).hasMatch())
            return Text::tr("Kernwaarde \"%1\" has no colour.").arg(value.name);
    }
    return itemsProblem(kernwaarden, Text::tr("the kernwaarden"));
}

QString ageBandsProblem(const QList<AgeBand>& ageBands)
{
    if (QString s = itemsProblem(ageBands, Text::tr("the age bands")); !s.isEmpty())
        return s;
    for (int i = 0; i < ageBands.size(); ++i) {
        const AgeBand& band = ageBands[i];
        const bool overlaps = i > 0 && band.fromAge <= ageBands[i - 1].toAge;
        if (band.fromAge < 14 || band.toAge > 99 || band.fromAge > band.toAge || overlaps)
            return Text::tr("Age band \"%1\" must run from 14 to 99 at most, in ascending order "
                            "without overlap.")
                .arg(band.id);
        // A narrow band, with a team and a role, soon describes one person.
        if (band.toAge - band.fromAge + 1 < kMinAgeBandYears)
            return Text::tr("Age band \"%1\" spans %2 years; every band spans at least %3, so "
                            "that it never points at one person.")
                .arg(band.id)
                .arg(band.toAge - band.fromAge + 1)
                .arg(kMinAgeBandYears);
    }
    return {};
}

QString minGroupProblem(int k)
{
    if (k < kMinGroupFloor)
        return Text::tr("A group must have at least 5 people before its figures are shown.");
    return {};
}

/** Every team and role holds at least the profile's smallest group (never below the floor). */
QString staffProblem(const QList<ProfileItem>& items, const QString& what, int minGroupCounts)
{
    const int least = qMax(minGroupCounts, kMinGroupFloor);
    for (const ProfileItem& item : items) {
        if (item.staffCount < least)
            return Text::tr("%1 \"%2\" has %3 staff; every team and role needs at least %4 (the "
                            "profile's smallest group), else its cohort points at a few "
                            "people. Merge it with another.")
                .arg(what, item.name)
                .arg(item.staffCount)
                .arg(least);
    }
    return {};
}

/** Leaders have unique ids and names, and hold conversations with teams of this profile. */
QString leadersProblem(const SchoolProfile& p)
{
    QSet<QString> seen;
    for (const Leader& leader : p.leaders) {
        if (!isProfileId(leader.id))
            return Text::tr("The profile has an invalid id \"%1\" in the leaders.")
                .arg(leader.id.left(40));
        if (leader.keys.name.trimmed().isEmpty())
            return Text::tr("The profile has a leader without a name.");
        if (seen.contains(leader.id))
            return Text::tr("The profile names \"%1\" twice in the leaders.").arg(leader.id);
        seen.insert(leader.id);
        for (const QString& team : leader.teamIds)
            if (!p.team(team))
                return Text::tr("Leader \"%1\" holds conversations with team \"%2\", which the "
                                "profile does not have.")
                    .arg(leader.keys.name, team.left(40));
    }
    if (p.retentionYears < 1 || p.retentionYears > 10)
        return Text::tr("A leader keeps what they hold about a teacher who left 1 to 10 years, "
                        "not %1.")
            .arg(p.retentionYears);
    return {};
}

} // namespace

QList<int> allowedPeriodMonths()
{
    return { 1, 2, 3, 4, 6, 12 };
}

QList<ProfileProblem> profileProblems(const SchoolProfile& p)
{
    QList<ProfileProblem> out;
    const auto add = [&out](const QString& field, const QString& message) {
        if (!message.isEmpty())
            out.append({ field, message });
    };
    const auto addStatus = [&add](const QString& field, const Status& s) {
        if (!s)
            add(field, s.error().message);
    };
    add(QStringLiteral("school"), schoolProblem(p));
    add(QStringLiteral("kernwaarden"), kernwaardenProblem(p.kernwaarden));
    add(QStringLiteral("themes"), itemsProblem(p.themes, Text::tr("the themes")));
    const QString teams = itemsProblem(p.teams, Text::tr("the teams"));
    add(QStringLiteral("teams"), teams);
    const QString roles = itemsProblem(p.roles, Text::tr("the roles"));
    add(QStringLiteral("roles"), roles);
    add(QStringLiteral("contextTags"), itemsProblem(p.contextTags, Text::tr("the context tags")));
    add(QStringLiteral("ageBands"), ageBandsProblem(p.ageBands));
    if (!allowedPeriodMonths().contains(p.rules.periodMonths))
        add(QStringLiteral("periodMonths"),
            Text::tr("A period lasts 1, 2, 3, 4, 6 or 12 months, not %1.")
                .arg(p.rules.periodMonths));
    add(QStringLiteral("minGroupWellbeing"), minGroupProblem(p.rules.minGroupWellbeing));
    add(QStringLiteral("minGroupCounts"), minGroupProblem(p.rules.minGroupCounts));
    if (teams.isEmpty())
        add(QStringLiteral("teams"),
            staffProblem(p.teams, Text::tr("Team"), p.rules.minGroupCounts));
    if (roles.isEmpty())
        add(QStringLiteral("roles"),
            staffProblem(p.roles, Text::tr("Role"), p.rules.minGroupCounts));
    addStatus(QStringLiteral("wellbeing"), validateInstruments(p.instruments, p.choiceLists));
    addStatus(QStringLiteral("supportContacts"), validateSupportContacts(p.supportContacts));
    addStatus(QStringLiteral("hoursPolicy"), p.hoursPolicy.validate());
    add(QStringLiteral("leaders"), leadersProblem(p));
    return out;
}

} // namespace kw
