#pragma once

#include "exchange/contribution_file.h"
#include "exchange/key_file.h"
#include "profile/school_profile.h"
#include "school/release_maker.h"

#include <QByteArray>
#include <cstdint>
#include <functional>
#include <optional>

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

/** A metric's plain value for a made-up teacher; nothing when the teacher has none. */
using MetricValueOf = std::function<std::optional<std::uint64_t>(int metric)>;

/**
 * A teacher's plain contribution to @p profile for @p period in @p cohort, each metric's value
 * (and its square) from @p valueOf: what collectMetricValues() gives on a device.
 */
exchange::ContributionPart plainContribution(const SchoolProfile& profile, const QString& period,
    const exchange::Cohort& cohort, const MetricValueOf& valueOf);

/** The .kwbijdrage of @p plain, as the device with @p deviceSecret writes it. */
QByteArray contributionFile(const exchange::ContributionPart& plain, const SchoolProfile& profile,
    const QByteArray& deviceSecret);

/** A 32-byte device secret of its own for made-up teacher @p n. */
QByteArray deviceSecret(int n);

/** The custodian's view of a contribution file: its own part opened, HR's part kept sealed. */
school::KeptContribution keptByCustodian(
    const QByteArray& file, const exchange::KeySet& custodian, const SchoolProfile& profile);

} // namespace kw::test
