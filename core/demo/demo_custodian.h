#pragma once

#include "common/result.h"
#include "exchange/key_file.h"
#include "profile/school_profile.h"
#include "school/release_maker.h"

#include <QStringList>

namespace kw::demo {

/**
 * The simulated custodian receiving teachers' files: each contribution file in @p files opened
 * with @p custodian's keys against @p profile, kept as the custodian keeps it (its own part,
 * HR's part still sealed), the highest revision of each submission id only.
 *
 * TODO(custodian-inbox): this stands in for the custodian's database until
 * custodian::CustodianStore is merged: the simulation should then import the inbox folder
 * with custodian::importFiles(), release from what the store keeps of the period and record
 * each release in it (recordRelease) instead of keeping the earlier releases itself.
 */
[[nodiscard]] Result<QList<school::KeptContribution>> custodianReceives(
    const QStringList& files, const exchange::KeySet& custodian, const SchoolProfile& profile);

} // namespace kw::demo
