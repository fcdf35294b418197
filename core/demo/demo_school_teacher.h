#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "demo/demo_staff.h"
#include "exchange/exchange_period.h"
#include "profile/school_profile.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <memory>

// One simulated teacher's year in the simulated school (demo_school.h): a real journal file,
// written and exported through TeacherSession and TeacherExchange as the app does it.

namespace kw {
class TeacherSession;
}

namespace kw::demo {

/** What every simulated teacher gets from the school, and where files go. */
struct SchoolSetting
{
    SchoolProfile profile;
    QByteArray profileFile; ///< co-signed, as HR hands it out
    QString verificationCode; ///< as HR and the custodian publish it
    QList<exchange::ExchangePeriod> periods; ///< oldest first, all closed
    QString journals; ///< the folder of the journal files
    QString inbox; ///< the custodian's inbox: a folder per period (inboxFolder())
    quint32 seed = 0;
};

/** What one teacher's year wrote. */
struct TeacherYear
{
    int checkins = 0;
    int reflections = 0;
    int exports = 0; ///< contribution files written, a re-export included
};

/** @p period's id as a file or folder name: "2026-2027-1of6". */
QString periodFileName(const exchange::ExchangePeriod& period);
/** The folder of @p period's contributions under @p inbox (periodFileName()). */
QString inboxFolder(const QString& inbox, const exchange::ExchangePeriod& period);
/** The journal file of @p teacher ("teacher-007.sqlite") under @p journals. */
QString journalPath(const QString& journals, const SimulatedTeacher& teacher);

/**
 * Opens @p teacher's journal (journalPath()) as the app does, with @p clock as its clock; made
 * when it does not exist. Without a sync after every write: a simulation needs no protection
 * against a power cut.
 */
[[nodiscard]] Result<std::unique_ptr<TeacherSession>> openSimulatedJournal(
    const SimulatedTeacher& teacher, const SchoolSetting& setting, const Clock& clock);

/**
 * Writes @p teacher's journal over the setting's periods, as the days go by: the school's
 * profile installed with its verification code, the opt-in and cohort, WHO-5 every two weeks
 * and the pulse every week (except in the summer holiday, and only as diligent as the teacher
 * is), reflections, and each period's contribution exported into the inbox a few days after it
 * closed: except the periods the teacher skips or shares late, and twice for the period they
 * re-export. Deterministic for the setting's seed, apart from the keys and shares.
 */
[[nodiscard]] Result<TeacherYear> liveTeacherYear(
    const SimulatedTeacher& teacher, const SchoolSetting& setting);

/**
 * The late teacher opens their journal again at @p now, after the custodian's first release of
 * their late period, and exports it into the inbox.
 */
[[nodiscard]] Status exportLate(
    const SimulatedTeacher& teacher, const SchoolSetting& setting, const QDateTime& now);

} // namespace kw::demo
