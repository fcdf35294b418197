// The check-in reminder as the settings page drives it: kept in the journal, shown through the
// platform's notifier when due, and never carrying anything the teacher wrote.
#include "app_journal.h"
#include "notifier.h"
#include "services/reminder_service.h"

#include <QSignalSpy>
#include <QTest>

using namespace kw;

namespace {

class UnavailableNotifier final : public platform::Notifier
{
public:
    bool available() const override { return false; }
    bool notify(const QString&, const QString&) override { return false; }
};

} // namespace

class TstReminderService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useTestEnvironment(); }

    void choiceIsKeptInTheJournalAcrossARestart()
    {
        test::AppJournal journal; // Friday 2026-11-20 10:00
        platform::RecordingNotifier notifier;
        {
            ReminderService reminders(journal.service(), notifier);
            QVERIFY(!reminders.enabled());
            reminders.setDayOfWeek(1);
            reminders.setTime(QStringLiteral("07:45"));
            reminders.setEnabled(true);
            QVERIFY(reminders.error().isEmpty());
        }
        journal.reopen();
        ReminderService again(journal.service(), notifier);
        QVERIFY(again.enabled());
        QCOMPARE(again.dayOfWeek(), 1);
        QCOMPARE(again.time(), QStringLiteral("07:45"));
        QVERIFY2(again.nextLabel().contains(QStringLiteral("23")), qPrintable(again.nextLabel()));
    }

    void dueReminderNotifiesOnceWithoutPersonalContent()
    {
        test::AppJournal journal;
        QVERIFY(journal.add(QStringLiteral("Geheim gesprek met Daan"), QDate(2026, 11, 20)) > 0);
        platform::RecordingNotifier notifier;
        ReminderService reminders(journal.service(), notifier);
        reminders.setDayOfWeek(5);
        reminders.setTime(QStringLiteral("15:30"));
        reminders.setEnabled(true);

        reminders.check(); // 10:00: not yet
        QCOMPARE(notifier.shown.size(), size_t(0));

        journal.clock().set(test::localTime(QDate(2026, 11, 20), QTime(15, 31)));
        reminders.check();
        QCOMPARE(notifier.shown.size(), size_t(1));
        const auto& shown = notifier.shown.front();
        QVERIFY(!shown.body.isEmpty());
        for (const QString& text : { shown.title, shown.body }) {
            QVERIFY(!text.contains(QStringLiteral("Daan")));
            QVERIFY(!text.contains(QStringLiteral("gesprek"), Qt::CaseInsensitive));
        }
        reminders.check(); // once per moment
        QCOMPARE(notifier.shown.size(), size_t(1));
        QVERIFY2(reminders.nextLabel().contains(QStringLiteral("27")),
            qPrintable(reminders.nextLabel()));
    }

    void unavailableNotifierSaysSo()
    {
        test::AppJournal journal;
        UnavailableNotifier notifier;
        ReminderService reminders(journal.service(), notifier);
        QVERIFY(!reminders.available());
    }

    void invalidInputIsIgnored()
    {
        test::AppJournal journal;
        platform::RecordingNotifier notifier;
        ReminderService reminders(journal.service(), notifier);
        QSignalSpy changed(&reminders, &ReminderService::changed);
        reminders.setDayOfWeek(0);
        reminders.setDayOfWeek(8);
        reminders.setTime(QStringLiteral("25:00"));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(reminders.dayNames().size(), 7);
    }
};

QTEST_MAIN(TstReminderService)
#include "tst_reminder_service.moc"
