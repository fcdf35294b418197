#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "conversation/conversation_file.h"
#include "conversation/teacher_preparation_builder.h"
#include "pop/goal.h"
#include "storage/database.h"

#include <QSet>

namespace kw {
class PopStore;
struct SchoolProfile;
} // namespace kw

namespace kw::conversation {

class TeacherConversationStore;

/** What the teacher answers to one agreement of a verslag. */
struct AgreementChoice
{
    QByteArray agreementId;
    bool agreed = false; ///< akkoord; else gezien (seen, not agreed)
    QString reaction; ///< optional
    /**
     * The kernwaarde of the new goal an accepted agreement becomes, when it names no goal that
     * still exists: the teacher's choice wins over the agreement's own; one of them is needed.
     */
    QString kernwaardeId;
};

/** One accepted agreement as a POP action: on an existing goal, or on a new one. */
struct PopStep
{
    QByteArray agreementId;
    qint64 goalId = 0; ///< an existing goal the agreement named; 0 for a new goal
    int newGoal = -1; ///< the index in PopPlan::newGoals when goalId is 0
    GoalAction action;
};

/** The POP changes a response makes, checked with pop_rules before anything is written. */
struct PopPlan
{
    QList<Goal> newGoals;
    QList<PopStep> steps;
};

/** What was written for one accepted agreement. */
struct PopChange
{
    QByteArray agreementId;
    qint64 goalId = 0;
    qint64 actionId = 0;
    bool newGoal = false;
};

/**
 * The goal_refs @p answered (a preparation) shared: those of its goals (SOURCE_GOAL) and of the
 * earlier agreements it brought back (SOURCE_AGREEMENT), both written by the teacher's device.
 */
QSet<std::string> sharedGoalRefs(const v1::Preparation& answered);
/** The POP goal @p agreement adds an action to: the goal its goal_ref names when @p shared (see
 * sharedGoalRefs()) holds it, else 0 (an akkoord then makes a new goal). The POP page and the
 * response decide this the same way, by this function. */
qint64 sharedGoalId(const v1::Agreement& agreement, const QSet<std::string>& shared);

/**
 * Plans what the agreements the teacher accepts (@p choices with agreed set) become, writing
 * nothing: an action (what, due) on the goal named by the agreement's goal_ref when the
 * preparation the verslag answers (@p answered) shared that goal (sharedGoalRefs()) and it
 * still exists; else on a new active goal of this school year (the agreement's goal title, or
 * what it says), with the teacher's kernwaarde or the agreement's. A goal_ref the preparation
 * did not share is never taken as an existing goal, so a leader can neither attach actions to a
 * goal the teacher kept to themselves nor learn from the outcome whether it exists. Agreements
 * naming the same missing goal share one new goal. Refused, naming the agreement, when a new
 * goal would have no kernwaarde of the school or breaks another POP rule.
 */
[[nodiscard]] Result<PopPlan> planPopActions(const v1::Verslag& verslag,
    const v1::Preparation& answered, const QList<AgreementChoice>& choices, PopStore& pop,
    const SchoolProfile& profile, QDate today);

/** Writes @p plan in the caller's transaction (goals, their kernwaarden, actions). */
[[nodiscard]] Result<QList<PopChange>> applyPopPlan(
    sql::Database& db, const PopPlan& plan, const Clock& clock);

/**
 * The agreements of the last closed conversation that the teacher accepted and whose POP
 * action is not done: they go to the terugblik of the next preparation.
 */
[[nodiscard]] Result<QList<OpenAgreement>> openAgreements(TeacherConversationStore& store);

} // namespace kw::conversation
