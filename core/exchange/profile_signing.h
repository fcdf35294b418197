#pragma once

#include "common/result.h"
#include "exchange/key_file.h"
#include "profile/school_profile.h"

namespace kw::exchange {

/**
 * The custodian as HR's profile names them: the name and keys of @p custodianKey (their public
 * key file), its role or, when the key names none, @p named's, and @p named's contact (where
 * teachers send their files). Refused for a key file of another party.
 */
[[nodiscard]] Result<KeyHolder> custodianHolder(const KeySet& custodianKey, const KeyHolder& named);

/**
 * Lists the holder of @p leaderKey (a leader's public key file) among @p draft's leaders: new
 * keys for the leader of the same name, else a new leader with no team yet. Returns the row.
 * Refused for a key file of another party or keys the profile already names.
 */
[[nodiscard]] Result<int> addLeaderKey(SchoolProfile& draft, const KeySet& leaderKey);

/**
 * HR signs @p draft: the profile names @p hr's keys for the school, keeps its custodian and
 * handovers, and is checked in full (createProfileFile()). Returns the .kwprofiel with HR's
 * signature, for the custodian to co-sign.
 */
[[nodiscard]] Result<QByteArray> signDraft(SchoolProfile draft, const KeySet& hr);

} // namespace kw::exchange
