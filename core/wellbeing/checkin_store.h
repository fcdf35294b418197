#pragma once

#include "common/clock.h"
#include "profile/school_profile.h"
#include "storage/database.h"
#include "wellbeing/checkin.h"

#include <optional>

namespace kw {

/**
 * The rules a check-in must meet before anything is stored: an instrument of @p profile, a day
 * from 2000 up to @p today, answers the instrument scores, choices from its lists.
 */
[[nodiscard]] Result<Score> validateCheckin(
    const CheckinInput& input, const SchoolProfile& profile, QDate today);

/**
 * The teacher's wellbeing check-ins, kept in the journal database. Nothing here ever leaves the
 * device; the bands are for the teacher's eyes only.
 *
 * One check-in per instrument and period: a second one for the same period REPLACES the first
 * (the teacher's latest answer for the period counts), in one transaction, so there is never a
 * moment with none or two.
 */
class CheckinStore
{
public:
    CheckinStore(sql::Database& db, const SchoolProfile& profile, const Clock& clock);

    /** Validates (instrument, day, answers, choices), then stores, replacing the same period. */
    [[nodiscard]] Result<SavedCheckin> add(const CheckinInput& input);
    /** Newest period first, then newest answer. */
    [[nodiscard]] Result<QList<Checkin>> list(const CheckinQuery& query);
    [[nodiscard]] Result<std::optional<Checkin>> latest(const QString& instrumentId);
    /** For each instrument of the profile: today's period and whether it is answered. */
    [[nodiscard]] Result<QList<PeriodStatus>> due();

    /** Trends, oldest period first, for periods overlapping [from, to]. */
    [[nodiscard]] Result<QList<PeriodScore>> scores(
        const QString& instrumentId, QDate from, QDate to);
    [[nodiscard]] Result<QList<PeriodItemMeans>> itemMeans(
        const QString& instrumentId, QDate from, QDate to);
    /**
     * How often each option of choice list @p listId was picked in periods overlapping
     * [from, to]: every option of the profile's list in its order (zeros included), then any
     * stored option the list no longer has.
     */
    [[nodiscard]] Result<QList<OptionCount>> choiceCounts(
        const QString& listId, QDate from, QDate to);

private:
    Result<QList<Checkin>> fetch(const CheckinQuery& query);

    sql::Database& m_db;
    const SchoolProfile& m_profile;
    const Clock& m_clock;
};

} // namespace kw
