#pragma once

#include <QDate>

namespace kw {

/** How long a journal goes without a backup before the app reminds, gently, once. */
inline constexpr int kBackupReminderDays = 30;

/**
 * Whether to remind the teacher of a backup on @p today: @p kBackupReminderDays have passed since
 * the later of @p lastBackup (invalid: never) and @p countingFrom, the day the app last reminded
 * or, before any reminder, first saw something in the journal worth keeping (invalid: not yet,
 * so no reminder).
 */
bool backupReminderDue(QDate today, QDate lastBackup, QDate countingFrom);

} // namespace kw
