#pragma once

#include "common/result.h"
#include "exchange/check_file.h"
#include "exchange/key_file.h"
#include "hr/hr_store.h"

namespace kw::hr {

/**
 * HR answers the custodian's check request (.kwcontrole) against the profile version it names,
 * which must be stored: school::answerCheckRequest() opens and checks every part. Nothing is
 * stored; the caller writes the answer (exchange::writeCheckAnswer) and sends it back.
 */
[[nodiscard]] Result<exchange::CheckAnswer> answerCheckRequest(
    HrStore& store, const QByteArray& file, const exchange::KeySet& keys);

} // namespace kw::hr
