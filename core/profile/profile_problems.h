#pragma once

#include "profile/school_profile.h"

#include <QList>
#include <QString>

namespace kw {

/**
 * One rule a profile breaks, and the part of the profile it belongs to, so a form can show the
 * message beside the field that holds the mistake.
 */
struct ProfileProblem
{
    /**
     * "school", "kernwaarden", "themes", "teams", "roles", "contextTags", "ageBands",
     * "periodMonths", "minGroupWellbeing", "minGroupCounts", "wellbeing", "supportContacts",
     * "hoursPolicy", "leaders"; profile_draft.h adds "validUntil", "custodian" and "keys".
     */
    QString field;
    QString message; ///< translated; names what is wrong and, where it helps, how to fix it
};

/**
 * Every rule of SchoolProfile::validate(), each part checked on its own: at most one problem per
 * field, in the order validate() checks them (validate() reports the first). Empty: valid.
 */
QList<ProfileProblem> profileProblems(const SchoolProfile& profile);

/** The smallest k a profile may set, for wellbeing and for counts alike. */
inline constexpr int kMinGroupFloor = 5;

/** The period lengths a profile may choose, in months. */
QList<int> allowedPeriodMonths();

} // namespace kw
