#include "common/errors.h"
#include "pop/goal.h"
#include "pop/school_year.h"
#include "profile/school_profile.h"

#include <QCoreApplication>

namespace kw {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::Pop)
};

constexpr std::pair<GoalStatus, const char*> statusIds[] = {
    { GoalStatus::Idee, "idee" },
    { GoalStatus::Actief, "actief" },
    { GoalStatus::Afgerond, "afgerond" },
    { GoalStatus::Losgelaten, "losgelaten" },
};

} // namespace

QString goalStatusId(GoalStatus status)
{
    for (const auto& [s, id] : statusIds) {
        if (s == status)
            return QString::fromLatin1(id);
    }
    return {};
}

std::optional<GoalStatus> goalStatusFromId(const QString& id)
{
    for (const auto& [s, sid] : statusIds) {
        if (id == QLatin1String(sid))
            return s;
    }
    return std::nullopt;
}

QString goalStatusName(GoalStatus status)
{
    switch (status) {
    case GoalStatus::Idee:
        return Text::tr("Idea");
    case GoalStatus::Actief:
        return Text::tr("Active");
    case GoalStatus::Afgerond:
        return Text::tr("Completed");
    case GoalStatus::Losgelaten:
        return Text::tr("Let go");
    }
    return {};
}

QList<GoalStatus> allGoalStatuses()
{
    return { GoalStatus::Idee, GoalStatus::Actief, GoalStatus::Afgerond, GoalStatus::Losgelaten };
}

namespace pop_rules {

Status validate(const Goal& g, const SchoolProfile& profile)
{
    const QString title = g.title.trimmed();
    if (title.isEmpty())
        return invalid(Text::tr("Give the goal a title."));
    if (title.size() > maxTitleLength)
        return invalid(Text::tr("The title is %1 characters long; the limit is %2. Shorten it; "
                                "nothing has been lost.")
                           .arg(title.size())
                           .arg(maxTitleLength));
    if (g.valueIds.isEmpty())
        return invalid(Text::tr("Link the goal to at least one kernwaarde."));
    for (const QString& id : g.valueIds) {
        if (!profile.kernwaarde(id))
            return invalid(Text::tr("\"%1\" is not a kernwaarde of your school.").arg(id));
    }
    if (!g.themeId.isEmpty()) {
        bool known = false;
        for (const ProfileItem& theme : profile.themes)
            known = known || theme.id == g.themeId;
        if (!known)
            return invalid(Text::tr("\"%1\" is not a theme of your school.").arg(g.themeId));
    }
    if (g.successCriteria.trimmed().size() > maxCriteriaLength)
        return invalid(Text::tr("The success criteria are %1 characters long; the limit is %2.")
                           .arg(g.successCriteria.trimmed().size())
                           .arg(maxCriteriaLength));
    if (g.schoolYear < school_year::first || g.schoolYear > school_year::last)
        return invalid(
            Text::tr("Choose a school year from %1 to %2.")
                .arg(schoolYearLabel(school_year::first), schoolYearLabel(school_year::last)));
    if (g.targetDate.isValid() && g.targetDate < schoolYearStart(g.schoolYear))
        return invalid(Text::tr("The target date %1 lies before the school year %2 begins.")
                           .arg(g.targetDate.toString(Qt::ISODate), schoolYearLabel(g.schoolYear)));
    return {};
}

Status validate(const GoalAction& a)
{
    const QString title = a.title.trimmed();
    if (title.isEmpty())
        return invalid(Text::tr("Give the action a title."));
    if (title.size() > maxTitleLength)
        return invalid(Text::tr("The action is %1 characters long; the limit is %2.")
                           .arg(title.size())
                           .arg(maxTitleLength));
    return {};
}

} // namespace pop_rules

} // namespace kw
