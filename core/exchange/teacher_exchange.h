#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "exchange/contribution_file.h"
#include "exchange/exchange_period.h"
#include "exchange/exchange_store.h"
#include "exchange/metric_layout.h"
#include "exchange/profile_file.h"

namespace kw {
class CheckinStore;
}

namespace kw::exchange {

/** What importing a profile file would do, for the teacher to confirm. */
struct ProfileImport
{
    enum class Verdict {
        New, ///< no school profile yet (or only the demo school's)
        Update, ///< a newer version from the same school, same custodian
        Same, ///< exactly the profile already installed
        CustodianChanged, ///< a newer version naming another custodian: the teacher must confirm
    };
    Verdict verdict = Verdict::New;
    SchoolProfile profile;
    QByteArray file;
    KeyHolder previousCustodian; ///< CustodianChanged only
};

/** One number of a contribution as the teacher's preview lists it. */
struct PreviewLine
{
    Metric metric;
    bool present = false;
    QString value; ///< formatted; empty when not present
};

/** The teacher's contribution for one period, before it is written. */
struct ContributionPreview
{
    ExchangePeriod period;
    ContributionPart plain;
    QList<PreviewLine> lines;
};

/**
 * The teacher's side of the exchange: importing the school's profile, the opt-in and cohort,
 * and exporting a contribution per closed period. The CLI and the app both go through here, so
 * the rules below hold whichever the teacher uses:
 * - a profile must carry both signatures, be current, and come from the school already
 *   installed (unless that is the demo school) with its own HR key;
 * - nothing is exported without the opt-in, nor for a period that has not closed;
 * - the export log counts a period's revision up only once its file was written.
 */
class TeacherExchange
{
public:
    TeacherExchange(ExchangeStore& store, JournalStore& journal, CheckinStore& checkins,
        const Clock& clock);

    /** Checks @p file against the installed profile (@p current) without changing anything. */
    [[nodiscard]] Result<ProfileImport> checkImport(
        QByteArrayView file, const SchoolProfile& current);
    [[nodiscard]] Status install(const ProfileImport& import);

    /** The installed profile, its signatures checked again; nothing when none was imported. */
    [[nodiscard]] Result<std::optional<SchoolProfile>> installedProfile();

    /** Closed periods the teacher can export, newest first (the last school year's worth). */
    QList<ExchangePeriod> exportablePeriods(const SchoolProfile& profile) const;

    /** Every number that would leave the device for @p period, with the cohort. */
    [[nodiscard]] Result<ContributionPreview> preview(
        const SchoolProfile& profile, const ExchangePeriod& period);

    /**
     * Writes the contribution for @p period to @p path (atomically) and logs the export.
     * Refused without the opt-in, for an open period, or with a cohort the profile lacks.
     */
    [[nodiscard]] Result<ContributionPart> exportTo(const SchoolProfile& profile,
        const ExchangePeriod& period, const QString& path, const RandomU64& random);

    ExchangeStore& store() { return m_store; }

private:
    Status checkExportable(const SchoolProfile& profile, const ExchangePeriod& period,
        const ExchangeSettings& settings) const;

    ExchangeStore& m_store;
    JournalStore& m_journal;
    CheckinStore& m_checkins;
    const Clock& m_clock;
};

/** Whether @p schoolId is the built-in demo school, which any real school may replace. */
bool isDemoSchool(const QString& schoolId);

} // namespace kw::exchange
