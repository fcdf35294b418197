#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace kw::exchange {

/**
 * One period of the exchange: the school year is cut into periods of the profile's length in
 * months, the first starting on 1 August. A contribution covers exactly one closed period; its
 * id ("2026-2027/2of6": the second of six periods of 2026-2027) is the only date that ever
 * leaves the device. The id names the period length, so a profile that changes the length
 * cannot make two different stretches of time share an id.
 */
struct ExchangePeriod
{
    int schoolYear = 0; ///< the year the school year starts in (2026 for 2026-2027)
    int number = 0; ///< 1-based within the school year
    int count = 0; ///< periods in the school year: 12 / the length in months
    QDate start;
    QDate end; ///< inclusive

    QString id() const;
    /** "sep–okt 2026" in the UI language. */
    QString label() const;
    bool contains(QDate day) const { return day >= start && day <= end; }
    int months() const { return count > 0 ? 12 / count : 0; }
    bool operator==(const ExchangePeriod& other) const = default;
};

/** The period of @p months that contains @p day. */
ExchangePeriod exchangePeriodOf(QDate day, int months);
/** The period with @p id ("2026-2027/2of6"); nothing for anything that is not exactly one. */
std::optional<ExchangePeriod> exchangePeriodFromId(const QString& id);
/** The same, and only when it is a period of @p months (the profile's length). */
std::optional<ExchangePeriod> exchangePeriodFromId(const QString& id, int months);
/** Chronological order of period ids; an id that is not a period sorts last, by its text. */
bool periodIdBefore(const QString& a, const QString& b);
/** The last @p count periods that closed before @p today, newest first. */
QList<ExchangePeriod> closedPeriods(QDate today, int months, int count);

} // namespace kw::exchange
