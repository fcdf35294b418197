#pragma once

#include "profile/school_profile.h"

#include <QString>

namespace kw::exchange {

/**
 * The code a teacher checks on the first install of a school's profile: six groups of four
 * digits ("0417-2291-…", about 80 bits), a hash of the school id and both key holders' public
 * keys. HR and the custodian publish it together through a channel HR does not control alone
 * (the MR's newsletter, a poster in the staff room); a profile whose keys were swapped by
 * either of them has another code. It does not change with the profile's version, only with
 * the keys.
 */
QString verificationCode(const SchoolProfile& profile);

/** Whether @p typed is @p profile's code; spaces, dashes and dots between digits are ignored. */
bool matchesVerificationCode(const SchoolProfile& profile, const QString& typed);

} // namespace kw::exchange
