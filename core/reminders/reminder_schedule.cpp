#include "reminders/reminder_schedule.h"

namespace kw {

QJsonObject ReminderSetting::toJson() const
{
    return { { QStringLiteral("enabled"), enabled }, { QStringLiteral("dayOfWeek"), dayOfWeek },
        { QStringLiteral("time"), time.toString(QStringLiteral("HH:mm")) },
        { QStringLiteral("everyWeeks"), everyWeeks } };
}

ReminderSetting ReminderSetting::fromJson(const QJsonObject& json)
{
    ReminderSetting s;
    const QTime time
        = QTime::fromString(json.value(QStringLiteral("time")).toString(), QStringLiteral("HH:mm"));
    const int day = json.value(QStringLiteral("dayOfWeek")).toInt();
    const int every = json.value(QStringLiteral("everyWeeks")).toInt(1);
    if (!time.isValid() || day < 1 || day > 7 || (every != 1 && every != 2))
        return s;
    s.enabled = json.value(QStringLiteral("enabled")).toBool();
    s.dayOfWeek = day;
    s.time = time;
    s.everyWeeks = every;
    return s;
}

std::optional<QDateTime> nextReminder(const ReminderSetting& setting, const QDateTime& after)
{
    if (!setting.enabled || !setting.time.isValid())
        return std::nullopt;
    const QDateTime local = after.toLocalTime();
    QDate day = local.date().addDays((setting.dayOfWeek - local.date().dayOfWeek() + 7) % 7);
    // At most three candidates: this week's day (if still ahead), then one or two weeks later.
    for (int i = 0; i < 3; ++i, day = day.addDays(7)) {
        const QDateTime at(day, setting.time, Qt::LocalTime);
        if (at <= local)
            continue;
        if (setting.everyWeeks == 2 && day.weekNumber() % 2 != 0)
            continue;
        return at;
    }
    return std::nullopt; // not reached: two consecutive weeks always hold an even one
}

} // namespace kw
