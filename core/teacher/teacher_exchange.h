#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "exchange/contribution_file.h"
#include "exchange/exchange_period.h"
#include "exchange/metric_layout.h"
#include "exchange/profile_file.h"
#include "profile/profile_changes.h"
#include "teacher/exchange_store.h"

namespace kw {
class CheckinStore;
class JournalStore;
} // namespace kw

namespace kw::exchange {

/** What importing a profile file would do, for the teacher to confirm. */
struct ProfileImport
{
    enum class Verdict {
        New, ///< no school profile yet (or only the demo school's): the teacher must type the
             ///< school's verification code, and sharing starts off
        Update, ///< a newer version from the same school, same custodian: nothing else changes
        Same, ///< exactly the profile already installed
        CustodianChanged, ///< a newer version naming another custodian, with the handover signed
                          ///< by the one before: sharing is off until the teacher turns it on
    };
    Verdict verdict = Verdict::New;
    SchoolProfile profile;
    QByteArray file;
    KeyHolder previousCustodian; ///< CustodianChanged only: to show old and new side by side
    /**
     * Update and CustodianChanged: leaders whose keys change (profile/profile_changes.h,
     * leaderKeyChanges()), one line per key with both fingerprints, to show before installing.
     * An open conversation with such a leader refuses their new keys (TeacherConversations).
     */
    QList<ProfileChange> leaderKeyChanges;
    bool needsVerificationCode() const { return verdict == Verdict::New; }
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
    ContributionPart plain; ///< revision: the one an export would get; no submission id yet
    QList<PreviewLine> lines;
};

/**
 * The teacher's side of the exchange: importing the school's profile, the opt-in and cohort,
 * and exporting a contribution per closed period. The CLI and the app both go through here, so
 * the rules below hold whichever the teacher uses:
 * - a profile must carry both signatures, be current, and come from the school already
 *   installed (unless that is the demo school) with its own HR key; what is installed is read
 *   from the journal, never taken from the caller;
 * - a first install (or one over the demo school) needs the school's verification code, typed
 *   by the teacher; another custodian needs a handover signed by the one before, and nothing
 *   overrides either;
 * - a new school or a new custodian turns sharing off until the teacher turns it on again;
 * - nothing is exported without the opt-in, for a period that has not closed, or to the demo
 *   school (its keys are public) from any journal but the demo teacher's;
 * - the file holds exactly the numbers the teacher previewed, under a revision never used
 *   before.
 */
class TeacherExchange
{
public:
    TeacherExchange(
        ExchangeStore& store, JournalStore& journal, CheckinStore& checkins, const Clock& clock);

    /**
     * What any device accepts of a school's profile file, before comparing it with an installed
     * one: verifyProfileFile() (with HR's key pinned, when given), and no demo key.
     */
    [[nodiscard]] static Result<SchoolProfile> verifySchoolProfile(
        QByteArrayView file, QDate today, QByteArrayView pinnedSchoolKey = {});
    /** Checks @p file against the profile installed in the journal, changing nothing. */
    [[nodiscard]] Result<ProfileImport> checkImport(QByteArrayView file);
    /**
     * Installs a checked import; a New one only with @p verificationCode matching the profile
     * (exchange/verification_code.h), else it is refused and nothing changes.
     */
    [[nodiscard]] Status install(const ProfileImport& import, const QString& verificationCode = {});
    /** Installs the demo school's profile (signed by its published keys) and marks this journal
     * as the demo teacher's, the only one that may share with it; returns the file. Does
     * nothing when exactly that file is installed already. */
    [[nodiscard]] Result<QByteArray> installDemoSchool(const SchoolProfile& demo);

    /** The installed profile, its signatures checked again; nothing when none was imported. */
    [[nodiscard]] Result<std::optional<SchoolProfile>> installedProfile();

    /** Closed periods the teacher can export, newest first (the last school year's worth). */
    QList<ExchangePeriod> exportablePeriods(const SchoolProfile& profile) const;

    /** Whether the teacher may share with @p profile's school at all (see the class notes). */
    [[nodiscard]] Status checkSchool(const SchoolProfile& profile);

    /**
     * Whether a contribution for @p period could be exported with @p settings: the school
     * (checkSchool()), the opt-in, a closed period of the profile's length, a current profile
     * and a cohort it names.
     */
    [[nodiscard]] Status checkExport(const SchoolProfile& profile, const ExchangePeriod& period,
        const ExchangeSettings& settings);

    /** Every number that would leave the device for @p period, with the saved cohort. */
    [[nodiscard]] Result<ContributionPreview> preview(
        const SchoolProfile& profile, const ExchangePeriod& period);
    /** The same with @p cohort, for a choice not saved yet. */
    [[nodiscard]] Result<ContributionPreview> preview(
        const SchoolProfile& profile, const ExchangePeriod& period, const Cohort& cohort);

    /**
     * Writes @p seen (a preview the teacher looked at) to @p path, atomically, and logs the
     * export. Refused without the opt-in, for an open period, to the demo school from a real
     * journal, with a cohort the profile lacks, or when the settings changed since the preview.
     */
    [[nodiscard]] Result<ContributionPart> exportTo(const SchoolProfile& profile,
        const ContributionPreview& seen, const QString& path, const RandomU64& random);

    ExchangeStore& store() { return m_store; }

private:
    ExchangeStore& m_store;
    JournalStore& m_journal;
    CheckinStore& m_checkins;
    const Clock& m_clock;
};

} // namespace kw::exchange
