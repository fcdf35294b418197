#include "pop/pop_year.h"

#include "pop/hours_store.h"
#include "pop/pop_store.h"

namespace kw {

Result<PopYear> loadPopYear(
    sql::Database& db, const SchoolProfile& profile, const Clock& clock, int schoolYear)
{
    // A deferred transaction: the reads see one snapshot, even while the app writes elsewhere.
    if (Status s = db.exec("BEGIN"); !s)
        return s.error();
    struct EndRead
    {
        sql::Database& db;
        ~EndRead() { (void)db.exec("COMMIT"); }
    } endRead { db };

    PopStore pop(db, profile, clock);
    HoursStore hours(db, profile, clock);
    PopYear year;
    year.schoolYear = schoolYear;
    GoalQuery query;
    query.schoolYear = schoolYear;
    auto goals = pop.goals(query);
    if (!goals)
        return goals.error();
    for (const Goal& g : *goals) {
        PopGoalDetail detail { g, {}, {}, {} };
        auto actions = pop.actions(g.id);
        auto evidence = pop.evidence(g.id);
        auto progress = pop.progress(g.id);
        for (const Error* e : { actions ? nullptr : &actions.error(),
                 evidence ? nullptr : &evidence.error(), progress ? nullptr : &progress.error() }) {
            if (e)
                return *e;
        }
        detail.actions = *actions;
        detail.evidence = *evidence;
        detail.progress = *progress;
        year.goals << detail;
    }
    auto entries = hours.entries(schoolYear);
    if (!entries)
        return entries.error();
    year.hoursEntries = *entries;
    auto summary = hours.summary(schoolYear);
    if (!summary)
        return summary.error();
    year.hours = *summary;
    auto teacher = hours.settings();
    if (!teacher)
        return teacher.error();
    year.teacher = *teacher;
    return year;
}

} // namespace kw
