#include "demo/demo_teacher.h"

#include "demo/demo_checkins.h"
#include "demo/demo_journal.h"
#include "demo/demo_pop.h"
#include "teacher/teacher_session.h"

namespace kw {

Result<DemoTeacherCounts> seedDemoTeacher(
    TeacherSession& session, const DemoTeacherOptions& options)
{
    // InvalidInput: the journal has a school's own profile, which the demo school never replaces.
    if (auto file = session.installDemoSchool();
        !file && file.error().code != Error::Code::InvalidInput)
        return file.error();
    auto existing = session.journal().count({});
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return DemoTeacherCounts {};

    const QDate today = session.clock().today();
    DemoTeacherCounts counts;
    auto ids = session.journal().addAll(
        demoReflections(session.profile(), options.reflections, today, 365, options.seed));
    if (!ids)
        return ids.error();
    counts.reflections = int(ids->size());
    for (const CheckinInput& checkin :
        demoCheckins(session.profile(), today, options.checkinWeeks, options.seed)) {
        if (auto saved = session.checkins().add(checkin); !saved)
            return saved.error();
        ++counts.checkins;
    }
    if (Status s = writeDemoPop(session.journal(), session.pop(), session.hours()); !s)
        return s.error();
    auto goals = session.pop().goals();
    if (!goals)
        return goals.error();
    counts.goals = int(goals->size());
    return counts;
}

} // namespace kw
