#include "exchange/exchange_period.h"

#include "pop/school_year.h"

#include <QLocale>
#include <QRegularExpression>

namespace kw::exchange {

namespace {

ExchangePeriod make(int schoolYear, int number, int months)
{
    const QDate start = schoolYearStart(schoolYear).addMonths((number - 1) * months);
    return { schoolYear, number, 12 / months, start, start.addMonths(months).addDays(-1) };
}

} // namespace

QString ExchangePeriod::id() const
{
    return QStringLiteral("%1-%2/%3of%4")
        .arg(schoolYear)
        .arg(schoolYear + 1)
        .arg(number)
        .arg(count);
}

QString ExchangePeriod::label() const
{
    const QLocale locale;
    const QString first = locale.monthName(start.month(), QLocale::ShortFormat);
    const QString last = locale.monthName(end.month(), QLocale::ShortFormat);
    if (start.month() == end.month())
        return QStringLiteral("%1 %2").arg(first).arg(end.year());
    if (start.year() == end.year())
        return QStringLiteral("%1–%2 %3").arg(first, last).arg(end.year());
    return QStringLiteral("%1 %2 – %3 %4").arg(first).arg(start.year()).arg(last).arg(end.year());
}

ExchangePeriod exchangePeriodOf(QDate day, int months)
{
    const int schoolYear = schoolYearOf(day);
    const QDate start = schoolYearStart(schoolYear);
    const int monthsIn = (day.year() - start.year()) * 12 + day.month() - start.month();
    return make(schoolYear, monthsIn / months + 1, months);
}

std::optional<ExchangePeriod> exchangePeriodFromId(const QString& id)
{
    // Anchored ("$" alone also matches before a trailing newline) and ASCII digits only ("\d"
    // matches any script's digits, which toInt() then reads as 0).
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("([0-9]{4})-([0-9]{4})/([1-9][0-9]?)of([1-9][0-9]?)")));
    const auto match = pattern.match(id);
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    const int number = match.captured(3).toInt();
    const int count = match.captured(4).toInt();
    if (match.captured(2).toInt() != year + 1 || year < school_year::first
        || year > school_year::last || 12 % count != 0 || number > count)
        return std::nullopt;
    return make(year, number, 12 / count);
}

std::optional<ExchangePeriod> exchangePeriodFromId(const QString& id, int months)
{
    auto period = exchangePeriodFromId(id);
    if (!period || period->months() != months)
        return std::nullopt;
    return period;
}

QList<ExchangePeriod> closedPeriods(QDate today, int months, int count)
{
    QList<ExchangePeriod> out;
    ExchangePeriod period = exchangePeriodOf(today, months);
    while (out.size() < count) {
        period = exchangePeriodOf(period.start.addDays(-1), months);
        out.append(period);
    }
    return out;
}

bool periodIdBefore(const QString& a, const QString& b)
{
    const auto pa = exchangePeriodFromId(a);
    const auto pb = exchangePeriodFromId(b);
    if (pa && pb && pa->start != pb->start)
        return pa->start < pb->start;
    if (bool(pa) != bool(pb))
        return bool(pa);
    return a < b;
}

} // namespace kw::exchange
