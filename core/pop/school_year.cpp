#include "pop/school_year.h"

namespace kw {

namespace {
constexpr int firstMonth = 8; // August
} // namespace

int schoolYearOf(QDate day)
{
    return day.month() >= firstMonth ? day.year() : day.year() - 1;
}

QDate schoolYearStart(int schoolYear)
{
    return QDate(schoolYear, firstMonth, 1);
}

QDate schoolYearEnd(int schoolYear)
{
    return schoolYearStart(schoolYear + 1).addDays(-1);
}

QString schoolYearLabel(int schoolYear)
{
    return QStringLiteral("%1-%2").arg(schoolYear).arg(schoolYear + 1);
}

} // namespace kw
