#pragma once

#include <QDate>
#include <QString>

namespace kw {

/**
 * School years run from 1 August to 31 July and are named by the calendar year they start in:
 * 2026 is the school year 2026-2027 (1 August 2026 – 31 July 2027). This is the one place that
 * rule lives; goals and hours entries store the number.
 */
int schoolYearOf(QDate day);
QDate schoolYearStart(int schoolYear);
/** The last day of the school year (31 July of the next calendar year). */
QDate schoolYearEnd(int schoolYear);
/** "2026-2027". */
QString schoolYearLabel(int schoolYear);

namespace school_year {
inline constexpr int first = 2000;
inline constexpr int last = 2100;
} // namespace school_year

} // namespace kw
