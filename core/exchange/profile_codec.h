#pragma once

#include "common/result.h"
#include "kernwijzer/v1/profile.pb.h"
#include "profile/school_profile.h"

namespace kw::exchange {

/** The profile as its protobuf message: every field, in the order the school gave. */
::kernwijzer::v1::SchoolProfile toProto(const SchoolProfile& profile);
/** One key holder as the profile names it, with the proof of its box key. */
::kernwijzer::v1::KeyHolder toProto(const KeyHolder& holder);

/**
 * The profile from its message, checked by SchoolProfile::validate() plus the exchange's own
 * rules (both key holders named, keys of the right length, a valid-until day when given).
 */
[[nodiscard]] Result<SchoolProfile> fromProto(const ::kernwijzer::v1::SchoolProfile& message);

} // namespace kw::exchange
