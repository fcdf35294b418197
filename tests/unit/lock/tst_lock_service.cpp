// The app lock as the window follows it (singleton "Lock"): locked when the app starts with the
// lock on, locked again after the chosen minutes in the background, covered at once when a
// phone's app becomes inactive, and the platform's biometrics as a second way in.
#include "app_journal.h"
#include "biometric_unlock.h"
#include "services/lock_service.h"

#include <QSignalSpy>
#include <QTest>

using namespace kw;

namespace {
const QString kPin = QStringLiteral("2468");
}

class TstLockService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useTestEnvironment(); }

    void offByDefaultThenLockedAtTheNextStart()
    {
        test::AppJournal journal;
        platform::FakeBiometricUnlock biometrics;
        {
            LockService lock(journal.service(), biometrics, LockService::Cover::Never);
            QVERIFY(!lock.enabled());
            QVERIFY(!lock.locked());
            lock.lockNow(); // off: nothing to lock
            QVERIFY(!lock.locked());
            QVERIFY2(lock.enable(kPin, kPin).isEmpty(), "enable");
            QVERIFY(lock.enabled());
            QVERIFY(!lock.locked()); // turning it on does not lock the teacher out at once
        }
        journal.reopen();
        LockService again(journal.service(), biometrics, LockService::Cover::Never);
        QVERIFY(again.enabled());
        QVERIFY(again.locked());
        QVERIFY(!again.unlock(QStringLiteral("1357")).isEmpty());
        QVERIFY(again.locked());
        QVERIFY(again.unlock(kPin).isEmpty());
        QVERIFY(!again.locked());
    }

    void locksAgainAfterTheBackgroundDelay()
    {
        test::AppJournal journal;
        platform::FakeBiometricUnlock biometrics;
        LockService lock(journal.service(), biometrics, LockService::Cover::Never);
        QVERIFY(lock.enable(kPin, kPin).isEmpty());
        QCOMPARE(lock.backgroundMinutes(), 2);

        lock.applicationStateChanged(Qt::ApplicationInactive);
        QVERIFY(!lock.covered()); // a desktop window behind another stays readable
        journal.clock().advanceMs(119'000);
        lock.applicationStateChanged(Qt::ApplicationActive);
        QVERIFY(!lock.locked());

        lock.applicationStateChanged(Qt::ApplicationSuspended);
        journal.clock().advanceMs(120'000);
        lock.applicationStateChanged(Qt::ApplicationActive);
        QVERIFY(lock.locked());
        QVERIFY(lock.unlock(kPin).isEmpty());

        lock.setBackgroundMinutes(0); // at once
        QCOMPARE(lock.backgroundMinutes(), 0);
        lock.applicationStateChanged(Qt::ApplicationHidden);
        lock.applicationStateChanged(Qt::ApplicationActive);
        QVERIFY(lock.locked());
    }

    void aPhoneCoversItsContentAtOnce()
    {
        test::AppJournal journal;
        platform::FakeBiometricUnlock biometrics;
        LockService lock(journal.service(), biometrics, LockService::Cover::WhenInactive);
        lock.applicationStateChanged(Qt::ApplicationInactive);
        QVERIFY(!lock.covered()); // the lock is off: nothing to hide
        lock.applicationStateChanged(Qt::ApplicationActive);

        QVERIFY(lock.enable(kPin, kPin).isEmpty());
        QSignalSpy changed(&lock, &LockService::changed);
        lock.applicationStateChanged(Qt::ApplicationInactive);
        QVERIFY(lock.covered());
        QVERIFY(!lock.locked());
        QVERIFY(changed.count() > 0);
        lock.applicationStateChanged(Qt::ApplicationActive);
        QVERIFY(!lock.covered());
        QVERIFY(!lock.locked()); // back within the delay
    }

    void theWaitCountsDownFromTheJournalsClock()
    {
        test::AppJournal journal;
        platform::FakeBiometricUnlock biometrics;
        LockService lock(journal.service(), biometrics, LockService::Cover::Never);
        QVERIFY(lock.enable(kPin, kPin).isEmpty());
        lock.lockNow();
        for (int i = 0; i < 5; ++i)
            QVERIFY(!lock.unlock(QStringLiteral("0000")).isEmpty());
        QCOMPARE(lock.secondsUntilNextTry(), 30);
        QCOMPARE(lock.waitLabel(), QStringLiteral("0:30"));
        const QString refused = lock.unlock(kPin);
        QVERIFY2(refused.contains(QStringLiteral("0:30")), qPrintable(refused));
        QVERIFY(lock.locked());
        journal.clock().advanceMs(30'000);
        QVERIFY(lock.unlock(kPin).isEmpty());
        QVERIFY(!lock.locked());
        QCOMPARE(lock.secondsUntilNextTry(), 0);
    }

    void biometricsUnlockOnlyWhenThePlatformSaysYes()
    {
        test::AppJournal journal;
        platform::FakeBiometricUnlock biometrics;
        LockService lock(journal.service(), biometrics, LockService::Cover::Never);
        QVERIFY(lock.enable(kPin, kPin).isEmpty());
        lock.lockNow();
        biometrics.answer = false;
        lock.unlockWithBiometrics();
        QVERIFY(lock.locked());
        QVERIFY(!lock.error().isEmpty());
        biometrics.answer = true;
        lock.unlockWithBiometrics();
        QVERIFY(!lock.locked());
        QCOMPARE(biometrics.reasons.size(), size_t(2));
    }

    void theDesktopBuildUnlocksWithThePassphraseOnly()
    {
        const auto biometrics = platform::createBiometricUnlock();
        QVERIFY(!biometrics->available());
        bool answered = false;
        biometrics->request(QStringLiteral("test"), [&](bool unlocked, const QString& message) {
            answered = true;
            QVERIFY(!unlocked);
            QVERIFY(!message.isEmpty());
        });
        QVERIFY(answered);
    }
};

QTEST_MAIN(TstLockService)
#include "tst_lock_service.moc"
