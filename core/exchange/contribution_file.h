#pragma once

#include "common/result.h"
#include "exchange/crypto.h"
#include "exchange/key_file.h"
#include "exchange/metric_layout.h"
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

/** The highest revision a device makes of one period's contribution; receivers refuse more. */
inline constexpr quint32 kMaxRevision = 16;

/**
 * One side of a contribution. On the teacher's device (party unspecified) the slots are the
 * plain metric values; in a file, each sealed part carries one share of them. Presence is
 * never split: both parts carry the same bits.
 */
struct ContributionPart
{
    ::kernwijzer::v1::Party party = ::kernwijzer::v1::PARTY_UNSPECIFIED;
    QString schoolId;
    int profileVersion = 0;
    QString period; ///< ExchangePeriod::id()
    Cohort cohort;
    QByteArray submissionId; ///< 32 bytes: the device's submission key; see submissionKeyFor()
    quint32 revision = 1; ///< a re-export of the same period counts up, to kMaxRevision
    QByteArray layoutDigest; ///< MetricLayout::digest()
    Slots values; ///< plain values on the device; one share in a file part (2 per metric)
    Presence present; ///< per metric, the same in both parts
    /** Read from a file only: the signed binding bytes (the same in both parts) and the
     * device's signature over them. Two parts with equal bindings are the same export. */
    QByteArray binding;
    QByteArray deviceSignature;

    MetricVector vector() const { return { values, present }; }
};

/**
 * The Ed25519 key of a device's contribution for one period, derived from the device's secret
 * (keyed BLAKE2b of the school and the period as the seed). Its public key is the submission
 * id: the same period always gives the same id (so a re-export replaces), another period an
 * unrelated one (so periods cannot be linked), and only the device, which alone holds the
 * secret, can sign a contribution under it (so nobody else can replace it). Empty keys when
 * @p deviceSecret is not 32 bytes.
 */
crypto::KeyPair submissionKeyFor(
    QByteArrayView deviceSecret, const QString& schoolId, const QString& period);
/** submissionKeyFor().publicKey. */
QByteArray submissionIdFor(
    QByteArrayView deviceSecret, const QString& schoolId, const QString& period);

/**
 * The .kwbijdrage file for @p plain: its slots split into share_H, sealed to the profile's HR
 * key, and share_C, sealed to the custodian's, each with the presence bits and the binding the
 * device signs with its submission key (derived from @p deviceSecret; plain.submissionId is
 * set from it). The envelope's clear header names only the school, the profile version and the
 * period.
 */
[[nodiscard]] Result<QByteArray> writeContributionFile(const ContributionPart& plain,
    const SchoolProfile& profile, QByteArrayView deviceSecret, const RandomU64& random);

/** The clear header of a contribution file: school, profile version and period. */
[[nodiscard]] Result<ContributionPart> readContributionHeader(QByteArrayView file);

/**
 * Opens the part of a contribution file sealed to @p keys and checks it: the device's
 * signature over the binding under the submission id, the commitment to this party's share,
 * and that the part matches the clear header. With @p profile, the part must also be for that
 * school and version, follow its metric layout and name only its cohort ids. @p layout is the
 * profile's MetricLayout when the caller made it already (a receiver opening many files);
 * otherwise it is made here, for each file.
 */
[[nodiscard]] Result<ContributionPart> openContributionFile(QByteArrayView file, const KeySet& keys,
    const SchoolProfile* profile = nullptr, const MetricLayout* layout = nullptr);

/**
 * Parses an opened share (the bytes inside a seal) strictly, with the same signature and
 * commitment checks; @p layout (when given) fixes the number of slots and metrics.
 */
[[nodiscard]] Result<ContributionPart> readContributionShare(
    QByteArrayView bytes, const MetricLayout* layout = nullptr);

/**
 * Whether @p part follows @p profile: its school, version, layout, cohort ids and period.
 * @p layout: the profile's MetricLayout, when the caller has it; made here otherwise.
 */
[[nodiscard]] Status checkPartAgainst(const ContributionPart& part, const SchoolProfile& profile,
    const MetricLayout* layout = nullptr);

} // namespace kw::exchange
