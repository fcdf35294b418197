// The real kernwijzer-cli, run as a separate process: a demo journal, a reflection written on
// standard input, found again by list and search; bad input and unusable files fail on one line.
#include "test_support.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace kw;

namespace {

using test::CliRun;

/**
 * Runs bin/kernwijzer-cli with the clock fixed at test::nowForExecutables. With @p asNobody the
 * process runs as user nobody (through setpriv), so file modes apply even when the test is root.
 */
CliRun runCli(const QStringList& args, const QByteArray& input = {}, bool asNobody = false)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KERNWIJZER_NOW"), QString::fromLatin1(test::nowForExecutables));
    process.setProcessEnvironment(env);
    const QString cli = QStringLiteral(KW_CLI_PATH);
    if (asNobody) {
        process.start(QStringLiteral("setpriv"),
            QStringList { QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                QStringLiteral("--clear-groups"), cli }
                + args);
    } else {
        process.start(cli, args);
    }
    CliRun run;
    if (!process.waitForStarted(10'000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30'000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.code = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QStringList addArgs(const QString& db, const QString& text)
{
    return { QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--db"), db,
        QStringLiteral("--text"), text, QStringLiteral("--values"), QStringLiteral("Verbinding"),
        QStringLiteral("--outcome"), QStringLiteral("4") };
}

QJsonArray listJson(const QString& db, const QStringList& command = { QStringLiteral("list") })
{
    const CliRun run = runCli(QStringList { QStringLiteral("journal") } + command
        + QStringList { QStringLiteral("--db"), db, QStringLiteral("--json") });
    return run.code == 0 ? QJsonDocument::fromJson(run.out.toUtf8()).array() : QJsonArray();
}

bool setOwnerToNobody(const QString& path)
{
    const passwd* user = ::getpwnam("nobody");
    const group* grp = ::getgrnam("nogroup");
    return user && grp
        && ::chown(QFile::encodeName(path).constData(), user->pw_uid, grp->gr_gid) == 0;
}

bool setMode(const QString& path, mode_t mode)
{
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

} // namespace

#define QVERIFY_FAILED_ON_ONE_LINE(run)                                                            \
    QVERIFY2(                                                                                      \
        test::oneLineFailureProblem(run).isEmpty(), qPrintable(test::oneLineFailureProblem(run)))

class TestCliRoundtrip : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void demoAddListSearch();
    void badInputOrFileFailsOnOneLine_data();
    void badInputOrFileFailsOnOneLine();
    void readOnlyJournalIsRefused();

private:
    /** Runs `demo` into @p folder and returns the journal's path. */
    QString makeDemo(const QString& folder, int reflections = 30);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliRoundtrip::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestCliRoundtrip::makeDemo(const QString& folder, int reflections)
{
    const CliRun run = runCli({ QStringLiteral("demo"), QStringLiteral("--out"), folder,
        QStringLiteral("--reflections"), QString::number(reflections), QStringLiteral("--json") });
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    if (run.code != 0 || o.value(QStringLiteral("reflections")).toInt() != reflections)
        return {};
    return o.value(QStringLiteral("journal")).toString();
}

void TestCliRoundtrip::demoAddListSearch()
{
    const QString db = makeDemo(m_dir->filePath(QStringLiteral("demo")));
    QVERIFY(QFile::exists(db));
    QCOMPARE(listJson(db).size(), 30);

    const QString text
        = QStringLiteral("Reünie met oud-collega's: fijn weerzien.\nVolgend jaar weer.");
    CliRun added
        = runCli(addArgs(db, QStringLiteral("-")) << QStringLiteral("--json"), text.toUtf8());
    QCOMPARE(added.err, QString());
    QCOMPARE(added.code, 0);
    const QJsonObject saved = QJsonDocument::fromJson(added.out.toUtf8()).object();
    const qint64 id = saved.value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 30);
    QCOMPARE(saved.value(QStringLiteral("text")).toString(), text);
    QCOMPARE(saved.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-20"));

    const QJsonArray all = listJson(db);
    QCOMPARE(all.size(), 31);
    QCOMPARE(all.first().toObject(), saved); // newest day, newest id: first

    for (const char* words : { "reunie", "oud collega", "WEERZIEN volgend" }) {
        const QJsonArray found
            = listJson(db, { QStringLiteral("search"), QString::fromUtf8(words) });
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().toObject().value(QStringLiteral("id")).toInteger(), id);
    }
    QCOMPARE(listJson(db, { QStringLiteral("search"), QStringLiteral("schoolreis") }).size(), 0);
}

void TestCliRoundtrip::badInputOrFileFailsOnOneLine_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("future date") << QStringLiteral("future") << QStringLiteral("future");
    QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("newer version");
    QTest::newRow("garbage file") << QStringLiteral("garbage")
                                  << QStringLiteral("not a Kernwijzer");
}

void TestCliRoundtrip::badInputOrFileFailsOnOneLine()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    const QString folder = m_dir->filePath(QStringLiteral("journal"));
    const QString db = makeDemo(folder, 5);
    QVERIFY(!db.isEmpty());
    QStringList args = addArgs(db, QStringLiteral("Iets nieuws"));
    if (kind == QStringLiteral("future"))
        args << QStringLiteral("--date") << QStringLiteral("2026-11-21");
    else
        QVERIFY(test::spoilJournal(db, kind));
    const auto before = test::folderSnapshot(folder);

    const CliRun run = runCli(args);
    QVERIFY_FAILED_ON_ONE_LINE(run);
    QVERIFY2(run.err.contains(reason), qPrintable(run.err));
    QVERIFY(!run.err.contains(QStringLiteral("Iets nieuws")));
    QCOMPARE(test::folderSnapshot(folder), before);
}

void TestCliRoundtrip::readOnlyJournalIsRefused()
{
    // Root ignores file modes, so as root the CLI runs as user nobody; the folder stays writable
    // for nobody, only the journal file itself is read-only.
    const bool root = ::geteuid() == 0;
    if (root)
        QVERIFY(setMode(m_dir->path(), 0755));
    const auto prepare = [&](const char* name, mode_t fileMode) {
        const QString folder = m_dir->filePath(QString::fromUtf8(name));
        const QString db = makeDemo(folder, 3);
        bool ok = !db.isEmpty() && setMode(db, fileMode);
        if (root)
            ok = ok && setOwnerToNobody(folder) && setOwnerToNobody(db) && setMode(folder, 0777);
        return ok ? db : QString();
    };

    // The same command on a writable journal succeeds: the read-only refusal below is the file's
    // mode.
    const QString writable = prepare("writable", 0644);
    QVERIFY(!writable.isEmpty());
    const CliRun control = runCli(addArgs(writable, QStringLiteral("Mag wel")), {}, root);
    QCOMPARE(control.err, QString());
    QCOMPARE(control.code, 0);

    const QString readOnly = prepare("readonly", 0444);
    QVERIFY(!readOnly.isEmpty());
    const auto before = test::folderSnapshot(QFileInfo(readOnly).path());
    const CliRun run = runCli(addArgs(readOnly, QStringLiteral("Mag niet")), {}, root);
    QVERIFY_FAILED_ON_ONE_LINE(run);
    QVERIFY2(run.err.contains(QStringLiteral("read-only")), qPrintable(run.err));
    QCOMPARE(test::folderSnapshot(QFileInfo(readOnly).path()), before);
    QCOMPARE(listJson(writable).size(), 4);
}

QTEST_GUILESS_MAIN(TestCliRoundtrip)
#include "tst_cli_roundtrip.moc"
