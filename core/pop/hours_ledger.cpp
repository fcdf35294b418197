#include "pop/hours_ledger.h"

#include "pop/school_year.h"

#include <QMap>
#include <algorithm>

namespace kw {

bool extraHoursApply(const HoursPolicy& policy, const TeacherSettings& teacher, int schoolYear)
{
    return policy.extraFromAge > 0 && policy.extraHoursPerYear > 0 && teacher.birthYear
        && schoolYear - *teacher.birthYear >= policy.extraFromAge;
}

Minutes yearBudget(const HoursPolicy& policy, const TeacherSettings& teacher, int schoolYear)
{
    const qint64 hours = policy.hoursPerYear
        + (extraHoursApply(policy, teacher, schoolYear) ? policy.extraHoursPerYear : 0);
    const qint64 permille = teacher.ftePermilleIn(schoolYear);
    // Rounded to the nearest minute: 0.7 FTE of 40 h is 28 h exactly, 0.33 of 40 h 13 h 12 min.
    return (hours * 60 * permille + 500) / 1000;
}

QDate HoursTranche::expires() const
{
    return schoolYearEnd(lastYear);
}

QList<HoursYearSummary> computeLedger(QList<HoursYearInput> years, int savingYears)
{
    QList<HoursYearSummary> out;
    if (years.isEmpty())
        return out;
    QMap<int, HoursYearInput> byYear;
    for (const HoursYearInput& y : years) {
        HoursYearInput& sum = byYear[y.schoolYear];
        sum.schoolYear = y.schoolYear;
        sum.budget += y.budget;
        sum.planned += y.planned;
        sum.spent += y.spent;
    }
    QList<HoursTranche> tranches; // oldest first
    for (int year = byYear.firstKey(); year <= byYear.lastKey(); ++year) {
        const HoursYearInput in = byYear.value(year, HoursYearInput { year });
        HoursYearSummary s;
        s.schoolYear = year;
        s.budget = in.budget;
        s.planned = in.planned;
        s.spent = in.spent;
        for (const HoursTranche& t : tranches)
            s.carriedIn += t.minutes;
        if (in.budget > 0)
            tranches << HoursTranche { year, year + savingYears, in.budget };
        s.available = s.carriedIn + s.budget;
        s.balance = s.available - s.spent;

        Minutes toSpend = in.spent;
        for (HoursTranche& t : tranches) {
            const Minutes used = std::min(t.minutes, toSpend);
            t.minutes -= used;
            toSpend -= used;
        }
        s.overspent = toSpend;
        tranches.removeIf([](const HoursTranche& t) { return t.minutes == 0; });
        s.left = tranches;
        for (const HoursTranche& t : std::as_const(tranches)) {
            if (t.lastYear <= year)
                s.expiring += t.minutes;
        }
        tranches.removeIf([year](const HoursTranche& t) { return t.lastYear <= year; });
        for (const HoursTranche& t : std::as_const(tranches))
            s.carriedOut += t.minutes;
        out << s;
    }
    return out;
}

QList<HoursYearInput> ledgerInputs(const QList<HoursEntry>& entries, const TeacherSettings& teacher,
    const HoursPolicy& policy, int untilYear)
{
    int first = untilYear;
    for (const FteChange& change : teacher.fte)
        first = std::min(first, change.fromYear);
    for (const HoursEntry& e : entries)
        first = std::min(first, e.schoolYear());
    QList<HoursYearInput> years;
    for (int year = first; year <= untilYear; ++year)
        years << HoursYearInput { year, yearBudget(policy, teacher, year), 0, 0 };
    for (const HoursEntry& e : entries) {
        const int index = e.schoolYear() - first;
        if (index < 0 || index >= years.size())
            continue;
        years[index].planned += e.planned;
        years[index].spent += e.spent;
    }
    return years;
}

} // namespace kw
