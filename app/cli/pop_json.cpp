#include "cli/pop_json.h"

#include "pop/school_year.h"

#include <QJsonArray>

namespace kw::cli {

namespace {

QJsonValue dayOrNull(QDate day)
{
    return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue();
}

double hours(Minutes minutes)
{
    return double(minutes) / 60.0;
}

} // namespace

QJsonObject toJson(const Goal& g, const GoalProgress& p, const QList<qint64>& evidence)
{
    QJsonArray evidenceIds;
    for (qint64 id : evidence)
        evidenceIds.append(id);
    return {
        { QStringLiteral("id"), g.id },
        { QStringLiteral("title"), g.title },
        { QStringLiteral("kernwaarden"), QJsonArray::fromStringList(g.valueIds) },
        { QStringLiteral("theme"), g.themeId.isEmpty() ? QJsonValue() : QJsonValue(g.themeId) },
        { QStringLiteral("criteria"), g.successCriteria },
        { QStringLiteral("target"), dayOrNull(g.targetDate) },
        { QStringLiteral("status"), goalStatusId(g.status) },
        { QStringLiteral("schoolYear"), g.schoolYear },
        { QStringLiteral("actionsDone"), p.actionsDone },
        { QStringLiteral("actionsTotal"), p.actionsTotal },
        { QStringLiteral("evidence"), evidenceIds },
    };
}

QJsonObject toJson(const GoalAction& a)
{
    return {
        { QStringLiteral("id"), a.id },
        { QStringLiteral("goal"), a.goalId },
        { QStringLiteral("title"), a.title },
        { QStringLiteral("due"), dayOrNull(a.due) },
        { QStringLiteral("done"), a.done },
    };
}

QJsonObject toJson(const HoursEntry& e)
{
    return {
        { QStringLiteral("id"), e.id },
        { QStringLiteral("date"), e.date.toString(Qt::ISODate) },
        { QStringLiteral("schoolYear"), e.schoolYear() },
        { QStringLiteral("kind"), e.kindId },
        { QStringLiteral("description"), e.description },
        { QStringLiteral("planned"), hours(e.planned) },
        { QStringLiteral("spent"), hours(e.spent) },
    };
}

QJsonObject toJson(const HoursYearSummary& y)
{
    QJsonArray left;
    for (const HoursTranche& t : y.left) {
        left.append(QJsonObject { { QStringLiteral("grantedIn"), t.grantedIn },
            { QStringLiteral("hours"), hours(t.minutes) },
            { QStringLiteral("expires"), t.expires().toString(Qt::ISODate) } });
    }
    return {
        { QStringLiteral("schoolYear"), y.schoolYear },
        { QStringLiteral("budget"), hours(y.budget) },
        { QStringLiteral("carriedIn"), hours(y.carriedIn) },
        { QStringLiteral("available"), hours(y.available) },
        { QStringLiteral("planned"), hours(y.planned) },
        { QStringLiteral("spent"), hours(y.spent) },
        { QStringLiteral("balance"), hours(y.balance) },
        { QStringLiteral("overspent"), hours(y.overspent) },
        { QStringLiteral("expiring"), hours(y.expiring) },
        { QStringLiteral("expiringOn"),
            y.schoolYear ? schoolYearEnd(y.schoolYear).toString(Qt::ISODate) : QString() },
        { QStringLiteral("carriedOut"), hours(y.carriedOut) },
        { QStringLiteral("left"), left },
    };
}

QJsonObject toJson(const TeacherSettings& t)
{
    QJsonArray fte;
    for (const FteChange& change : t.fte) {
        fte.append(QJsonObject { { QStringLiteral("fromYear"), change.fromYear },
            { QStringLiteral("fte"), change.permille / 1000.0 } });
    }
    return {
        { QStringLiteral("fte"), fte },
        { QStringLiteral("birthYear"), t.birthYear ? QJsonValue(*t.birthYear) : QJsonValue() },
    };
}

} // namespace kw::cli
