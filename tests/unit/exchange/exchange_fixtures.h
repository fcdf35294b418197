#pragma once

#include "exchange/key_file.h"
#include "profile/school_profile.h"

#include <QByteArray>

/** Keys and profile files for the exchange tests: seeded, so every run uses the same keys. */
namespace kw::test {

exchange::KeySet schoolKeys(const char* seed = "school");
exchange::KeySet custodianKeys(const char* seed = "custodian");

/** The demo school's profile with the given key holders, version and end date. */
SchoolProfile signedProfileFor(const exchange::KeySet& school, const exchange::KeySet& custodian,
    int version = 3, QDate validUntil = QDate(2027, 7, 31));

/**
 * @p profile signed by both, made by hand as an attacker would, without createProfileFile()'s
 * checks (for profiles it refuses to make).
 */
QByteArray handSignedFile(const SchoolProfile& profile, const exchange::KeySet& school,
    const exchange::KeySet& custodian);

/** A profile file signed by HR, then co-signed by the custodian. */
QByteArray coSignedFile(const SchoolProfile& profile, const exchange::KeySet& school,
    const exchange::KeySet& custodian);

} // namespace kw::test
