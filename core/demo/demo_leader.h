#pragma once

#include "common/result.h"
#include "demo/demo_school_teacher.h"
#include "demo/demo_staff.h"
#include "exchange/key_file.h"
#include "profile/school_profile.h"

#include <QDate>

// The simulated school's team leader (demo_school.h): a leader key listed in the co-signed
// profile, and a leader's database with waarderingsgesprekken in each state, made by the real
// teacher code (TeacherConversations on simulated teachers' journals) and the real LeaderStore.

namespace kw::demo {

/** A new key for the simulated school's team leader (never a demo key). */
exchange::KeySet createLeaderKeys();

/**
 * Lists @p leader in @p profile (before it is signed) for up to two of its teams, the first ones
 * that are not the small team of vakleerkrachten; refused when the profile has no such team.
 */
[[nodiscard]] Status listDemoLeader(SchoolProfile& profile, const exchange::KeySet& leader);

/** What writeDemoLeader() made. */
struct DemoLeaderSummary
{
    int teachers = 0; ///< in the leader's database
    int conversations = 0; ///< one prepared, one held, one closed (fewer in a tiny school)
};

/**
 * The leader's database at @p path (leider.sqlite) for @p setting's school, whose profile lists
 * @p leader (listDemoLeader()): the profile installed, five teachers of the leader's teams, and
 * one conversation in each state, relative to @p today. Each one is prepared in a simulated
 * teacher's journal (a reflection and a POP goal of their own, chosen for the conversation, and
 * points per part) and imported by the leader: the closed one about a month ago (notes,
 * agreements, the verslag imported by the teacher, one agreement akkoord and one gezien, the
 * response imported), the held one last week (notes, agreements, the verslag), the prepared one
 * for a few days ahead (the leader's own points so far). The other teachers are added by hand,
 * as a leader does before their first preparation. Call it after the teachers' journals exist.
 */
[[nodiscard]] Result<DemoLeaderSummary> writeDemoLeader(const QString& path,
    const exchange::KeySet& leader, const SchoolSetting& setting, const SimulatedStaff& staff,
    QDate today);

} // namespace kw::demo
