#pragma once

#include "exchange/key_file.h"

namespace kw::exchange {

/**
 * The demo school's key holders. Their keys are derived from fixed, published seeds, so anyone
 * can open the demo school's contributions: never use them for a real school.
 */
KeySet demoSchoolKeys();
KeySet demoCustodianKeys();

/** @p demo (the demo school's profile) as a file signed by both demo key holders. */
[[nodiscard]] Result<QByteArray> demoProfileFile(const SchoolProfile& demo);

} // namespace kw::exchange
