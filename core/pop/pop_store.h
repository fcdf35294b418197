#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "journal/reflection.h"
#include "pop/goal.h"
#include "profile/school_profile.h"
#include "storage/database.h"

#include <QList>
#include <optional>

namespace kw {

/** Which goals to list; empty fields match everything. Ordered by school year, then id. */
struct GoalQuery
{
    std::optional<int> schoolYear;
    QList<GoalStatus> statuses;
};

/** Whether removing a goal may go ahead when reflections are linked to it as evidence. */
enum class RemoveMode {
    RefuseWithEvidence, ///< refuse, saying how many reflections are linked
    EvenWithEvidence, ///< the caller confirmed: remove the goal and its links, keep reflections
};

/**
 * The teacher's POP in the journal database: goals, their actions and the reflections that
 * evidence them. Every write validates first and runs in one transaction. Reflections removed
 * from the journal (not yet purged) are never shown or counted as evidence.
 */
class PopStore
{
public:
    PopStore(sql::Database& db, const SchoolProfile& profile, const Clock& clock);

    /** Saves a new goal; a schoolYear of 0 becomes the current school year. */
    [[nodiscard]] Result<qint64> addGoal(const Goal& goal);
    [[nodiscard]] Status updateGoal(const Goal& goal);
    [[nodiscard]] Status setStatus(qint64 goalId, GoalStatus status);
    [[nodiscard]] Result<Goal> goal(qint64 id);
    [[nodiscard]] Result<QList<Goal>> goals(const GoalQuery& query = {});
    /**
     * Removes a goal with its actions and evidence links; reflections are never removed. With
     * RefuseWithEvidence a goal that has evidence is kept and the error says how many
     * reflections are linked.
     */
    [[nodiscard]] Status removeGoal(qint64 id, RemoveMode mode = RemoveMode::RefuseWithEvidence);

    [[nodiscard]] Result<qint64> addAction(const GoalAction& action);
    [[nodiscard]] Status updateAction(const GoalAction& action);
    [[nodiscard]] Status setActionDone(qint64 actionId, bool done);
    [[nodiscard]] Status removeAction(qint64 actionId);
    [[nodiscard]] Result<QList<GoalAction>> actions(qint64 goalId);

    /** Links a reflection to a goal as evidence; linking twice is harmless. */
    [[nodiscard]] Status linkEvidence(qint64 goalId, qint64 reflectionId);
    [[nodiscard]] Status unlinkEvidence(qint64 goalId, qint64 reflectionId);
    /** The reflections evidencing a goal, oldest day first. */
    [[nodiscard]] Result<QList<Reflection>> evidence(qint64 goalId);
    /** The goals a reflection evidences (the other side of the link). */
    [[nodiscard]] Result<QList<Goal>> goalsForReflection(qint64 reflectionId);

    [[nodiscard]] Result<GoalProgress> progress(qint64 goalId);

private:
    Status requireGoal(qint64 goalId);
    Result<QList<Goal>> fetchGoals(const QString& whereOrder, const QList<sql::Param>& params);
    Status writeValues(qint64 goalId, const QStringList& valueIds);
    Result<int> evidenceCount(qint64 goalId);

    sql::Database& m_db;
    const SchoolProfile& m_profile;
    const Clock& m_clock;
};

} // namespace kw
