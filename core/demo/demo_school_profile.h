#pragma once

#include "common/result.h"
#include "demo/demo_staff.h"
#include "exchange/key_file.h"
#include "profile/school_profile.h"

#include <QDate>

namespace kw::demo {

/** The simulated school's two key holders, made fresh for each run. */
struct SchoolKeys
{
    exchange::KeySet hr;
    exchange::KeySet custodian;
};

/** New keys for HR and the custodian of the simulated school (never the demo keys). */
SchoolKeys createSchoolKeys();

/** Who the simulated school is: its profile's id and name. */
struct SchoolIdentity
{
    QString id;
    QString name;
};

/**
 * The simulated school's profile: the demo school's kernwaarden, instruments and pulse lists,
 * with @p identity's school id and name, @p staff's teams and roles with their staff counts, the
 * demo age bands, periods of two months, k = 10 for wellbeing and 5 for counts, valid for a
 * year from @p today, and @p keys as its key holders.
 */
SchoolProfile simulatedSchoolProfile(const SchoolIdentity& identity, const SimulatedStaff& staff,
    const SchoolKeys& keys, QDate today);

/** The profile file as a teacher receives it: signed by HR, then co-signed by the custodian. */
[[nodiscard]] Result<QByteArray> coSignedProfileFile(
    const SchoolProfile& profile, const SchoolKeys& keys);

} // namespace kw::demo
