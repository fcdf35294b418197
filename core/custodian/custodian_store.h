#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "custodian/kept_contribution.h"
#include "exchange/check_file.h"
#include "profile/school_profile.h"
#include "storage/database.h"

#include <QDateTime>
#include <QHash>
#include <memory>
#include <optional>

namespace kw::custodian {

/** A co-signed profile the custodian added, and whether it was there already. */
struct AddedProfile
{
    SchoolProfile profile;
    bool alreadyThere = false; ///< the same file was stored before: nothing changed
};

/** What the custodian keeps of one period. */
struct PeriodSummary
{
    QString period;
    int kept = 0; ///< contributions, late ones included
    int late = 0; ///< of those, arrived after the period's first release
    int releases = 0;
};

/** One release of a period as the custodian recorded it. */
struct ReleaseRecord
{
    QString period;
    int number = 0; ///< 1 for the first release, 2 for the first re-release, …
    QDateTime made;
    QByteArray fileSha256; ///< of the .kwvrijgave written
    int members = 0; ///< contributions it summed
};

/**
 * The custodian's database: the school's co-signed profiles (one school per database), the
 * custodian's part of every contribution kept (one per period and submission id) with the HR
 * part beside it still sealed, and the releases with exactly what each summed. What may be
 * stored (rules of replacement, lateness) is the inbox's to decide (custodian_inbox.h); the
 * store only refuses what would break the database's own invariants.
 */
class CustodianStore
{
public:
    /** Opens (creating, unless @p options say not) the custodian database at @p path. */
    [[nodiscard]] static Result<std::unique_ptr<CustodianStore>> open(
        const QString& path, const Clock& clock, const sql::Database::Options& options = {});
    ~CustodianStore();
    CustodianStore(const CustodianStore&) = delete;
    CustodianStore& operator=(const CustodianStore&) = delete;

    sql::Database& database() { return *m_db; }
    const Clock& clock() const { return m_clock; }

    // --- profiles ---

    /**
     * Adds a co-signed profile file (exchange::verifyProfileFile on the clock's day). Refused:
     * a profile of another school than the ones stored, or another file under a version that is
     * stored already.
     */
    [[nodiscard]] Result<AddedProfile> addProfile(QByteArrayView file);
    /** The school this database is for; nothing before the first profile. */
    [[nodiscard]] Result<std::optional<QString>> schoolId();
    /** The profile with the highest version; nothing before the first. */
    [[nodiscard]] Result<std::optional<SchoolProfile>> currentProfile();
    /** The stored profile @p version, its signatures checked again; nothing when not stored. */
    [[nodiscard]] Result<std::optional<SchoolProfile>> profile(int version);
    /** Every stored profile, by version, each checked as profile() does. */
    [[nodiscard]] Result<QHash<int, SchoolProfile>> profiles();
    /** MetricLayout::digest() of stored profile @p version; empty when not stored. */
    [[nodiscard]] Result<QByteArray> layoutDigest(int version);

    // --- contributions ---

    /** The contribution kept under @p submissionId for @p period; nothing when none is. */
    [[nodiscard]] Result<std::optional<KeptContribution>> contribution(
        const QString& period, const QByteArray& submissionId);
    /**
     * Keeps @p kept (the custodian's part and the HR seal), replacing what is kept under its
     * period and id. Refused by the database when that one was summed by a release.
     */
    [[nodiscard]] Status keep(const KeptContribution& kept);
    /** Every contribution kept for @p period, by submission id; late ones only when asked. */
    [[nodiscard]] Result<QList<KeptContribution>> contributions(
        const QString& period, bool includeLate);
    /** Every period with contributions or releases, oldest first. */
    [[nodiscard]] Result<QList<PeriodSummary>> periods();

    // --- releases ---

    [[nodiscard]] Result<bool> isReleased(const QString& period);
    /** Whether a release of @p period summed @p submissionId (its revision is frozen then). */
    [[nodiscard]] Result<bool> isSummed(const QString& period, const QByteArray& submissionId);
    [[nodiscard]] Result<QList<ReleaseRecord>> releases(const QString& period);
    /** The ids and revisions release @p number of @p period summed, by id. */
    [[nodiscard]] Result<QList<ReleasedMember>> releaseMembers(const QString& period, int number);
    /**
     * Records, in one transaction, that release @p number of @p period (the next number: 1,
     * then 2, …) summed exactly @p members, and the SHA-256 of the file written. Each member
     * must be a kept contribution of @p period at that revision, each id once; from then on they
     * are frozen.
     */
    [[nodiscard]] Status recordRelease(const QString& period, int number,
        const QByteArray& fileSha256, const QList<ReleasedMember>& members);

    // --- HR's check before a release ---

    /**
     * Records HR's @p verdicts on parts of @p period in one transaction; a verdict on a copy
     * that has one already changes nothing (verdicts are final: custodian_release.h). Which
     * verdicts belong to kept contributions is the caller's to decide (custodian_release.h).
     */
    [[nodiscard]] Status recordVerdicts(
        const QString& period, const QList<exchange::PartVerdict>& verdicts);
    /** Every verdict recorded for @p period; only those on @p submissionId when given. */
    [[nodiscard]] Result<QList<exchange::PartVerdict>> verdicts(
        const QString& period, const std::optional<QByteArray>& submissionId = std::nullopt);

private:
    /** Resets a cached statement when a use of it ends, so it holds no read open. */
    struct ResetOnExit
    {
        sql::Statement& statement;
        ~ResetOnExit() { statement.reset(); }
    };

    CustodianStore(std::unique_ptr<sql::Database> db, const Clock& clock);
    [[nodiscard]] Result<sql::Statement*> cached(
        std::optional<sql::Statement>& slot, const char* sql);
    [[nodiscard]] Result<KeptContribution> readKept(
        const sql::Statement& row, const QString& period);

    std::unique_ptr<sql::Database> m_db;
    const Clock& m_clock;
    QHash<int, SchoolProfile> m_profiles; ///< verified once per version
    QHash<int, QByteArray> m_layoutDigests;
    std::optional<sql::Statement> m_findContribution;
    std::optional<sql::Statement> m_keepContribution;
    std::optional<sql::Statement> m_findRelease;
    std::optional<sql::Statement> m_findSummed;
};

} // namespace kw::custodian
