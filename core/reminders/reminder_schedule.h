#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QTime>
#include <optional>

namespace kw {

/** When the teacher wants to be reminded of a check-in: a weekday and a time, or not at all. */
struct ReminderSetting
{
    bool enabled = false;
    int dayOfWeek = 5; ///< 1 = Monday … 7 = Sunday (Qt's numbering)
    QTime time { 15, 30 }; ///< local time
    int everyWeeks = 1; ///< 2 for a fortnightly instrument (WHO-5)

    bool operator==(const ReminderSetting&) const = default;

    QJsonObject toJson() const;
    /** Reads what toJson() wrote; anything unreadable gives a disabled default. */
    static ReminderSetting fromJson(const QJsonObject& json);
};

/**
 * The first reminder moment strictly after @p after, in local time, or nothing when reminders are
 * off. A fortnightly reminder falls in even ISO weeks, so it always lands in the same weeks.
 */
std::optional<QDateTime> nextReminder(const ReminderSetting& setting, const QDateTime& after);

} // namespace kw
