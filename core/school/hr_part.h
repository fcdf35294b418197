#pragma once

#include "common/result.h"
#include "exchange/check_file.h"
#include "exchange/contribution_file.h"
#include "exchange/key_file.h"
#include "exchange/metric_layout.h"
#include "profile/school_profile.h"

#include <optional>

namespace kw::school {

/** What HR finds when it opens one of its parts: the part, or why it cannot be used. */
struct OpenedHrPart
{
    std::optional<exchange::ContributionPart> part; ///< when it opened and checked out
    exchange::Verdict verdict = exchange::Verdict::DoesNotOpen; ///< Valid exactly with a part
    Error error; ///< why not, in plain words
};

/**
 * Opens HR's part @p sealBytes (a serialised Seal) of a contribution to @p period with HR's
 * @p keys and checks it: its device signature and commitment (exchange::readContributionShare),
 * that it is HR's share of @p profile's school and period and that its group fits the profile.
 * The one check of an HR part, for the check before a release and for the release itself.
 */
OpenedHrPart openHrPart(const QByteArray& sealBytes, const exchange::KeySet& keys,
    const QString& period, const exchange::MetricLayout& layout, const SchoolProfile& profile);

/**
 * HR's answer to a check request (.kwcontrole) of @p profile's custodian: a verdict per part,
 * Valid only when the part opens, checks out and is exactly the id, revision and binding the
 * request lists for it. Nothing is stored; the answer is signed with HR's @p keys.
 */
[[nodiscard]] Result<exchange::CheckAnswer> answerCheckRequest(
    QByteArrayView file, const SchoolProfile& profile, const exchange::KeySet& keys);

} // namespace kw::school
