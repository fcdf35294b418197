#pragma once

#include "wellbeing/instrument.h"

#include <QDate>

namespace kw {

/** The days one check-in covers: [start, end], both inclusive. */
struct Period
{
    QDate start;
    QDate end;
    bool contains(QDate day) const { return day >= start && day <= end; }
};

/**
 * The period that contains @p day.
 * - Week: Monday to Sunday.
 * - Fortnight: starts on the Monday of an even-numbered ISO week (the weeks the fortnightly
 *   reminder fires in) and runs until the next such Monday. An ISO year with 53 weeks ends in
 *   an odd week followed by odd week 1, so once every five or six years the fortnight that
 *   starts in week 52 covers three weeks (52, 53 and week 1 of the next year).
 */
Period periodOf(PeriodKind kind, QDate day);

} // namespace kw
