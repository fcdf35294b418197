#pragma once

#include "common/result.h"
#include "custodian/custodian_store.h"
#include "exchange/custodian_handover.h"
#include "exchange/key_file.h"
#include "exchange/profile_file.h"
#include "profile/profile_changes.h"

#include <optional>

namespace kw::custodian {

/** What the custodian reads before co-signing a profile HR made. */
struct CoSignReview
{
    exchange::ProfileFile file; ///< the profile and which signatures it carries
    /** The highest version this custodian co-signed before; nothing for a first profile. */
    std::optional<SchoolProfile> before;
    QList<ProfileChange> changes; ///< since @c before; empty for a first profile
    QList<exchange::CustodianHandover> handovers; ///< the ones the profile carries, oldest first
    /** This very version is co-signed already, with the same content: signing changes nothing. */
    bool alreadyStored = false;
    /** Why this custodian cannot co-sign it, in plain words; empty: they can. */
    QString refusal;
};

/**
 * Reads @p file as HR hands it to the custodian and says what co-signing it means: against the
 * profiles @p store holds (the school, the version signed before and what changed since) and
 * for the custodian whose public signing key is @p yourSignKey (empty while their key is
 * locked: that check then waits for coSignProfile()). A file that does not read, or whose
 * signature does not check out, is an error; one that reads but cannot be co-signed (not signed
 * by HR, another custodian, another school, an older or reused version, run out) has a refusal.
 */
/**
 * Why the custodian with @p yourSignKey may not co-sign @p file, in words; empty when they may.
 * @p current is the highest version they co-signed before (nothing for a first profile), and
 * @p alreadyStored says @p file is that same profile. Refused: a profile HR has not signed, one
 * naming another custodian, one past its end date, another school's, an older version, and the
 * same version with other content.
 */
QString coSignRefusal(const exchange::ProfileFile& file,
    const std::optional<SchoolProfile>& current, bool alreadyStored, QByteArrayView yourSignKey,
    QDate today);

[[nodiscard]] Result<CoSignReview> reviewForCoSign(
    CustodianStore& store, QByteArrayView file, QByteArrayView yourSignKey);

/**
 * Co-signs @p file with the custodian's unlocked @p keys and adds it to @p store (as
 * `import --profile` does); returns the co-signed file, for HR and the teachers. Refused, and
 * nothing stored, for whatever reviewForCoSign() refuses.
 */
[[nodiscard]] Result<QByteArray> coSignProfile(
    CustodianStore& store, QByteArrayView file, const exchange::KeySet& keys);

} // namespace kw::custodian
