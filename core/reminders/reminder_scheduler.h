#pragma once

#include "common/clock.h"
#include "reminders/reminder_schedule.h"

#include <QObject>
#include <QTimer>

namespace kw {

/**
 * Fires due() at the next reminder moment of a setting. Time comes from the injected clock; the
 * timer only decides when to look again (at most every 15 minutes), so a sleeping laptop or a
 * clock change still gets its reminder, once, when it wakes.
 */
class ReminderScheduler : public QObject
{
    Q_OBJECT

public:
    ReminderScheduler(const Clock& clock, QObject* parent = nullptr);

    void setSetting(const ReminderSetting& setting);
    ReminderSetting setting() const { return m_setting; }
    /** The moment the next reminder is due, if any. */
    std::optional<QDateTime> next() const { return m_next; }

    /** Fires due() if the next moment has passed; called by the timer, and by tests. */
    void check();

signals:
    void due();

private:
    void plan(const QDateTime& from);

    const Clock& m_clock;
    ReminderSetting m_setting;
    std::optional<QDateTime> m_next;
    QTimer m_timer;
};

} // namespace kw
