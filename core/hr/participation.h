#pragma once

#include "hr/hr_report.h"
#include "profile/school_profile.h"

#include <QLocale>
#include <QStringList>
#include <QtGlobal>
#include <optional>

// How many of the school's staff took part in a period: contributions against the staff count
// the profile gives. Pure functions, no I/O.

namespace kw::hr {

/** Below this share of the staff, a period's figures speak for too few: the dashboard warns. */
inline constexpr double kLowParticipation = 0.6;

/**
 * The school's staff as its profile counts them: the teams' staff counts added up (each
 * colleague is in one team), or the roles' when the profile has no team counts; 0 when it has
 * neither.
 */
int profileStaffCount(const SchoolProfile& profile);

struct Participation
{
    qint64 contributions = 0;
    int staff = 0; ///< profileStaffCount(); 0: unknown
    std::optional<double> share; ///< contributions / staff; nothing when the staff is unknown
    bool low = false; ///< share below kLowParticipation

    /** More contributions than the profile has staff: its counts are out of date. */
    bool exceedsStaff() const { return staff > 0 && contributions > staff; }
};

/** @p contributions of a period against the staff of @p profile (that period's profile). */
Participation participation(qint64 contributions, const SchoolProfile& profile);

/**
 * @p p in words, a sentence each, in the UI language (the dashboard's overview and the A4
 * report say the same): "102 contributions from 120 staff: 85% took part.", then the warning
 * under kLowParticipation or for staff counts out of date.
 */
QStringList participationText(const Participation& p, const QLocale& locale);

/**
 * How many colleagues took part in a period, from its report alone: the most contributors
 * behind any one released school figure (each contribution is counted in every metric it has,
 * so this is the number of contributions unless none of them has every metric). 0 when no
 * school figure is released. Counting HR's stored parts instead costs a bestuur's database a
 * scan of every part, several times the dashboard's time budget.
 */
qint64 contributorsOf(const QList<ReportRow>& rows);

} // namespace kw::hr
