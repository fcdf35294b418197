#pragma once

#include "wellbeing/period.h"
#include "wellbeing/scoring.h"

#include <QDateTime>
#include <QMap>

namespace kw {

/** What the teacher answers: the instrument, a day in the period it is for, answers, choices. */
struct CheckinInput
{
    QString instrumentId;
    QDate day; ///< any day of the period the answers are about
    Answers answers; ///< in the instrument's item order
    Selections choices;
};

/** A stored check-in. */
struct Checkin
{
    qint64 id = 0;
    QString instrumentId;
    int instrumentVersion = 0;
    Period period;
    QDateTime answered;
    double score = 0;
    Band band = Band::Ok;
    QMap<QString, int> answers; ///< item id → value; an item left open has no entry
    Selections choices;
};

/** A check-in as add() stored it; @c replaced when it took the place of one for the same period.
 */
struct SavedCheckin
{
    Checkin checkin;
    bool replaced = false;
};

struct CheckinQuery
{
    QString instrumentId; ///< empty: every instrument
    QDate from; ///< periods ending on or after this day (invalid: no bound)
    QDate to; ///< periods starting on or before this day (invalid: no bound)
    int limit = 1000;
};

/** Whether the current period of an instrument has been answered. */
struct PeriodStatus
{
    QString instrumentId;
    Period period;
    bool answered = false;
};

struct PeriodScore
{
    Period period;
    double score = 0;
    Band band = Band::Ok;
};

/** Mean answer per item over the check-ins of one period (item id → mean). */
struct PeriodItemMeans
{
    Period period;
    QMap<QString, double> means;
};

struct OptionCount
{
    QString optionId;
    int count = 0;
};

} // namespace kw
