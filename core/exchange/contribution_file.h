#pragma once

#include "common/result.h"
#include "exchange/key_file.h"
#include "exchange/shares.h"
#include "profile/school_profile.h"

namespace kw::exchange {

/** The coarse group a contribution counts in: ids from the profile, empty when not given. */
struct Cohort
{
    QString team;
    QString role;
    QString ageBand;
    bool operator==(const Cohort&) const = default;
};

/** Whether every id @p cohort gives names a team, role or age band of @p profile. */
bool cohortFits(const Cohort& cohort, const SchoolProfile& profile);

/**
 * One side of a contribution. On the teacher's device (party unspecified) the slots are the
 * plain metric values; in a file, each sealed part carries one share of them.
 */
struct ContributionPart
{
    ::kernwijzer::v1::Party party = ::kernwijzer::v1::PARTY_UNSPECIFIED;
    QString schoolId;
    int profileVersion = 0;
    QString period; ///< ExchangePeriod::id()
    Cohort cohort;
    QByteArray submissionId; ///< 32 bytes; see submissionIdFor()
    quint32 revision = 1; ///< a re-export of the same period counts up
    QByteArray layoutDigest; ///< MetricLayout::digest()
    Slots values; ///< plain values on the device; one share in a file part
};

/**
 * The submission id of a device's contribution for one period: a BLAKE2b hash of the school and
 * the period keyed with the device's own secret. The same period always gives the same id (so a
 * re-export replaces), another period an unrelated one (so periods cannot be linked), and
 * without the secret, which never leaves the device, nobody can tell whose it is.
 */
QByteArray submissionIdFor(
    QByteArrayView deviceSecret, const QString& schoolId, const QString& period);

/**
 * The .kwbijdrage file for @p plain: its slots split into share_H, sealed to the profile's HR
 * key, and share_C, sealed to the custodian's. The envelope's clear header names only the
 * school, the profile version and the period.
 */
[[nodiscard]] Result<QByteArray> writeContributionFile(
    const ContributionPart& plain, const SchoolProfile& profile, const RandomU64& random);

/** The clear header of a contribution file: school, profile version and period. */
[[nodiscard]] Result<ContributionPart> readContributionHeader(QByteArrayView file);

/**
 * Opens the part of a contribution file sealed to @p keys. With @p profile, the part must be
 * for that school and version, follow its metric layout and name only its cohort ids.
 */
[[nodiscard]] Result<ContributionPart> openContributionFile(
    QByteArrayView file, const KeySet& keys, const SchoolProfile* profile = nullptr);

/** Parses an opened share (the bytes inside a seal) strictly. */
[[nodiscard]] Result<ContributionPart> readContributionShare(QByteArrayView bytes);

} // namespace kw::exchange
