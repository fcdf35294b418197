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
 * Whether @p profile is signed with the demo school's published HR key, whatever it calls
 * itself: anyone can open what is shared with it, so no real journal exports to it.
 */
bool isDemoProfile(const SchoolProfile& profile);

} // namespace kw::exchange
