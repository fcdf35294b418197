// kernwijzer-cli backup and restore end to end, each step a process of its own: a journal
// backed up, restored into a new file and over a journal with entries (refused without
// --replace, kept beside it with it), --json, and a wrong passphrase or a damaged backup refused
// with one line and nothing changed.
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kw;
using test::CliRun;

namespace {

CliRun runCli(const QStringList& args)
{
    return test::runCliProcess(QStringLiteral(KW_CLI_PATH), args, 120'000);
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

int reflections(const QString& db)
{
    const CliRun run = runCli({ QStringLiteral("journal"), QStringLiteral("list"),
        QStringLiteral("--db"), db, QStringLiteral("--json") });
    return run.code == 0 ? int(QJsonDocument::fromJson(run.out.toUtf8()).array().size()) : -1;
}

bool add(const QString& db, const QString& text)
{
    return runCli(
               { QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--db"), db,
                   QStringLiteral("--text"), text, QStringLiteral("--values"),
                   QStringLiteral("Verbinding"), QStringLiteral("--outcome"), QStringLiteral("4") })
               .code
        == 0;
}

} // namespace

class TestCliBackup : public QObject
{
    Q_OBJECT

private slots:
    void backupAndRestore();
};

void TestCliBackup::backupAndRestore()
{
    QTemporaryDir dir;
    const QString phone = dir.filePath(QStringLiteral("oud.sqlite"));
    const QString pass = dir.filePath(QStringLiteral("pass.txt"));
    const QString wrong = dir.filePath(QStringLiteral("wrong.txt"));
    QVERIFY(writeFile(pass, "paarse olifant op de fiets\n"));
    QVERIFY(writeFile(wrong, "groene olifant op de fiets\n"));
    for (int i = 0; i < 4; ++i)
        QVERIFY(add(phone, QStringLiteral("Reflectie %1 over samenwerken").arg(i)));

    // Backup, with --json.
    const QString backup = dir.filePath(QStringLiteral("journal.kwbackup"));
    const CliRun made
        = runCli({ QStringLiteral("backup"), QStringLiteral("--db"), phone, QStringLiteral("--out"),
            backup, QStringLiteral("--passphrase-file"), pass, QStringLiteral("--json") });
    QVERIFY_OK(made);
    const QJsonObject summary = QJsonDocument::fromJson(made.out.toUtf8()).object();
    QCOMPARE(
        summary.value(QStringLiteral("path")).toString(), QFileInfo(backup).absoluteFilePath());
    QCOMPARE(summary.value(QStringLiteral("reflections")).toInt(), 4);
    QCOMPARE(qint64(summary.value(QStringLiteral("bytes")).toDouble()), QFileInfo(backup).size());
    // Again to the same file: refused, the backup unchanged.
    const QByteArray backupHash = test::fileSha256(backup);
    QVERIFY_ONE_LINE_REASON(runCli({ QStringLiteral("backup"), QStringLiteral("--db"), phone,
        QStringLiteral("--out"), backup, QStringLiteral("--passphrase-file"), pass }));
    QCOMPARE(test::fileSha256(backup), backupHash);

    // Restore into a new journal (the new phone).
    const QString fresh = dir.filePath(QStringLiteral("nieuw.sqlite"));
    const CliRun restored = runCli(
        { QStringLiteral("restore"), QStringLiteral("--in"), backup, QStringLiteral("--db"), fresh,
            QStringLiteral("--passphrase-file"), pass, QStringLiteral("--json") });
    QVERIFY_OK(restored);
    const QJsonObject result = QJsonDocument::fromJson(restored.out.toUtf8()).object();
    QCOMPARE(result.value(QStringLiteral("reflections")).toInt(), 4);
    QCOMPARE(result.value(QStringLiteral("kept")).toString(), QString());
    QCOMPARE(reflections(fresh), 4);

    // Over a journal with entries: refused without --replace, nothing changed.
    const QString other = dir.filePath(QStringLiteral("ander.sqlite"));
    QVERIFY(add(other, QStringLiteral("Alleen op dit toestel")));
    const auto before = test::folderSnapshot(dir.path());
    const CliRun refused = runCli({ QStringLiteral("restore"), QStringLiteral("--in"), backup,
        QStringLiteral("--db"), other, QStringLiteral("--passphrase-file"), pass });
    QVERIFY_ONE_LINE_REASON(refused, 1);
    QVERIFY(refused.err.contains(QStringLiteral("--replace")));
    QCOMPARE(test::folderSnapshot(dir.path()), before);

    // A wrong passphrase: exit 1, its message, nothing changed.
    const CliRun wrongRun = runCli(
        { QStringLiteral("restore"), QStringLiteral("--in"), backup, QStringLiteral("--db"), other,
            QStringLiteral("--passphrase-file"), wrong, QStringLiteral("--replace") });
    QVERIFY_ONE_LINE_REASON(wrongRun, 1);
    QVERIFY2(wrongRun.err.contains(QStringLiteral("Wrong passphrase, or the file is damaged")),
        qPrintable(wrongRun.err));
    QCOMPARE(test::folderSnapshot(dir.path()), before);

    // A truncated backup: "incomplete", nothing changed.
    const QString cut = dir.filePath(QStringLiteral("kort.kwbackup"));
    QFile full(backup);
    QVERIFY(full.open(QIODevice::ReadOnly));
    QVERIFY(writeFile(cut, full.read(full.size() - 100)));
    const auto withCut = test::folderSnapshot(dir.path());
    const CliRun cutRun
        = runCli({ QStringLiteral("restore"), QStringLiteral("--in"), cut, QStringLiteral("--db"),
            other, QStringLiteral("--passphrase-file"), pass, QStringLiteral("--replace") });
    QVERIFY_ONE_LINE_REASON(cutRun, 1);
    QVERIFY2(cutRun.err.contains(QStringLiteral("incomplete")), qPrintable(cutRun.err));
    QCOMPARE(test::folderSnapshot(dir.path()), withCut);

    // With --replace: restored, the old journal kept beside it with its entry.
    const CliRun replaced = runCli({ QStringLiteral("restore"), QStringLiteral("--in"), backup,
        QStringLiteral("--db"), other, QStringLiteral("--passphrase-file"), pass,
        QStringLiteral("--replace"), QStringLiteral("--json") });
    QVERIFY_OK(replaced);
    const QString kept = QJsonDocument::fromJson(replaced.out.toUtf8())
                             .object()
                             .value(QStringLiteral("kept"))
                             .toString();
    QCOMPARE(kept, dir.filePath(QStringLiteral("ander-voor-terugzetten-2026-11-20.sqlite")));
    QCOMPARE(reflections(other), 4);
    QCOMPARE(reflections(kept), 1);
    // No decrypted or part file is left anywhere.
    for (const QString& name : QDir(dir.path()).entryList(QDir::Files | QDir::Hidden))
        QVERIFY2(!name.contains(QStringLiteral(".restore-"))
                && !name.contains(QStringLiteral(".part-"))
                && !name.contains(QStringLiteral(".backup-")),
            qPrintable(name));
}

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
