#pragma once

#include "pop/goal.h"
#include "pop/hours_ledger.h"

#include <QJsonObject>

namespace kw::cli {

/** POP and hours values as `kernwijzer-cli pop … --json` prints them: stable names, ISO dates,
 * hours as numbers of hours. */
QJsonObject toJson(const Goal& goal, const GoalProgress& progress, const QList<qint64>& evidence);
QJsonObject toJson(const GoalAction& action);
QJsonObject toJson(const HoursEntry& entry);
QJsonObject toJson(const HoursYearSummary& year);
QJsonObject toJson(const TeacherSettings& teacher);

} // namespace kw::cli
