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

/** Whether @p profile is the demo school's: all four of its keys are the demo key holders'. */
bool isDemoProfile(const SchoolProfile& profile);

/**
 * Whether @p profile names any of the demo key holders' published keys (for HR or the
 * custodian, signing or sealing), whatever it calls itself: anyone can make those keys, so no
 * such profile is ever imported, and no real journal shares with one.
 */
bool namesDemoKey(const SchoolProfile& profile);
/** Whether @p key is one of the demo key holders' four public keys. */
bool isDemoKey(QByteArrayView key);
/** The refusal of a profile that names a demo key but is not the demo school. */
Error usesDemoKeys();

} // namespace kw::exchange
