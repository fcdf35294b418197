#pragma once

#include "exchange/key_file.h"

namespace kw::exchange {

/**
 * The demo school's key holders. Their keys are derived from fixed, published seeds, so anyone
 * can open the demo school's contributions: never use them for a real school.
 */
KeySet demoSchoolKeys();
KeySet demoCustodianKeys();

/**
 * @p demo (the demo school's profile) as a file signed by both demo key holders, valid until the
 * end of the school year after the one @p today is in.
 */
[[nodiscard]] Result<QByteArray> demoProfileFile(const SchoolProfile& demo, QDate today);

/**
 * Whether @p profile names any of the demo key holders' published keys (for HR or the
 * custodian, signing or sealing), whatever it calls itself: anyone can make those keys, so no
 * real journal shares with such a profile.
 */
bool isDemoProfile(const SchoolProfile& profile);

} // namespace kw::exchange
