#include "wellbeing/period.h"

namespace kw {

namespace {

QDate mondayOf(QDate day)
{
    return day.addDays(1 - day.dayOfWeek());
}

/** The Monday of the latest even ISO week on or before @p day. */
QDate fortnightStart(QDate day)
{
    QDate monday = mondayOf(day);
    while (monday.weekNumber() % 2 != 0)
        monday = monday.addDays(-7);
    return monday;
}

} // namespace

Period periodOf(PeriodKind kind, QDate day)
{
    if (kind == PeriodKind::Week) {
        const QDate start = mondayOf(day);
        return { start, start.addDays(6) };
    }
    const QDate start = fortnightStart(day);
    QDate next = start.addDays(14);
    while (next.weekNumber() % 2 != 0)
        next = next.addDays(7);
    return { start, next.addDays(-1) };
}

} // namespace kw
