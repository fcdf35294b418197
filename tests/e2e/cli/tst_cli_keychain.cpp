// bin/kernwijzer-cli with a real keychain: GNOME Keyring's Secret Service on a private session
// D-Bus (dbus-run-session), reached through QtKeychain and libsecret as on a Linux desktop. The
// device secret goes there, the journal keeps only the entry's name, a re-export keeps its
// submission id, and without the keychain the export is refused rather than given a new secret.
// Skipped where gnome-keyring or dbus-run-session is not installed (scripts/install-deps.sh
// installs both).
#include "exchange/contribution_file.h"
#include "exchange/demo_keys.h"
#include "teacher/teacher_schema.h"
#include "test_support.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kw;

namespace {

const QString cli = QStringLiteral(KW_CLI_PATH);

/** The environment of a user's session without a desktop: home and runtime folder of its own. */
QProcessEnvironment sessionEnvironment(const QTemporaryDir& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KERNWIJZER_NOW"), QString::fromLatin1(test::nowForExecutables));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
    env.remove(QStringLiteral("KERNWIJZER_KEYCHAIN"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    return env;
}

test::CliRun run(const QString& program, const QStringList& args, const QProcessEnvironment& env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    test::CliRun result;
    if (!process.waitForStarted(10'000))
        return result;
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.code = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QByteArray submissionIdOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    auto part = exchange::openContributionFile(file.readAll(), exchange::demoSchoolKeys());
    return part ? part->submissionId : QByteArray();
}

} // namespace

class TestCliKeychain : public QObject
{
    Q_OBJECT

private slots:
    void secretLivesInTheKeychain();
};

void TestCliKeychain::secretLivesInTheKeychain()
{
    const QString dbusRunSession
        = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    const QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (dbusRunSession.isEmpty() || keyring.isEmpty())
        QSKIP("needs dbus-run-session and gnome-keyring-daemon (scripts/install-deps.sh)");

    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral("run")));
    QFile::setPermissions(home.filePath(QStringLiteral("run")),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QProcessEnvironment env = sessionEnvironment(home);
    const QString demo = home.filePath(QStringLiteral("demo"));
    const QString db = demo + QStringLiteral("/journal.sqlite");
    const QString first = home.filePath(QStringLiteral("first.kwbijdrage"));
    const QString second = home.filePath(QStringLiteral("second.kwbijdrage"));

    // One session: the keyring is created and unlocked, as a desktop login does; then the CLI
    // makes a demo journal and exports the last closed period twice.
    const QString script = QStringLiteral(
        "set -e\n"
        "printf 'test-password' | \"$KEYRING\" --unlock --components=secrets >/dev/null\n"
        "\"$CLI\" demo --out \"$DEMO\" --reflections 20 >/dev/null\n"
        "\"$CLI\" export --db \"$DB\" --opt-in --period last --out \"$FIRST\" >/dev/null\n"
        "\"$CLI\" export --db \"$DB\" --period last --out \"$SECOND\" >/dev/null\n");
    QProcessEnvironment inSession = env;
    inSession.insert(QStringLiteral("KEYRING"), keyring);
    inSession.insert(QStringLiteral("CLI"), cli);
    inSession.insert(QStringLiteral("DEMO"), demo);
    inSession.insert(QStringLiteral("DB"), db);
    inSession.insert(QStringLiteral("FIRST"), first);
    inSession.insert(QStringLiteral("SECOND"), second);
    const test::CliRun session = run(dbusRunSession,
        { QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script }, inSession);
    QVERIFY2(session.code == 0, qPrintable(session.err));

    // The same id twice, from a secret that is not in the journal.
    const QByteArray id = submissionIdOf(first);
    QVERIFY(!id.isEmpty());
    QCOMPARE(submissionIdOf(second), id);
    {
        auto journal = sql::Database::open(db, teacherSchema(), sql::Database::Options { false });
        QVERIFY(journal.ok());
        QCOMPARE(test::scalar(**journal, "SELECT count(*) FROM exchange_secret"), 0);
        QCOMPARE(test::scalar(**journal, "SELECT count(*) FROM exchange_secret_keychain"), 1);
    }

    // Outside that session the keychain cannot be reached: a clear refusal, no new secret.
    const test::CliRun refused = run(cli,
        { QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--period"),
            QStringLiteral("last"), QStringLiteral("--out"),
            home.filePath(QStringLiteral("third.kwbijdrage")) },
        env);
    QVERIFY_ONE_LINE_REASON(refused, 1);
    QVERIFY2(
        refused.err.contains(QStringLiteral("cannot be reached now")), qPrintable(refused.err));
    QVERIFY(!QFile::exists(home.filePath(QStringLiteral("third.kwbijdrage"))));
}

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "tst_cli_keychain.moc"
