#include "exchange/exchange_period.h"

#include <QLocale>
#include <QRegularExpression>

namespace kw::exchange {

namespace {

ExchangePeriod make(int schoolYear, int number, int months)
{
    const QDate start = QDate(schoolYear, 8, 1).addMonths((number - 1) * months);
    return { schoolYear, number, start, start.addMonths(months).addDays(-1) };
}

} // namespace

QString ExchangePeriod::id() const
{
    return QStringLiteral("%1-%2/%3").arg(schoolYear).arg(schoolYear + 1).arg(number);
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
    const int schoolYear = day.month() >= 8 ? day.year() : day.year() - 1;
    const int monthsIn = (day.year() - schoolYear) * 12 + day.month() - 8;
    return make(schoolYear, monthsIn / months + 1, months);
}

std::optional<ExchangePeriod> exchangePeriodFromId(const QString& id, int months)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{4})/([1-9]\\d?)$"));
    const auto match = pattern.match(id);
    if (!match.hasMatch() || months < 1 || months > 12)
        return std::nullopt;
    const int year = match.captured(1).toInt();
    const int number = match.captured(3).toInt();
    if (match.captured(2).toInt() != year + 1 || year < 2000 || year > 2100 || number < 1
        || number > 12 / months)
        return std::nullopt;
    return make(year, number, months);
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

} // namespace kw::exchange
