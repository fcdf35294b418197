// The teacher's app lock in the journal (core/lock): the PIN is kept only as an Argon2id
// verifier, wrong tries wait longer and longer, the wait survives a restart, and changing or
// turning off the lock needs the current PIN.
#include "lock/app_lock.h"
#include "lock/lock_rules.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace kw;
using lock::AppLock;

namespace {

const QString kPin = QStringLiteral("804613");
const QString kPassphrase = QStringLiteral("Zonnebloem veld");

/** Every byte of the journal's files (the database, its WAL and shared memory). */
QByteArray journalBytes(const QString& folder)
{
    QByteArray all;
    for (const QFileInfo& file : QDir(folder).entryInfoList(QDir::Files)) {
        QFile f(file.absoluteFilePath());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

QString storedVerifier(sql::Database& db)
{
    auto value = AppStateStore(db).value(AppLock::verifierKey);
    return value && value->has_value() ? **value : QString();
}

} // namespace

class TstAppLock : public QObject
{
    Q_OBJECT

private slots:
    void pinRules_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("three digits") << QStringLiteral("123") << false;
        QTest::newRow("four digits") << QStringLiteral("1234") << true;
        QTest::newRow("short passphrase") << QStringLiteral("abc12") << false;
        QTest::newRow("passphrase") << QStringLiteral("abc123") << true;
        QTest::newRow("trailing space") << QStringLiteral("zonnebloem ") << false;
        QTest::newRow("too long") << QString(lock::kLongestSecret + 1, QLatin1Char('a')) << false;
    }
    void pinRules()
    {
        QFETCH(QString, pin);
        QFETCH(bool, accepted);
        QCOMPARE(lock::pinProblem(pin).isEmpty(), accepted);
    }

    void waitsDoubleAfterFiveWrongTriesUpToFifteenMinutes()
    {
        using std::chrono::seconds;
        for (int tries = 0; tries < 5; ++tries)
            QCOMPARE(lock::waitAfter(tries), seconds(0));
        QCOMPARE(lock::waitAfter(5), seconds(30));
        QCOMPARE(lock::waitAfter(6), seconds(60));
        QCOMPARE(lock::waitAfter(7), seconds(120));
        QCOMPARE(lock::waitAfter(9), seconds(480));
        QCOMPARE(lock::waitAfter(10), seconds(900));
        QCOMPARE(lock::waitAfter(1000), seconds(900));
    }

    void offByDefaultAndOnWithTheSamePinTwice()
    {
        test::TempTeacher teacher;
        QVERIFY_RESULT(teacher.open());
        AppLock appLock(teacher.db(), teacher.clock());
        auto state = appLock.state();
        QVERIFY_RESULT(state);
        QVERIFY(!state->enabled);
        QCOMPARE(state->backgroundMinutes, 2);

        QCOMPARE(test::codeOf(appLock.enable(kPin, QStringLiteral("804612"))), "InvalidInput");
        QCOMPARE(test::codeOf(appLock.enable(QStringLiteral("12"), QStringLiteral("12"))),
            "InvalidInput");
        QVERIFY(!appLock.state()->enabled);
        QVERIFY_RESULT(appLock.enable(kPin, kPin));
        QVERIFY(appLock.state()->enabled);
        // On already: only change() replaces the PIN, and it needs the current one.
        QCOMPARE(test::codeOf(appLock.enable(QStringLiteral("1111"), QStringLiteral("1111"))),
            "InvalidInput");
        QVERIFY_RESULT(appLock.unlock(kPin));
    }

    void theJournalHoldsAVerifierNeverThePin()
    {
        test::TempTeacher teacher;
        QVERIFY_RESULT(teacher.open());
        {
            AppLock appLock(teacher.db(), teacher.clock());
            QVERIFY_RESULT(appLock.enable(kPassphrase, kPassphrase));
            QVERIFY_RESULT(appLock.unlock(kPassphrase));
        }
        AppStateStore state(teacher.db());
        auto verifier = state.value(AppLock::verifierKey);
        QVERIFY_RESULT(verifier);
        QVERIFY(verifier->has_value());
        QVERIFY2((*verifier)->startsWith(QStringLiteral("$argon2id$")), qPrintable(**verifier));
        teacher.close();
        const QByteArray bytes = journalBytes(teacher.folder());
        QVERIFY(bytes.contains("$argon2id$")); // the scan sees what the journal holds
        QVERIFY(!bytes.contains(kPassphrase.toUtf8()));
        QVERIFY(!bytes.contains(QByteArray("Zonnebloem")));
        // Nor in UTF-16, as a QString in memory would be.
        const QByteArray utf16(
            reinterpret_cast<const char*>(kPassphrase.utf16()), kPassphrase.size() * 2);
        QVERIFY(!bytes.contains(utf16));
    }

    void wrongTriesWaitAndTheWaitSurvivesARestart()
    {
        test::TempTeacher teacher;
        QVERIFY_RESULT(teacher.open());
        {
            AppLock appLock(teacher.db(), teacher.clock());
            QVERIFY_RESULT(appLock.enable(kPin, kPin));
            for (int i = 0; i < 4; ++i) {
                QCOMPARE(test::codeOf(appLock.unlock(QStringLiteral("0000"))), "InvalidInput");
                QCOMPARE(*appLock.secondsUntilNextTry(), 0);
            }
            const Status fifth = appLock.unlock(QStringLiteral("0000"));
            QVERIFY(fifth.error().message.contains(QStringLiteral("0:30")));
            QCOMPARE(*appLock.secondsUntilNextTry(), 30);
        }
        // Quitting and opening the app again: the wait goes on.
        teacher.close();
        QVERIFY_RESULT(teacher.open());
        AppLock appLock(teacher.db(), teacher.clock());
        QCOMPARE(appLock.state()->wrongTries, 5);
        QCOMPARE(*appLock.secondsUntilNextTry(), 30);
        // Even the right PIN waits, and a try while waiting is not counted.
        const Status early = appLock.unlock(kPin);
        QCOMPARE(test::codeOf(early), "InvalidInput");
        QCOMPARE(appLock.state()->wrongTries, 5);

        teacher.clock().advanceMs(29'000);
        QCOMPARE(*appLock.secondsUntilNextTry(), 1);
        teacher.clock().advanceMs(1'000);
        QCOMPARE(*appLock.secondsUntilNextTry(), 0);
        QCOMPARE(test::codeOf(appLock.unlock(QStringLiteral("0000"))), "InvalidInput");
        QCOMPARE(*appLock.secondsUntilNextTry(), 60); // doubled

        // A clock set back a day cannot stretch the wait beyond the rule's minute.
        teacher.clock().advanceMs(-24 * 3600 * 1000);
        QCOMPARE(*appLock.secondsUntilNextTry(), 60);
        teacher.clock().advanceMs(24 * 3600 * 1000 + 60'000);

        QVERIFY_RESULT(appLock.unlock(kPin));
        QCOMPARE(appLock.state()->wrongTries, 0);
        QCOMPARE(*appLock.secondsUntilNextTry(), 0);
    }

    void changeAndDisableNeedTheCurrentPin()
    {
        test::TempTeacher teacher;
        QVERIFY_RESULT(teacher.open());
        AppLock appLock(teacher.db(), teacher.clock());
        QVERIFY_RESULT(appLock.enable(kPin, kPin));
        const QString before = storedVerifier(teacher.db());

        QCOMPARE(test::codeOf(appLock.change(QStringLiteral("1234"), kPassphrase, kPassphrase)),
            "InvalidInput");
        QCOMPARE(storedVerifier(teacher.db()), before);
        QCOMPARE(appLock.state()->wrongTries, 1); // counted like an unlock
        // A new PIN typed differently twice costs no try.
        QCOMPARE(test::codeOf(appLock.change(kPin, kPassphrase, QStringLiteral("Zonnebloem"))),
            "InvalidInput");
        QCOMPARE(appLock.state()->wrongTries, 1);
        QVERIFY_RESULT(appLock.change(kPin, kPassphrase, kPassphrase));
        QCOMPARE(test::codeOf(appLock.unlock(kPin)), "InvalidInput");
        QVERIFY_RESULT(appLock.unlock(kPassphrase));

        QCOMPARE(test::codeOf(appLock.disable(kPin)), "InvalidInput");
        QVERIFY(appLock.state()->enabled);
        QVERIFY_RESULT(appLock.disable(kPassphrase));
        QVERIFY(!appLock.state()->enabled);
        QCOMPARE(test::codeOf(appLock.unlock(kPassphrase)), "InvalidInput"); // off: nothing to open
    }

    void backgroundDelayIsOneOfTheChoices()
    {
        test::TempTeacher teacher;
        QVERIFY_RESULT(teacher.open());
        AppLock appLock(teacher.db(), teacher.clock());
        QVERIFY_RESULT(appLock.setBackgroundMinutes(5));
        QCOMPARE(test::codeOf(appLock.setBackgroundMinutes(3)), "InvalidInput");
        QCOMPARE(appLock.state()->backgroundMinutes, 5);
        teacher.close();
        QVERIFY_RESULT(teacher.open());
        QCOMPARE(AppLock(teacher.db(), teacher.clock()).state()->backgroundMinutes, 5);
    }
};

QTEST_GUILESS_MAIN(TstAppLock)
#include "tst_app_lock.moc"
