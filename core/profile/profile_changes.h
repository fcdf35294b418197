#pragma once

#include "profile/school_profile.h"

#include <QList>
#include <QString>

namespace kw {

/** One difference between two versions of a school's profile, in plain words. */
struct ProfileChange
{
    /**
     * The part it is about: "school", "kernwaarden", "themes", "teams", "roles", "contextTags",
     * "ageBands", "rules", "wellbeing", "supportContacts", "hoursPolicy", "validUntil", "hr",
     * "custodian", "handovers", "leaders".
     */
    QString area;
    QString text; ///< translated, one sentence ("Teams: \"Onderbouw\" now has 15 staff (was 14).")
};

/**
 * What changes from @p before to @p after, in profile order, so the custodian sees what they
 * sign again (and HR what it is about to sign). Items are matched by id: a new name under the
 * same id is a rename. The version number itself is not a change. Empty: the same profile.
 */
QList<ProfileChange> profileChanges(const SchoolProfile& before, const SchoolProfile& after);

/**
 * The leaders listed (by id) in both whose signing or sealing key changes, one line per key
 * with the new and the old fingerprint: what profileChanges() says about their keys. A teacher
 * is shown these when a new profile is installed (exchange::ProfileImport).
 */
QList<ProfileChange> leaderKeyChanges(const SchoolProfile& before, const SchoolProfile& after);

} // namespace kw
