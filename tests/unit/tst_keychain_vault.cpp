// The real key store (platform/keychain_vault, QtKeychain) where none can be reached, as on a
// headless machine or in CI: every call fails at once with a reason, and a journal then keeps its
// device secret as the documented fallback. With a keychain running, tests/e2e/cli/
// tst_cli_keychain checks the other path.
#include "exchange/shares.h"
#include "keychain_vault.h"
#include "test_support.h"

#include <QElapsedTimer>
#include <QTest>

using namespace kw;
using namespace kw::exchange;

class TestKeychainVault : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unreachableKeychainFailsFast();
    void sessionFallsBackToTheJournal();
    void offMeansNoKeychain();
};

void TestKeychainVault::initTestCase()
{
    // No session bus, and none to start: the same on a developer's desktop as in CI.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/kernwijzer-test-bus");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    qunsetenv("KERNWIJZER_KEYCHAIN");
}

void TestKeychainVault::unreachableKeychainFailsFast()
{
    platform::KeychainVault vault;
    const QString entry = QStringLiteral("kernwijzer/device-secret/test");
    QElapsedTimer timer;
    timer.start();
    const Status written = vault.write(entry, QByteArray(32, 'k'));
    const qint64 writeMs = timer.restart();
    auto read = vault.read(entry);
    const qint64 readMs = timer.elapsed();
    qInfo("keychain unreachable: write failed after %lld ms, read after %lld ms", writeMs, readMs);
    QVERIFY(!written.ok());
    QVERIFY(!written.error().message.isEmpty());
    // Not "no such entry", which would read as a keychain that lost the secret: an error.
    QVERIFY(!read.ok());
    QVERIFY(!read.error().message.isEmpty());
    // Far below the vault's own 60 s timeout: QtKeychain itself gave up.
    QVERIFY2(writeMs < 10'000 && readMs < 10'000, "the keychain call waited for its timeout");
}

void TestKeychainVault::sessionFallsBackToTheJournal()
{
    test::TempTeacher teacher;
    teacher.setVault(platform::createSecretVault());
    QVERIFY(teacher.open().ok());
    TeacherSession& session = teacher.session();
    QVERIFY(session.installDemoSchool().ok());
    QVERIFY(session.exchangeStore().setSettings({ true, {} }).ok());
    const auto periods = session.exchange().exportablePeriods(session.profile());
    QVERIFY(!periods.isEmpty());
    const auto exportOnce = [&](const QString& name) -> QByteArray {
        auto preview = session.exchange().preview(session.profile(), periods.first());
        if (!preview)
            return {};
        auto part = session.exchange().exportTo(session.profile(), *preview,
            teacher.folder() + QLatin1Char('/') + name, systemRandom());
        return part ? part->submissionId : QByteArray();
    };
    const QByteArray first = exportOnce(QStringLiteral("a.kwbijdrage"));
    QVERIFY(!first.isEmpty());
    QCOMPARE(*session.exchangeStore().deviceSecretPlace(), SecretPlace::Journal);
    QCOMPARE(exportOnce(QStringLiteral("b.kwbijdrage")), first);
}

void TestKeychainVault::offMeansNoKeychain()
{
    qputenv("KERNWIJZER_KEYCHAIN", "off");
    QVERIFY(platform::createSecretVault() == nullptr);
    qunsetenv("KERNWIJZER_KEYCHAIN");
    QVERIFY(platform::createSecretVault() != nullptr);
}

QTEST_GUILESS_MAIN(TestKeychainVault)
#include "tst_keychain_vault.moc"
