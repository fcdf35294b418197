#pragma once

#include "common/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <optional>

namespace kw {

struct SchoolProfile;

enum class GoalStatus { Idee, Actief, Afgerond, Losgelaten };

/** The stored id of a status ("idee", "actief", "afgerond", "losgelaten"). */
QString goalStatusId(GoalStatus status);
std::optional<GoalStatus> goalStatusFromId(const QString& id);
/** The name shown to the teacher (translated; Dutch: Idee, Actief, Afgerond, Losgelaten). */
QString goalStatusName(GoalStatus status);
QList<GoalStatus> allGoalStatuses();

/** A POP goal: what the teacher wants to grow in, and why. */
struct Goal
{
    qint64 id = 0; ///< 0 until saved
    QString title; ///< required
    QStringList valueIds; ///< why: one or more kernwaarde ids from the profile
    QString themeId; ///< why: a school theme id from the profile, or empty
    QString successCriteria; ///< "how will I know", free text, optional
    QDate targetDate; ///< optional; not before the school year starts
    GoalStatus status = GoalStatus::Idee;
    int schoolYear = 0; ///< 2026 for 2026-2027 (see school_year.h); 0: the current one
    QDateTime created;
    QDateTime edited;
};

/** A step towards a goal. */
struct GoalAction
{
    qint64 id = 0;
    qint64 goalId = 0;
    QString title; ///< required
    QDate due; ///< optional
    bool done = false;
};

/** How far a goal has come: shown on the goal. */
struct GoalProgress
{
    int actionsDone = 0;
    int actionsTotal = 0;
    int evidenceCount = 0; ///< linked reflections still in the journal
    bool operator==(const GoalProgress&) const = default;
};

namespace pop_rules {
inline constexpr int maxTitleLength = 200;
inline constexpr int maxCriteriaLength = 2000;

/** The one check every goal passes before it is stored; the first broken rule wins. */
[[nodiscard]] Status validate(const Goal& goal, const SchoolProfile& profile);
[[nodiscard]] Status validate(const GoalAction& action);
} // namespace pop_rules

} // namespace kw
