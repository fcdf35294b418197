#include "reminders/backup_reminder.h"

#include <algorithm>

namespace kw {

bool backupReminderDue(QDate today, QDate lastBackup, QDate countingFrom)
{
    if (!countingFrom.isValid())
        return false;
    const QDate since = lastBackup.isValid() ? std::max(lastBackup, countingFrom) : countingFrom;
    return since.daysTo(today) >= kBackupReminderDays;
}

} // namespace kw
