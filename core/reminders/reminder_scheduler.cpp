#include "reminders/reminder_scheduler.h"

namespace kw {

namespace {
constexpr qint64 maxWaitMs = 15 * 60 * 1000;
}

ReminderScheduler::ReminderScheduler(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ReminderScheduler::check);
}

void ReminderScheduler::setSetting(const ReminderSetting& setting)
{
    m_setting = setting;
    plan(m_clock.now());
}

void ReminderScheduler::check()
{
    const QDateTime now = m_clock.now();
    if (m_next && *m_next <= now) {
        emit due();
        plan(now);
        return;
    }
    plan(m_next ? m_next->addSecs(-1) : now); // keep the same target, re-arm the timer
}

void ReminderScheduler::plan(const QDateTime& from)
{
    m_next = nextReminder(m_setting, from);
    m_timer.stop();
    if (!m_next)
        return;
    const qint64 wait = m_clock.now().msecsTo(*m_next);
    m_timer.start(int(std::clamp<qint64>(wait, 0, maxWaitMs)));
}

} // namespace kw
