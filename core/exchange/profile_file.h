#pragma once

#include "common/result.h"
#include "exchange/key_file.h"
#include "profile/school_profile.h"

#include <QDate>

namespace kw::exchange {

/** A decoded .kwprofiel: the profile and which of its two signatures it carries. */
struct ProfileFile
{
    SchoolProfile profile;
    bool schoolSigned = false; ///< a valid signature by the profile's own HR key
    bool custodianSigned = false; ///< a valid signature by the profile's own custodian key
    bool complete() const { return schoolSigned && custodianSigned; }
};

/** A new profile file signed by HR; @p school must be the key holder the profile names. */
[[nodiscard]] Result<QByteArray> createProfileFile(
    const SchoolProfile& profile, const KeySet& school);

/**
 * Adds the signature of @p signer (the custodian, or HR again) to a profile file, over the exact
 * payload bytes already in it. @p signer must be the key holder the profile names for its party.
 */
[[nodiscard]] Result<QByteArray> signProfileFile(QByteArrayView file, const KeySet& signer);

/**
 * Decodes a profile file and checks every signature it carries; a signature that does not
 * verify, or is made with another key than the profile names, makes the whole file Untrusted.
 * A missing signature is reported in the result, not as an error: see verifyProfileFile().
 * With @p pinnedSchoolKey (the HR key a device accepted before), a file without a valid HR
 * signature by that key is refused before its payload is parsed.
 */
[[nodiscard]] Result<ProfileFile> readProfileFile(
    QByteArrayView file, QByteArrayView pinnedSchoolKey = {});

/**
 * What a teacher's device accepts: readProfileFile() plus both signatures present and
 * @p today not after the profile's valid-until day.
 */
[[nodiscard]] Result<SchoolProfile> verifyProfileFile(
    QByteArrayView file, QDate today, QByteArrayView pinnedSchoolKey = {});

} // namespace kw::exchange
