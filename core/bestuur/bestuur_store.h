#pragma once

#include "bestuur/school_aggregate.h"
#include "common/clock.h"
#include "common/result.h"
#include "profile/school_profile.h"
#include "storage/database.h"

#include <QStringList>

namespace kw::bestuur {

/**
 * What the bestuur keeps (bestuurSchema()): per school the HR key it first came with, the
 * co-signed profiles of its aggregates, and per school and period the aggregate that counts with
 * its figures. Released figures are group sums the schools released; a withheld figure is stored
 * as its reason alone.
 *
 * The importer (aggregate_import.h) reads and checks a file; this class decides what it does to
 * the database and writes it in one transaction.
 */
class BestuurStore
{
public:
    BestuurStore(sql::Database& db, const Clock& clock);

    /** What storing an aggregate did. */
    enum class Outcome {
        Added, ///< the first aggregate of its school and period
        Replaced, ///< a later release of the school's period replaced the stored aggregate
        AlreadyThere, ///< exactly this file is stored: nothing changed
        Outdated, ///< an earlier release than the stored one: nothing changed
    };
    struct Stored
    {
        Outcome outcome = Outcome::Added;
        bool newSchool = false; ///< the school's first aggregate: its HR key is pinned now
        int earlierRelease = 0; ///< Replaced, Outdated: the release stored before
    };

    /**
     * Stores one aggregate in one transaction, or nothing. A school's HR key is pinned by its
     * first aggregate: one signed by another key is refused. Per school and period one aggregate
     * counts: the same file again, or an earlier release, changes nothing; a later release
     * replaces it with all its figures; another file of the same release is a conflict and
     * refused. A different profile file with a version already stored is refused. The database
     * refuses a withheld figure with a number and a released one below 5 contributors.
     */
    [[nodiscard]] Result<Stored> storeAggregate(const AggregateRecord& record);

    /** The aggregates that count, of @p period or (empty) every period; by period, then school. */
    [[nodiscard]] Result<QList<SchoolAggregate>> aggregates(const QString& period = {});
    /** The periods with at least one aggregate, oldest first. */
    [[nodiscard]] Result<QStringList> periods();
    /** The stored profile @p version of @p schoolId, its signatures checked again. */
    [[nodiscard]] Result<SchoolProfile> profile(const QString& schoolId, int version);
    /** The figures of @p schoolId's aggregate of @p period (only @p metrics, unless empty). */
    [[nodiscard]] Result<QList<hr::Figure>> figures(
        const QString& schoolId, const QString& period, const QStringList& metrics = {});

private:
    [[nodiscard]] Result<bool> pinSchool(const AggregateRecord& record);
    [[nodiscard]] Status addProfile(const AggregateRecord& record);
    [[nodiscard]] Status writeAggregate(const AggregateRecord& record, bool replace);

    sql::Database& m_db;
    const Clock& m_clock;
};

} // namespace kw::bestuur
