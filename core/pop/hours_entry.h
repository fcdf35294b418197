#pragma once

#include "common/result.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <optional>

namespace kw {

/** Hours are counted in whole minutes, so sums and carry-over are exact. */
using Minutes = qint64;

/** A kind of professionalisation activity. */
struct HoursKind
{
    QString id; ///< stored: "training", "coaching", "intervisie", "collegiale-consultatie", …
    QString name; ///< translated (Dutch: Training, Coaching, Intervisie, …)
};
/** The kinds in the order they are offered. */
QList<HoursKind> hoursKinds();
std::optional<HoursKind> hoursKind(const QString& id);

/** One line of the professionaliseringsuren ledger. */
struct HoursEntry
{
    qint64 id = 0;
    QDate date; ///< when it takes (or took) place; decides the school year
    QString kindId;
    QString description;
    Minutes planned = 0;
    Minutes spent = 0;
    int schoolYear() const;
};

/** The FTE a teacher works from a school year on, until a later change. */
struct FteChange
{
    int fromYear = 0;
    int permille = 1000; ///< 800 for 0.8 FTE
    bool operator==(const FteChange&) const = default;
};

/** What the budget depends on besides the profile: FTE over time and the birth year. */
struct TeacherSettings
{
    QList<FteChange> fte; ///< ascending fromYear
    std::optional<int> birthYear;
    /** The FTE in @p schoolYear in permille; 0 before the first change. */
    int ftePermilleIn(int schoolYear) const;
};

namespace hours_rules {
inline constexpr int maxDescriptionLength = 500;
inline constexpr Minutes maxMinutesPerEntry = 1000 * 60;

[[nodiscard]] Status validate(const HoursEntry& entry);
[[nodiscard]] Status validateFte(int permille);
[[nodiscard]] Status validateBirthYear(int birthYear, QDate today);
} // namespace hours_rules

/**
 * Hours as a person types them: "2", "1.5", "1,5" or "1:30"; "" is 0. std::nullopt for anything
 * else (letters, 1 000 000 hours or more). A negative number parses; hours_rules refuses it with
 * a message that says so.
 */
std::optional<Minutes> parseHours(const QString& text);

/** "32", "2.5" (or "2,5" in Dutch): hours with at most two decimals. */
QString formatHours(Minutes minutes, const QLocale& locale = QLocale::c());

} // namespace kw
