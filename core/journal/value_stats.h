#pragma once

#include "common/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace kw {

class JournalStore;

/** How often the teacher reflected on one kernwaarde. */
struct ValueSummary
{
    QString valueId;
    int thisMonth = 0;
    int thisYear = 0;
};

/** One day of the year view: the kernwaarde reflected on most that day (ties: profile order). */
struct DayCell
{
    QDate day;
    QString valueId; ///< empty when there was no reflection that day
    int mentions = 0; ///< kernwaarde ticks that day (a reflection with two values counts twice)
};

/** Reflections per kernwaarde in one calendar month (a reflection with two values counts for both).
 */
struct MonthValueCounts
{
    QDate month; ///< the first day of the month
    QList<int> perValue; ///< in profile order
};

/** @p months calendar months ending with the month of @p lastDay, oldest first. */
[[nodiscard]] Result<QList<MonthValueCounts>> countsPerMonth(
    JournalStore& store, QDate lastDay, int months);

/** Every kernwaarde of the profile, in profile order, with its counts for today's month and year.
 */
[[nodiscard]] Result<QList<ValueSummary>> summarizeValues(JournalStore& store, QDate today);

/** Every day of @p year, January 1st first; with @p onlyValueId set, other values are ignored. */
[[nodiscard]] Result<QList<DayCell>> yearCells(
    JournalStore& store, int year, const QString& onlyValueId = {});

} // namespace kw
