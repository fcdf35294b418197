#include "journal/value_stats.h"

#include "journal/journal_store.h"

namespace kw {

Result<QList<ValueSummary>> summarizeValues(JournalStore& store, QDate today)
{
    auto month = store.countsPerValue(QDate(today.year(), today.month(), 1), today);
    if (!month)
        return month.error();
    auto year = store.countsPerValue(QDate(today.year(), 1, 1), today);
    if (!year)
        return year.error();
    QList<ValueSummary> summaries;
    for (const Kernwaarde& value : store.profile().kernwaarden)
        summaries << ValueSummary { value.id, month->value(value.id), year->value(value.id) };
    return summaries;
}

Result<QList<MonthValueCounts>> countsPerMonth(JournalStore& store, QDate lastDay, int months)
{
    const QDate lastMonth(lastDay.year(), lastDay.month(), 1);
    const QDate firstMonth = lastMonth.addMonths(1 - months);
    auto counts = store.countsPerDay(firstMonth, lastMonth.addMonths(1).addDays(-1));
    if (!counts)
        return counts.error();
    const SchoolProfile& profile = store.profile();
    QList<MonthValueCounts> out;
    for (int i = 0; i < months; ++i)
        out << MonthValueCounts { firstMonth.addMonths(i),
            QList<int>(profile.kernwaarden.size(), 0) };
    for (const DayValueCount& c : *counts) {
        const int month
            = (c.day.year() - firstMonth.year()) * 12 + c.day.month() - firstMonth.month();
        const int value = profile.kernwaardeIndex(c.valueId);
        if (value >= 0) // a value the profile no longer has is not shown
            out[month].perValue[value] += c.count;
    }
    return out;
}

Result<QList<DayCell>> yearCells(JournalStore& store, int year, const QString& onlyValueId)
{
    const QDate first(year, 1, 1);
    const QDate last(year, 12, 31);
    auto counts = store.countsPerDay(first, last);
    if (!counts)
        return counts.error();

    QList<DayCell> cells;
    cells.reserve(first.daysTo(last) + 1);
    for (QDate d = first; d <= last; d = d.addDays(1))
        cells << DayCell { d, {}, 0 };

    const SchoolProfile& profile = store.profile();
    QList<int> bestCount(cells.size(), 0);
    for (const DayValueCount& c : *counts) {
        if (!onlyValueId.isEmpty() && c.valueId != onlyValueId)
            continue;
        const int i = int(first.daysTo(c.day));
        DayCell& cell = cells[i];
        cell.mentions += c.count;
        const bool better = c.count > bestCount[i]
            || (c.count == bestCount[i]
                && profile.kernwaardeIndex(c.valueId) < profile.kernwaardeIndex(cell.valueId));
        if (better) {
            bestCount[i] = c.count;
            cell.valueId = c.valueId;
        }
    }
    return cells;
}

} // namespace kw
