// When check-in reminders fire: the schedule (pure) and the scheduler (driven by a fixed clock).
#include "reminders/backup_reminder.h"
#include "reminders/reminder_scheduler.h"

#include <QSignalSpy>
#include <QTest>

using namespace kw;

namespace {

QDateTime at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

ReminderSetting weekly(int dayOfWeek, QTime time, int everyWeeks = 1)
{
    ReminderSetting s;
    s.enabled = true;
    s.dayOfWeek = dayOfWeek;
    s.time = time;
    s.everyWeeks = everyWeeks;
    return s;
}

} // namespace

class TstReminders : public QObject
{
    Q_OBJECT

private slots:
    void nextReminder_data()
    {
        QTest::addColumn<ReminderSetting>("setting");
        QTest::addColumn<QDateTime>("after");
        QTest::addColumn<QDateTime>("expected");
        // 2026-11-20 is a Friday (day 5), ISO week 47.
        const ReminderSetting friday = weekly(5, QTime(15, 30));
        QTest::newRow("later today")
            << friday << at("2026-11-20T09:00:00") << at("2026-11-20T15:30:00");
        QTest::newRow("exactly then: next week")
            << friday << at("2026-11-20T15:30:00") << at("2026-11-27T15:30:00");
        QTest::newRow("earlier in the week")
            << friday << at("2026-11-16T08:00:00") << at("2026-11-20T15:30:00");
        QTest::newRow("after it, on Sunday")
            << friday << at("2026-11-22T20:00:00") << at("2026-11-27T15:30:00");
        QTest::newRow("Monday morning")
            << weekly(1, QTime(7, 45)) << at("2026-11-20T10:00:00") << at("2026-11-23T07:45:00");
        // Fortnightly: even ISO weeks only; week 47 is odd, week 48 even.
        const ReminderSetting fortnight = weekly(5, QTime(15, 30), 2);
        QTest::newRow("fortnight skips odd week")
            << fortnight << at("2026-11-20T09:00:00") << at("2026-11-27T15:30:00");
        QTest::newRow("fortnight in even week")
            << fortnight << at("2026-11-23T09:00:00") << at("2026-11-27T15:30:00");
        QTest::newRow("fortnight after it")
            << fortnight << at("2026-11-27T16:00:00") << at("2026-12-11T15:30:00");
        // Summer time ends on 25 October 2026 in Europe/Amsterdam: still 15:30 local.
        QTest::newRow("across the clock change")
            << weekly(1, QTime(15, 30)) << at("2026-10-23T12:00:00") << at("2026-10-26T15:30:00");
    }

    void nextReminder()
    {
        QFETCH(ReminderSetting, setting);
        QFETCH(QDateTime, after);
        QFETCH(QDateTime, expected);
        const auto next = kw::nextReminder(setting, after);
        QVERIFY(next.has_value());
        QCOMPARE(*next, expected);
        QCOMPARE(next->time(), setting.time);
    }

    void disabledNeverFires()
    {
        ReminderSetting off = weekly(5, QTime(15, 30));
        off.enabled = false;
        QVERIFY(!kw::nextReminder(off, at("2026-11-20T09:00:00")).has_value());
    }

    void settingSurvivesJsonAndRejectsNonsense()
    {
        const ReminderSetting s = weekly(3, QTime(12, 5), 2);
        QCOMPARE(ReminderSetting::fromJson(s.toJson()), s);
        QJsonObject broken = s.toJson();
        broken.insert(QStringLiteral("dayOfWeek"), 9);
        QVERIFY(!ReminderSetting::fromJson(broken).enabled);
        broken = s.toJson();
        broken.insert(QStringLiteral("time"), QStringLiteral("25:99"));
        QVERIFY(!ReminderSetting::fromJson(broken).enabled);
    }

    void schedulerFiresOnceWhenDueThenPlansNextWeek()
    {
        FixedClock clock(at("2026-11-20T09:00:00"));
        ReminderScheduler scheduler(clock);
        QSignalSpy due(&scheduler, &ReminderScheduler::due);
        scheduler.setSetting(weekly(5, QTime(15, 30)));
        QCOMPARE(scheduler.next(), at("2026-11-20T15:30:00"));

        scheduler.check();
        QCOMPARE(due.count(), 0);

        clock.set(at("2026-11-20T15:31:00")); // e.g. the laptop woke up a minute late
        scheduler.check();
        QCOMPARE(due.count(), 1);
        QCOMPARE(scheduler.next(), at("2026-11-27T15:30:00"));

        scheduler.check();
        QCOMPARE(due.count(), 1);
    }

    void backupReminderWaitsAMonthFromTheLaterOfBackupAndCounting()
    {
        const QDate start(2026, 10, 1);
        // Nothing worth keeping seen yet: never.
        QVERIFY(!kw::backupReminderDue(start.addDays(400), {}, {}));
        // Counting from the first entry: 29 days is not yet, 30 is.
        QVERIFY(!kw::backupReminderDue(start.addDays(29), {}, start));
        QVERIFY(kw::backupReminderDue(start.addDays(30), {}, start));
        // A backup after the counting day moves the month on.
        QVERIFY(!kw::backupReminderDue(start.addDays(40), start.addDays(20), start));
        QVERIFY(kw::backupReminderDue(start.addDays(50), start.addDays(20), start));
        // A reminder given (counting day moved) after an old backup: a month from the reminder.
        QVERIFY(!kw::backupReminderDue(start.addDays(70), start, start.addDays(50)));
        QVERIFY(kw::backupReminderDue(start.addDays(80), start, start.addDays(50)));
    }

    void schedulerTurnedOffForgetsTheNextMoment()
    {
        FixedClock clock(at("2026-11-20T09:00:00"));
        ReminderScheduler scheduler(clock);
        QSignalSpy due(&scheduler, &ReminderScheduler::due);
        scheduler.setSetting(weekly(5, QTime(15, 30)));
        scheduler.setSetting(ReminderSetting {});
        QVERIFY(!scheduler.next().has_value());
        clock.set(at("2026-11-21T09:00:00"));
        scheduler.check();
        QCOMPARE(due.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TstReminders)
#include "tst_reminders.moc"
